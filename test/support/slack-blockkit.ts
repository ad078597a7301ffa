// Slack's documented Block Kit limits, checked on everything the app sends to the stub, so a payload Slack would
// reject with invalid_blocks / invalid_arguments fails the test that produced it.
import type { RecordedCall } from './slack-api-stub.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string => (isObj(v) && typeof v.text === 'string' ? v.text : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function checkElement(el: Obj, where: string, problems: string[]): void {
  const max = (what: string, value: string, limit: number) => {
    if (value.length > limit) problems.push(`${where}: ${what} longer than ${limit}`);
  };
  if (typeof el.action_id === 'string') max('action_id', el.action_id, 255);
  switch (el.type) {
    case 'button':
      max('button text', textOf(el.text), 75);
      if (typeof el.value === 'string') max('button value', el.value, 2000);
      break;
    case 'static_select': {
      const options = arr(el.options);
      const groups = arr(el.option_groups);
      if (options.length > 0 && groups.length > 0) problems.push(`${where}: select with both options and option_groups`);
      if (options.length === 0 && groups.length === 0) problems.push(`${where}: select without options`);
      if (options.length > 100 || groups.length > 100) problems.push(`${where}: more than 100 options or groups`);
      for (const g of groups) {
        max('option group label', textOf(isObj(g) ? g.label : null), 75);
        if (isObj(g) && arr(g.options).length > 100) problems.push(`${where}: group with more than 100 options`);
      }
      for (const o of [...options, ...groups.flatMap((g) => (isObj(g) ? arr(g.options) : []))]) {
        if (!isObj(o)) continue;
        max('option text', textOf(o.text), 75);
        max('option value', String(o.value ?? ''), 150);
      }
      break;
    }
    case 'plain_text_input':
      if (typeof el.max_length === 'number' && el.max_length > 3000) problems.push(`${where}: max_length over 3000`);
      break;
    case 'timepicker':
    case 'datepicker':
    case 'number_input':
      break;
    default:
      problems.push(`${where}: unexpected element type ${String(el.type)}`);
  }
}

export function blockProblems(blocks: unknown[], surface: 'modal' | 'home' | 'message', where: string): string[] {
  const problems: string[] = [];
  const limit = surface === 'message' ? 50 : 100;
  if (blocks.length > limit) problems.push(`${where}: ${blocks.length} blocks (max ${limit})`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `${where} block ${i}`;
    if (!isObj(b)) return void problems.push(`${at}: not an object`);
    if (typeof b.block_id === 'string') {
      if (blockIds.has(b.block_id)) problems.push(`${at}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
      if (b.block_id.length > 255) problems.push(`${at}: block_id too long`);
    }
    switch (b.type) {
      case 'section':
        if (!b.text && !b.fields) problems.push(`${at}: section without text or fields`);
        if (textOf(b.text).length > 3000) problems.push(`${at}: section text over 3000`);
        if (b.text && textOf(b.text).length === 0) problems.push(`${at}: empty section text`);
        if (arr(b.fields).length > 10) problems.push(`${at}: more than 10 fields`);
        for (const f of arr(b.fields)) if (textOf(f).length > 2000) problems.push(`${at}: field over 2000`);
        if (isObj(b.accessory)) checkElement(b.accessory, `${at} accessory`, problems);
        break;
      case 'header':
        if (!isObj(b.text) || b.text.type !== 'plain_text') problems.push(`${at}: header text must be plain_text`);
        if (textOf(b.text).length > 150) problems.push(`${at}: header over 150`);
        break;
      case 'context':
        if (arr(b.elements).length === 0 || arr(b.elements).length > 10) problems.push(`${at}: context needs 1..10 elements`);
        break;
      case 'actions': {
        const elements = arr(b.elements);
        if (elements.length === 0 || elements.length > 25) problems.push(`${at}: actions needs 1..25 elements`);
        const ids = elements.map((e) => (isObj(e) ? e.action_id : undefined));
        if (new Set(ids).size !== ids.length) problems.push(`${at}: duplicate action_id in one block`);
        elements.forEach((e) => isObj(e) && checkElement(e, at, problems));
        break;
      }
      case 'input':
        if (surface === 'message') problems.push(`${at}: input block in a message`);
        if (textOf(b.label).length === 0 || textOf(b.label).length > 2000) problems.push(`${at}: input label must be 1..2000`);
        if (isObj(b.element)) checkElement(b.element, at, problems);
        else problems.push(`${at}: input without element`);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${at}: unexpected block type ${String(b.type)}`);
    }
  });
  return problems;
}

export function viewProblems(view: unknown, where: string): string[] {
  if (!isObj(view)) return [`${where}: no view`];
  const problems: string[] = [];
  if (view.type === 'modal') {
    for (const key of ['title', 'submit', 'close'] as const) {
      const t = textOf(view[key]);
      if (key === 'title' && t.length === 0) problems.push(`${where}: modal without title`);
      if (t.length > 24) problems.push(`${where}: modal ${key} "${t}" over 24 characters`);
    }
    const hasInput = arr(view.blocks).some((b) => isObj(b) && b.type === 'input');
    if (hasInput && !view.submit) problems.push(`${where}: modal with inputs but no submit`);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > 3000)
    problems.push(`${where}: private_metadata over 3000`);
  if (typeof view.callback_id === 'string' && view.callback_id.length > 255) problems.push(`${where}: callback_id too long`);
  return [...problems, ...blockProblems(arr(view.blocks), view.type === 'home' ? 'home' : 'modal', where)];
}

/** Problems Slack would reject in one recorded Web API call (or response_url post). */
export function callProblems(call: RecordedCall): string[] {
  const where = call.method;
  const b = call.body;
  switch (call.method) {
    case 'views.open':
    case 'views.update':
    case 'views.push':
    case 'views.publish':
      return viewProblems(b.view, where);
    case 'chat.postMessage':
    case 'chat.update':
    case 'chat.postEphemeral':
    case 'response_url': {
      const problems = typeof b.text === 'string' && b.text.length > 0 ? [] : [`${where}: no fallback text`];
      return [...problems, ...blockProblems(arr(b.blocks), 'message', where)];
    }
    default:
      return [];
  }
}
