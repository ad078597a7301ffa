// Seeded fuzzing of the Slack surface: every payload type the app handles (events, block actions, view submissions,
// closed views, shortcuts, slash commands, url_verification, ssl_check) is built valid, then mutated from a fixed
// seed (fields missing, null, of the wrong type, arrays of nulls, huge strings), signed and POSTed to the real Bolt
// receiver. However broken, a signed payload is answered 200 (nothing done) or 400: never a 5xx. A failure prints
// the count by status and the mutations that got a 5xx; FUZZ_SEED=<n> replays another seed.
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { actions, commands, views } from '../../src/slack/ids.js';
import { countByStatus, fuzzSeed, Fuzzer, type Json } from '../support/json-fuzz.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import {
  appHomeOpened,
  blockActions,
  eventCallback,
  messageEvent,
  nextTs,
  postSigned,
  slashCommand,
  state,
  viewSubmission,
  type SlackRequest,
} from '../support/slack-requests.js';

const SEED = fuzzSeed(0x5eed_51ac);
const PER_BASE = 70;
/** Keys Bolt routes or authorizes on: added where a payload lacks them, they change what Bolt takes it for. */
const BOLT_KEYS = [
  'event',
  'command',
  'name',
  'actions',
  'view',
  'type',
  'authorizations',
  'channel',
  'user',
  'item',
  'subteam',
  'response_urls',
  'response_url',
  'function_data',
  'enterprise',
  'is_enterprise_install',
  'ssl_check',
  'team',
  'tokens',
];
/** What the app logs when a request threw inside Bolt, the tenancy gate or a listener (answered 5xx or not). */
const NOT_HANDLED = /"msg":"slack payload not handled"/;
const FAILED = /"msg":"slack (request failed|listener failed|work after ack failed)"/;

type Kind = 'json' | 'interactive' | 'form';
interface Base {
  name: string;
  kind: Kind;
  payload: Json;
}

function decoded(request: SlackRequest): { kind: Kind; payload: Json } {
  if (request.contentType === 'application/json') return { kind: 'json', payload: JSON.parse(request.rawBody) as Json };
  const form = new URLSearchParams(request.rawBody);
  const payload = form.get('payload');
  if (payload !== null) return { kind: 'interactive', payload: JSON.parse(payload) as Json };
  return { kind: 'form', payload: Object.fromEntries(form.entries()) };
}

/** Forms carry strings only: arrays become repeated keys, objects their JSON, null an empty value. */
function formOf(payload: Json): string {
  const out = new URLSearchParams();
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return `x=${encodeURIComponent(JSON.stringify(payload))}`;
  const text = (v: Json): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  for (const [k, v] of Object.entries(payload)) for (const one of Array.isArray(v) ? v : [v]) out.append(k, text(one));
  return out.toString();
}

function encoded(kind: Kind, payload: Json): SlackRequest {
  if (kind === 'json') return { rawBody: JSON.stringify(payload), contentType: 'application/json' };
  if (kind === 'form') return { rawBody: formOf(payload), contentType: 'application/x-www-form-urlencoded' };
  return { rawBody: `payload=${encodeURIComponent(JSON.stringify(payload))}`, contentType: 'application/x-www-form-urlencoded' };
}

interface Case {
  name: string;
  request: SlackRequest;
}

describe('slack: seeded fuzzing of signed payloads', function () {
  this.timeout(60_000);
  let h: SlackHarness;
  let logged = '';
  let bases: Base[] = [];

  before(async () => {
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => (logged += d.toString()));
    h = await openSlackHarness('fuzz', { log: createLogger('warn', sink) });
    const employee = h.world.employees[0]?.identity.userId ?? '';
    const therapist = h.world.therapist.identity.userId;
    const channel = h.world.channel.channelId;
    const home = { id: 'VHOME', callbackId: '', type: 'home' as const };
    const slot = String(h.world.slots[0]?._id ?? '');
    const responseUrl = h.stub.responseUrl();
    const requests: [string, SlackRequest][] = [
      ['message im', eventCallback(messageEvent({ user: employee, text: 'hello', channel: `D${employee.slice(1)}`, channelType: 'im' }))],
      [
        'message channel thread reply',
        eventCallback(messageEvent({ user: therapist, text: 'hi', channel, channelType: 'channel', threadTs: nextTs() })),
      ],
      ['message channel top level', eventCallback(messageEvent({ user: employee, text: 'hey', channel, channelType: 'channel' }))],
      [
        'message_changed',
        eventCallback({
          ...messageEvent({ user: employee, text: 'x', channel: `D${employee.slice(1)}`, channelType: 'im', subtype: 'message_changed' }),
          message: { text: 'y', ts: nextTs() },
        }),
      ],
      ['app_home_opened', appHomeOpened(employee)],
      ['app_uninstalled', eventCallback({ type: 'app_uninstalled', event_ts: nextTs() })],
      ['tokens_revoked', eventCallback({ type: 'tokens_revoked', tokens: { bot: ['UBOT'], oauth: [employee] }, event_ts: nextTs() })],
      [
        'an event nobody listens to',
        eventCallback({
          type: 'reaction_added',
          user: employee,
          reaction: 'x',
          item: { type: 'message', channel, ts: nextTs() },
          event_ts: nextTs(),
        }),
      ],
      ['block_actions on App Home', blockActions({ user: employee, actionId: actions.bookOpen, value: 'x', view: home })],
      [
        'block_actions in a thread',
        blockActions({ user: therapist, actionId: actions.requestConfirm, value: 'req', channel, messageTs: nextTs(), threadTs: nextTs() }),
      ],
      [
        'block_actions in a modal',
        blockActions({ user: employee, actionId: actions.slotWeek, value: '2030-01-14', view: { id: 'VMOD', callbackId: views.book } }),
      ],
      [
        'block_actions unknown action',
        blockActions({ user: employee, actionId: 'open_link', value: 'x', channel: `D${employee.slice(1)}`, messageTs: nextTs() }),
      ],
      [
        'view_submission',
        viewSubmission({ user: employee, callbackId: views.book, values: { ...state.select('slot', slot), ...state.text('reason', 'r') } }),
      ],
      [
        'view_closed',
        (() => {
          const r = decoded(viewSubmission({ user: employee, callbackId: views.book, values: {} }));
          return encoded('interactive', { ...(r.payload as Record<string, Json>), type: 'view_closed', is_cleared: false });
        })(),
      ],
      [
        'shortcut',
        encoded('interactive', {
          type: 'shortcut',
          callback_id: 'x',
          trigger_id: 't',
          user: { id: employee, team_id: 'T0TEST' },
          team: { id: 'T0TEST' },
        }),
      ],
      [
        'message_action',
        encoded('interactive', {
          type: 'message_action',
          callback_id: 'x',
          trigger_id: 't',
          user: { id: employee },
          team: { id: 'T0TEST' },
          channel: { id: channel },
          message: { ts: '1.1' },
        }),
      ],
      ...Object.values(commands).map((command): [string, SlackRequest] => [
        `command ${command}`,
        slashCommand({ command, text: 'help', user: employee, channel, responseUrl }),
      ]),
      ['url_verification', encoded('json', { token: 'legacy', challenge: 'c', type: 'url_verification' })],
      ['ssl_check', encoded('form', { ssl_check: '1', token: 'legacy' })],
    ];
    bases = requests.map(([name, request]) => ({ name, ...decoded(request) }));
  });
  after(async () => h?.close());

  /** The shapes that got a 500 before the guard knew them (issue 15). */
  function knownCases(): Case[] {
    const event = (name: string, change: (p: Record<string, Json>) => Json): Case => {
      const base = bases.find((b) => b.name === name);
      if (!base) throw new Error(`no base ${name}`);
      return { name: `known: ${name}`, request: encoded(base.kind, change(structuredClone(base.payload) as Record<string, Json>)) };
    };
    return [
      event('message im', (p) => ({ ...p, authorizations: [null] })),
      event('app_home_opened', (p) => ({ ...p, event: { ...(p.event as Record<string, Json>), channel: null } })),
      event('block_actions in a thread', (p) => ({ ...p, channel: null })),
      event('block_actions on App Home', (p) => ({ ...p, channel: null })),
      event('an event nobody listens to', (p) => ({ ...p, event: { ...(p.event as Record<string, Json>), item: 'x' } })),
      event('tokens_revoked', (p) => ({ ...p, event: { type: 'tokens_revoked' } })),
      event('view_submission', (p) => ({ ...p, response_urls: [null] })),
    ];
  }

  function fuzzedCases(): Case[] {
    const fuzz = new Fuzzer(SEED);
    return bases.flatMap((base) =>
      Array.from({ length: PER_BASE }, () => {
        const { value, done } = fuzz.mutate(base.payload, BOLT_KEYS);
        return { name: `${base.name} [${done.join(' ')}]`, request: encoded(base.kind, value) };
      }),
    );
  }

  it('lets every unmutated payload of a handled type through the guard (else the fuzzing would test nothing)', async () => {
    const refused: string[] = [];
    for (const base of bases) {
      const seen = logged.length;
      const { status } = await postSigned(h.url, encoded(base.kind, base.payload));
      await h.app.idle();
      const after = logged.slice(seen);
      if (status !== 200 || NOT_HANDLED.test(after) || FAILED.test(after)) refused.push(`${status} ${base.name}`);
    }
    expect(refused).to.deep.equal(['200 shortcut', '200 message_action']);
  });

  it(`answers every mutated signed payload 200 or 400, never a 5xx, and nothing throws (seed ${SEED})`, async () => {
    const cases = [...knownCases(), ...fuzzedCases()];
    const answers: { name: string; status: number; threw: boolean }[] = [];
    let passed = 0;
    // One at a time, each with the work it started, so that a failure logged is the request's own.
    for (const c of cases) {
      const seen = logged.length;
      const { status } = await postSigned(h.url, c.request);
      await h.app.idle();
      answers.push({ name: c.name, status, threw: FAILED.test(logged.slice(seen)) });
      if (!NOT_HANDLED.test(logged.slice(seen))) passed++;
    }
    const summary = `seed ${SEED}, ${answers.length} requests (${passed} past the guard), by status ${JSON.stringify(countByStatus(answers.map((a) => a.status)))}`;
    const bad = answers.filter((a) => a.status >= 500 || a.threw);
    expect(bad.map((f) => `${f.status}${f.threw ? ' threw' : ''} ${f.name}`).slice(0, 25), `${summary}, ${bad.length} bad`).to.deep.equal(
      [],
    );
    expect(
      answers.every((a) => a.status === 200 || a.status === 400),
      summary,
    ).to.equal(true);
  });

  it('still serves a well-formed request after the fuzzing', async () => {
    const employee = h.world.employees[0]?.identity.userId ?? '';
    const res = await h.post(
      slashCommand({ command: commands.wellbeing, user: employee, channel: 'C1', responseUrl: h.stub.responseUrl() }),
    );
    expect(res.status).to.equal(200);
    expect(h.stub.calls.length).to.be.greaterThan(0);
  });
});
