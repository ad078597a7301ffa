// Slack's documented Block Kit limits, checked on everything the app sends: every call the Web API stand-in records
// (response_url posts included) and every HTTP answer carrying a view or blocks. A payload Slack would reject with
// invalid_blocks / invalid_arguments is noted here, with the method and the offending block, and fails the test that
// produced it: the Slack harness throws from post(), and the root hook below (see test/support/hooks.ts) fails any
// test during which something was noted, however the payload was sent.
import type { Context, Hook } from 'mocha';
import type { RecordedCall } from './slack-api-stub.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string => (isObj(v) && typeof v.text === 'string' ? v.text : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

type Problems = string[];

/** A text object where Slack takes plain_text only (buttons, labels, options, titles, placeholders, headers). */
function checkPlain(value: unknown, what: string, limit: number, where: string, problems: Problems, required = true): void {
  if (value === undefined && !required) return;
  if (!isObj(value) || value.type !== 'plain_text') return void problems.push(`${where}: ${what} must be a plain_text object`);
  const text = textOf(value);
  if (text.length === 0) problems.push(`${where}: empty ${what}`);
  if (text.length > limit) problems.push(`${where}: ${what} longer than ${limit}`);
}

/** Any text object (mrkdwn or plain_text): 1 to 3000 characters. */
function checkText(value: unknown, what: string, where: string, problems: Problems): void {
  if (!isObj(value) || (value.type !== 'mrkdwn' && value.type !== 'plain_text'))
    return void problems.push(`${where}: ${what} must be a text object`);
  const text = textOf(value);
  if (text.length === 0) problems.push(`${where}: empty ${what}`);
  if (text.length > 3000) problems.push(`${where}: ${what} over 3000`);
}

function checkOption(o: unknown, where: string, problems: Problems): void {
  if (!isObj(o)) return void problems.push(`${where}: option is not an object`);
  checkPlain(o.text, 'option text', 75, where, problems);
  const value = String(o.value ?? '');
  if (value.length === 0 || value.length > 150) problems.push(`${where}: option value must be 1..150 characters`);
}

function checkSelect(el: Obj, where: string, problems: Problems): void {
  const options = arr(el.options);
  const groups = arr(el.option_groups);
  if (options.length > 0 && groups.length > 0) problems.push(`${where}: select with both options and option_groups`);
  if (options.length === 0 && groups.length === 0) problems.push(`${where}: select without options`);
  if (options.length > 100 || groups.length > 100) problems.push(`${where}: more than 100 options or groups`);
  const all = [...options, ...groups.flatMap((g) => (isObj(g) ? arr(g.options) : []))];
  if (all.length > 100) problems.push(`${where}: more than 100 options in all groups together`);
  for (const g of groups) {
    if (!isObj(g)) continue;
    checkPlain(g.label, 'option group label', 75, where, problems);
    if (arr(g.options).length === 0) problems.push(`${where}: empty option group`);
  }
  all.forEach((o) => checkOption(o, where, problems));
  const values = all.map((o) => (isObj(o) ? o.value : undefined));
  if (new Set(values).size !== values.length) problems.push(`${where}: two options with the same value`);
  if (el.initial_option !== undefined) {
    const initial = isObj(el.initial_option) ? el.initial_option.value : undefined;
    if (!values.includes(initial)) problems.push(`${where}: initial_option is not one of the options`);
  }
  checkPlain(el.placeholder, 'placeholder', 150, where, problems, false);
}

function checkElement(el: Obj, where: string, problems: Problems): void {
  if (typeof el.action_id === 'string' && (el.action_id.length === 0 || el.action_id.length > 255))
    problems.push(`${where}: action_id must be 1..255 characters`);
  switch (el.type) {
    case 'button':
      checkPlain(el.text, 'button text', 75, where, problems);
      if (typeof el.value === 'string' && el.value.length > 2000) problems.push(`${where}: button value longer than 2000`);
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger')
        problems.push(`${where}: button style must be primary or danger`);
      if (typeof el.url === 'string' && el.url.length > 3000) problems.push(`${where}: button url longer than 3000`);
      break;
    case 'static_select':
      checkSelect(el, where, problems);
      break;
    case 'multi_static_select':
      checkSelect(el, where, problems);
      if (el.max_selected_items !== undefined && !(Number.isInteger(el.max_selected_items) && Number(el.max_selected_items) >= 1))
        problems.push(`${where}: max_selected_items must be a whole number of at least 1`);
      break;
    case 'plain_text_input':
      if (typeof el.max_length === 'number' && el.max_length > 3000) problems.push(`${where}: max_length over 3000`);
      if (typeof el.min_length === 'number' && el.min_length > 3000) problems.push(`${where}: min_length over 3000`);
      if (typeof el.initial_value === 'string' && typeof el.max_length === 'number' && el.initial_value.length > el.max_length)
        problems.push(`${where}: initial_value longer than max_length`);
      checkPlain(el.placeholder, 'placeholder', 150, where, problems, false);
      break;
    case 'datepicker':
      if (el.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(el.initial_date)))
        problems.push(`${where}: initial_date must be YYYY-MM-DD`);
      checkPlain(el.placeholder, 'placeholder', 150, where, problems, false);
      break;
    case 'timepicker':
      if (el.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(el.initial_time)))
        problems.push(`${where}: initial_time must be HH:mm`);
      checkPlain(el.placeholder, 'placeholder', 150, where, problems, false);
      break;
    case 'number_input':
      if (typeof el.is_decimal_allowed !== 'boolean') problems.push(`${where}: number_input without is_decimal_allowed`);
      break;
    default:
      problems.push(`${where}: unexpected element type ${String(el.type)}`);
  }
}

/** How much of an offending block a report shows: enough to recognise it, not a whole modal. */
const SHOWN_BLOCK_CHARS = 600;

function shown(block: unknown): string {
  const json = JSON.stringify(block) ?? String(block);
  return json.length > SHOWN_BLOCK_CHARS ? `${json.slice(0, SHOWN_BLOCK_CHARS)}…` : json;
}

function checkBlock(b: unknown, at: string, surface: 'modal' | 'home' | 'message', blockIds: Set<string>, problems: Problems): void {
  if (!isObj(b)) return void problems.push(`${at}: not an object`);
  if (typeof b.block_id === 'string') {
    if (blockIds.has(b.block_id)) problems.push(`${at}: duplicate block_id ${b.block_id}`);
    blockIds.add(b.block_id);
    if (b.block_id.length === 0 || b.block_id.length > 255) problems.push(`${at}: block_id must be 1..255 characters`);
  }
  switch (b.type) {
    case 'section':
      if (!b.text && !b.fields) problems.push(`${at}: section without text or fields`);
      if (textOf(b.text).length > 3000) problems.push(`${at}: section text over 3000`);
      if (b.text && textOf(b.text).length === 0) problems.push(`${at}: empty section text`);
      if (b.text && textOf(b.text).length > 0 && textOf(b.text).length <= 3000) checkText(b.text, 'section text', at, problems);
      if (arr(b.fields).length > 10) problems.push(`${at}: more than 10 fields`);
      for (const f of arr(b.fields)) if (textOf(f).length > 2000) problems.push(`${at}: field over 2000`);
      if (isObj(b.accessory)) checkElement(b.accessory, `${at} accessory`, problems);
      break;
    case 'header':
      if (!isObj(b.text) || b.text.type !== 'plain_text') problems.push(`${at}: header text must be plain_text`);
      if (textOf(b.text).length > 150) problems.push(`${at}: header over 150`);
      if (textOf(b.text).length === 0) problems.push(`${at}: empty header`);
      break;
    case 'context': {
      const elements = arr(b.elements);
      if (elements.length === 0 || elements.length > 10) problems.push(`${at}: context needs 1..10 elements`);
      for (const e of elements) if (!isObj(e) || e.type !== 'image') checkText(e, 'context text', at, problems);
      break;
    }
    case 'actions': {
      const elements = arr(b.elements);
      if (elements.length === 0 || elements.length > 25) problems.push(`${at}: actions needs 1..25 elements`);
      // Slack: an action_id must be unique among the elements of its block.
      const ids = elements.map((e) => (isObj(e) ? e.action_id : undefined));
      const repeated = [...new Set(ids.filter((id, k) => ids.indexOf(id) !== k))];
      if (repeated.length > 0) problems.push(`${at}: duplicate action_id in one block (${repeated.map(String).join(', ')})`);
      elements.forEach((e) => isObj(e) && checkElement(e, at, problems));
      break;
    }
    case 'input':
      if (surface === 'message') problems.push(`${at}: input block in a message`);
      if (textOf(b.label).length === 0 || textOf(b.label).length > 2000) problems.push(`${at}: input label must be 1..2000`);
      if (b.label !== undefined && isObj(b.label) && b.label.type !== 'plain_text') problems.push(`${at}: input label must be plain_text`);
      checkPlain(b.hint, 'input hint', 2000, at, problems, false);
      if (isObj(b.element)) checkElement(b.element, at, problems);
      else problems.push(`${at}: input without element`);
      break;
    case 'divider':
      break;
    default:
      problems.push(`${at}: unexpected block type ${String(b.type)}`);
  }
}

/** `showBlock`: each problem of a block is followed by that block's JSON, so a report says what to fix. */
export function blockProblems(
  blocks: unknown[],
  surface: 'modal' | 'home' | 'message',
  where: string,
  opts: { showBlock?: boolean } = {},
): string[] {
  const problems: Problems = [];
  const limit = surface === 'message' ? 50 : 100;
  if (blocks.length > limit) problems.push(`${where}: ${blocks.length} blocks (max ${limit})`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const found = problems.length;
    checkBlock(b, `${where} block ${i}`, surface, blockIds, problems);
    if (opts.showBlock) for (let p = found; p < problems.length; p++) problems[p] = `${problems[p]}\n    in ${shown(b)}`;
  });
  return problems;
}

export function viewProblems(view: unknown, where: string, opts: { showBlock?: boolean } = {}): string[] {
  if (!isObj(view)) return [`${where}: no view`];
  const problems: Problems = [];
  if (view.type === 'modal') {
    for (const key of ['title', 'submit', 'close'] as const) {
      const t = textOf(view[key]);
      if (key === 'title' && t.length === 0) problems.push(`${where}: modal without title`);
      if (t.length > 24) problems.push(`${where}: modal ${key} "${t}" over 24 characters`);
      if (view[key] !== undefined && (!isObj(view[key]) || view[key].type !== 'plain_text'))
        problems.push(`${where}: modal ${key} must be plain_text`);
    }
    const hasInput = arr(view.blocks).some((b) => isObj(b) && b.type === 'input');
    if (hasInput && !view.submit) problems.push(`${where}: modal with inputs but no submit`);
  } else if (view.type !== 'home') {
    problems.push(`${where}: view type must be modal or home`);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000)
    problems.push(`${where}: private_metadata over 3000`);
  if (typeof view.callback_id === 'string' && view.callback_id.length > 255) problems.push(`${where}: callback_id too long`);
  return [...problems, ...blockProblems(arr(view.blocks), view.type === 'home' ? 'home' : 'modal', where, opts)];
}

/** A message body (chat.postMessage, chat.update, chat.postEphemeral, response_url, a command's ack). */
function messageProblems(b: Obj, where: string, opts: { showBlock?: boolean }): string[] {
  // Deleting the message a response_url belongs to carries no content.
  if (b.delete_original === true || b.delete_original === 'true') return [];
  const problems = typeof b.text === 'string' && b.text.length > 0 ? [] : [`${where}: no fallback text`];
  if (typeof b.text === 'string' && b.text.length > 40_000) problems.push(`${where}: text over 40,000 characters`);
  if (b.blocks !== undefined && !Array.isArray(b.blocks)) problems.push(`${where}: blocks is not a list`);
  return [...problems, ...blockProblems(arr(b.blocks), 'message', where, opts)];
}

const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.push', 'views.publish']);
const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url']);

/** Problems Slack would reject in one recorded Web API call (or response_url post). */
export function callProblems(call: RecordedCall, opts: { showBlock?: boolean } = {}): string[] {
  const where = call.method;
  const b = call.body;
  if (VIEW_METHODS.has(call.method)) {
    const view = isObj(b.view) && typeof b.view.callback_id === 'string' && b.view.callback_id ? ` (view ${b.view.callback_id})` : '';
    return viewProblems(b.view, `${where}${view}`, opts);
  }
  if (MESSAGE_METHODS.has(call.method)) return messageProblems(b, where, opts);
  return [];
}

/**
 * Problems in the HTTP answer to a Slack request: a view submission's `response_action` update / push carries a
 * view, and a command or action may be acknowledged with a message.
 */
export function answerProblems(body: string, opts: { showBlock?: boolean } = {}): string[] {
  if (!body.startsWith('{')) return [];
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return [];
  }
  if (!isObj(answer)) return [];
  if (answer.response_action === 'update' || answer.response_action === 'push')
    return viewProblems(answer.view, `ack response_action ${answer.response_action}`, opts);
  if (answer.blocks !== undefined) return messageProblems(answer, 'ack message', opts);
  return [];
}

// The run's ledger of what Slack would have rejected, until a test reports it.
const unreported: string[] = [];

/** Notes the problems of something the app sent (`source` says which stand-in or request saw it). */
export function noteProblems(source: string, problems: string[]): void {
  for (const problem of problems) unreported.push(`${source}: ${problem}`);
}

/** Everything noted since the last call, for the caller to fail with; the ledger is then empty. */
export function takeProblems(): string[] {
  return unreported.splice(0, unreported.length);
}

export function problemsError(problems: string[]): Error {
  return new Error(
    `Slack would reject ${problems.length === 1 ? 'a payload' : `${problems.length} payloads`} the app sent (Block Kit):\n${problems.join('\n')}`,
  );
}

/**
 * Root hooks (exported by test/support/hooks.ts, which every run requires): a test during which the app sent Slack
 * anything it would reject fails with the method and the offending block, however the payload reached Slack (a
 * listener, a notice after the answer, the sweep, a service called directly). `Hook#error` fails the test itself,
 * so the suite's other tests still run.
 */
export const mochaHooks = {
  afterEach(this: Context): void {
    const problems = takeProblems();
    // In a hook `this.test` is the hook itself.
    if (problems.length > 0) (this.test as Hook | undefined)?.error(problemsError(problems));
  },
  afterAll(): void {
    const problems = takeProblems();
    if (problems.length > 0) throw problemsError(problems);
  },
};
