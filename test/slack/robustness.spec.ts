// Malformed Slack payloads, correctly signed, through the real HTTP surface: every one is answered 200 (nothing
// done) or 400, never a 5xx or an HTML page; nothing is stored, nothing is sent to Slack, and none of the text in
// them reaches the log. Unknown action ids, closed modals and unknown commands are acknowledged with a 200 at once
// (Bolt's default is a 404 after 3 s). A forged request is still a 401, however malformed.
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { actions, infoViewCallbackId, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import {
  blockActions,
  eventCallback,
  messageEvent,
  slashCommand,
  state,
  viewSubmission,
  type SlackRequest,
} from '../support/slack-requests.js';

const SECRET = 'I-FEEL-LOW-TODAY';
type Json = Record<string, unknown>;

/** Decodes a factory's request, lets `change` edit the payload, and encodes it the same way again. */
function edited(request: SlackRequest, change: (payload: Json) => unknown): SlackRequest {
  if (request.contentType === 'application/json') {
    return { ...request, rawBody: JSON.stringify(change(JSON.parse(request.rawBody) as Json)) };
  }
  const form = new URLSearchParams(request.rawBody);
  const payload = form.get('payload');
  if (payload === null) {
    const fields = Object.fromEntries(form.entries());
    const changed = change(fields) as Record<string, string | string[]>;
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(changed)) for (const one of [v].flat()) out.append(k, one);
    return { ...request, rawBody: out.toString() };
  }
  return { ...request, rawBody: `payload=${encodeURIComponent(JSON.stringify(change(JSON.parse(payload) as Json)))}` };
}
const raw = (rawBody: string, contentType = 'application/json'): SlackRequest => ({ rawBody, contentType });
const without = (o: Json, key: string): Json => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

describe('slack: malformed and unhandled payloads', () => {
  let h: SlackHarness;
  let logged = '';
  let user = '';
  let sessionButton: () => SlackRequest;
  let submission: () => SlackRequest;
  let dm: (text: unknown) => SlackRequest;
  let command: () => SlackRequest;

  before(async () => {
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => (logged += d.toString()));
    h = await openSlackHarness('robustness', { log: createLogger('debug', sink) });
    user = h.world.employees[0]?.identity.userId ?? '';
    sessionButton = () =>
      blockActions({ user, actionId: actions.bookOpen, value: SECRET, view: { id: 'VHOME', callbackId: '', type: 'home' } });
    submission = () =>
      viewSubmission({ user, callbackId: views.book, values: { ...state.select('slot', SECRET), ...state.text('reason', SECRET) } });
    dm = (text) =>
      edited(eventCallback(messageEvent({ user, text: 'x', channel: `D${user.slice(1)}`, channelType: 'im' })), (p) => ({
        ...p,
        event: { ...(p.event as Json), text },
      }));
    command = () => slashCommand({ command: '/wellbeing', text: SECRET, user, channel: 'C1', responseUrl: 'http://127.0.0.1:9/unused' });
  });
  after(async () => h?.close());

  const malformed: [string, () => SlackRequest][] = [
    ['block_actions with actions as a string', () => edited(sessionButton(), (p) => ({ ...p, actions: SECRET }))],
    ['block_actions without user', () => edited(sessionButton(), (p) => without(p, 'user'))],
    ['block_actions with no actions', () => edited(sessionButton(), (p) => ({ ...p, actions: [] }))],
    [
      'block_actions with a numeric action id',
      () => edited(sessionButton(), (p) => ({ ...p, actions: [{ action_id: 7, type: 'button', value: SECRET }] })),
    ],
    ['block_actions with user as a string', () => edited(sessionButton(), (p) => ({ ...p, user: SECRET }))],
    ['view_submission without view.state', () => edited(submission(), (p) => ({ ...p, view: without(p.view as Json, 'state') }))],
    [
      'view_submission with state.values as a string',
      () => edited(submission(), (p) => ({ ...p, view: { ...(p.view as Json), state: { values: SECRET } } })),
    ],
    [
      'view_submission with a numeric input value',
      () =>
        edited(submission(), (p) => ({
          ...p,
          view: { ...(p.view as Json), state: { values: { reason: { reason: { type: 'plain_text_input', value: 42 } } } } },
        })),
    ],
    ['view_submission without view', () => edited(submission(), (p) => without(p, 'view'))],
    ['view_submission without user', () => edited(submission(), (p) => without(p, 'user'))],
    [
      'view_submission with private_metadata as an object',
      () => edited(submission(), (p) => ({ ...p, view: { ...(p.view as Json), private_metadata: { sessionId: SECRET } } })),
    ],
    [
      'interactive payload that is not JSON',
      () => raw(`payload=${encodeURIComponent(`{"type":"block_actions","text":"${SECRET}`)}`, 'application/x-www-form-urlencoded'),
    ],
    [
      'interactive payload that is an array',
      () => raw(`payload=${encodeURIComponent(JSON.stringify([SECRET]))}`, 'application/x-www-form-urlencoded'),
    ],
    ['interactive payload of an unknown type', () => edited(sessionButton(), (p) => ({ ...p, type: 'mystery' }))],
    ['interactive payload without a type', () => edited(sessionButton(), (p) => without(p, 'type'))],
    ['a shortcut (no listener for any)', () => edited(sessionButton(), (p) => ({ ...p, type: 'shortcut', callback_id: 'x' }))],
    ['block_suggestion (no listener for any)', () => edited(sessionButton(), (p) => ({ ...p, type: 'block_suggestion', value: SECRET }))],
    ['DM event with text as an object', () => dm({ words: SECRET })],
    ['DM event with text as a number', () => dm(12345)],
    ['event_callback without event', () => edited(dm('x'), (p) => without(p, 'event'))],
    ['event_callback without event_id', () => edited(dm(SECRET), (p) => without(p, 'event_id'))],
    ['message event without channel', () => edited(dm(SECRET), (p) => ({ ...p, event: without(p.event as Json, 'channel') }))],
    [
      'message event with user as an object',
      () => edited(dm(SECRET), (p) => ({ ...p, event: { ...(p.event as Json), user: { id: user } } })),
    ],
    [
      'app_home_opened without user',
      () => edited(dm('x'), (p) => ({ ...p, event: { type: 'app_home_opened', tab: 'home', channel: 'D1' } })),
    ],
    ['event as a string', () => edited(dm('x'), (p) => ({ ...p, event: SECRET }))],
    ['a body that is not JSON', () => raw(`{"type":"event_callback","event":{"text":"${SECRET}"`)],
    ['JSON null', () => raw('null')],
    ['a JSON string', () => raw(JSON.stringify(SECRET))],
    ['url_verification without challenge', () => raw(JSON.stringify({ type: 'url_verification', token: SECRET }))],
    ['slash command without user_id', () => edited(command(), (p) => without(p, 'user_id'))],
    ['slash command with user_id twice', () => edited(command(), (p) => ({ ...p, user_id: [user, 'U2'] }))],
    ['slash command without trigger_id', () => edited(command(), (p) => without(p, 'trigger_id'))],
    ['a form that is no command', () => raw(`note=${encodeURIComponent(SECRET)}`, 'application/x-www-form-urlencoded')],
  ];

  const unhandled: [string, () => SlackRequest][] = [
    [
      'a button with an unknown action id',
      () => blockActions({ user, actionId: 'open_link', value: SECRET, channel: 'D1', messageTs: '1.1' }),
    ],
    ['a closed modal (view_closed)', () => edited(submission(), (p) => ({ ...p, type: 'view_closed', is_cleared: false }))],
    ['a submission of a view without a listener', () => viewSubmission({ user, callbackId: infoViewCallbackId, values: {} })],
    [
      'an unknown command',
      () => slashCommand({ command: '/wellbeing-unknown', text: SECRET, user, channel: 'C1', responseUrl: 'http://127.0.0.1:9/unused' }),
    ],
  ];

  for (const [name, build] of [...malformed, ...unhandled]) {
    it(`${name}: ${malformed.some(([n]) => n === name) ? '200 or 400' : '200 at once'}, nothing stored or sent, nothing logged`, async () => {
      const before = await h.snapshot();
      const calls = h.stub.calls.length;
      logged = '';
      const res = await h.post(build());
      expect(res.status, res.body).to.be.oneOf(unhandled.some(([n]) => n === name) ? [200] : [200, 400]);
      expect(res.body).to.not.match(/<html|<!DOCTYPE|\bat [\w.]+ \(/i);
      // auth.test (the bot's own ids, fetched once on first use) is not acting on the request.
      expect(h.stub.calls.slice(calls).filter((c) => c.method !== 'auth.test')).to.deep.equal([]);
      expect(await h.snapshot()).to.equal(before);
      expect(logged).to.not.include(SECRET);
    });
  }

  it('a forged request stays 401, malformed or not, and changes nothing', async () => {
    const before = await h.snapshot();
    for (const [, build] of [...malformed.slice(0, 5), ['a well-formed DM', () => dm('hello')] as const]) {
      const res = await h.post(build(), { secret: 'not-the-signing-secret' });
      expect(res.status).to.equal(401);
    }
    expect((await h.post(dm('hello'), { signature: null })).status).to.equal(401);
    expect(await h.snapshot()).to.equal(before);
  });

  it('a well-formed request still goes through the guard to its listener', async () => {
    const res = await h.post(command());
    expect(res.status).to.equal(200);
    expect(h.stub.calls.length).to.be.greaterThan(0);
  });
});
