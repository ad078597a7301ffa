// Signed requests to the real Bolt receiver, built with Slack's own recipe, and factories for the payloads Slack
// sends: events, block actions, view submissions and slash commands.
import { createHmac, randomBytes } from 'node:crypto';
import { answerProblems, noteProblems } from './slack-blockkit.js';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM_ID = 'T0TEST';

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the computed signature (or drop it with null). */
  signature?: string | null;
  headers?: Record<string, string>;
}

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SlackRequest {
  rawBody: string;
  contentType: string;
}

export async function postSigned(
  baseUrl: string,
  request: SlackRequest,
  opts: SignOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    opts.signature === undefined ? slackSignature(opts.secret ?? TEST_SIGNING_SECRET, timestamp, request.rawBody) : opts.signature;
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'x-slack-request-timestamp': String(timestamp),
    ...(signature === null ? {} : { 'x-slack-signature': signature }),
    ...opts.headers,
  };
  const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: request.rawBody });
  const body = await res.text();
  // An answer carrying a view or a message is held to Block Kit's rules like every call to the Web API.
  noteProblems('HTTP answer', answerProblems(body, { showBlock: true }));
  return { status: res.status, body };
}

const json = (payload: unknown): SlackRequest => ({ rawBody: JSON.stringify(payload), contentType: 'application/json' });
const interactive = (payload: unknown): SlackRequest => ({
  rawBody: `payload=${encodeURIComponent(JSON.stringify(payload))}`,
  contentType: 'application/x-www-form-urlencoded',
});

let counter = 0;
export const uniqueId = (prefix: string) =>
  `${prefix}${Date.now().toString(36).toUpperCase()}${(++counter).toString(36).toUpperCase()}${randomBytes(2).toString('hex').toUpperCase()}`;
// Fractions start with 9 here and with 0 in the Web API stand-in, so a message sent by a test can never share a
// ts with one the stand-in made (a reply whose ts equals its thread_ts would look like the thread's root).
export const nextTs = () => `${Math.floor(Date.now() / 1000)}.9${String(++counter).padStart(5, '0')}`;

/** `enterpriseId`: the team is in that Grid; with `orgWide`, the app is installed for the whole Grid (as Slack sends it). */
export function eventCallback(
  event: Record<string, unknown>,
  opts: { eventId?: string; teamId?: string; enterpriseId?: string; orgWide?: boolean } = {},
): SlackRequest {
  const grid = opts.enterpriseId ? { enterprise_id: opts.enterpriseId, is_enterprise_install: opts.orgWide === true } : {};
  const authorization = opts.orgWide
    ? { enterprise_id: opts.enterpriseId, team_id: null, user_id: 'UBOT', is_bot: true, is_enterprise_install: true }
    : { team_id: opts.teamId ?? TEAM_ID, user_id: 'UBOT', is_bot: true };
  return json({
    token: 'legacy',
    team_id: opts.teamId ?? TEAM_ID,
    ...grid,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: opts.eventId ?? uniqueId('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [authorization],
    event,
  });
}

export interface MessageOptions {
  user?: string;
  text: string;
  channel: string;
  channelType: 'im' | 'channel' | 'group';
  ts?: string;
  threadTs?: string;
  subtype?: string;
  botId?: string;
}

export function messageEvent(o: MessageOptions): Record<string, unknown> {
  return {
    type: 'message',
    ...(o.subtype ? { subtype: o.subtype } : {}),
    ...(o.user ? { user: o.user } : {}),
    ...(o.botId ? { bot_id: o.botId } : {}),
    text: o.text,
    ts: o.ts ?? nextTs(),
    ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
    channel: o.channel,
    channel_type: o.channelType,
    event_ts: o.ts ?? nextTs(),
  };
}

export function appHomeOpened(user: string, tab: 'home' | 'messages' = 'home'): SlackRequest {
  return eventCallback({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab, event_ts: nextTs() });
}

export interface ActionOptions {
  user: string;
  actionId: string;
  value: string;
  /** Where the button was: a message in a channel (thread) or DM, or a view (modal / home). */
  channel?: string;
  messageTs?: string;
  threadTs?: string;
  view?: { id: string; callbackId: string; type?: 'modal' | 'home' };
  responseUrl?: string;
  /** The acting user's workspace (default the test workspace). */
  teamId?: string;
}

export function blockActions(o: ActionOptions): SlackRequest {
  const teamId = o.teamId ?? TEAM_ID;
  return interactive({
    type: 'block_actions',
    team: { id: teamId, domain: 'test' },
    user: { id: o.user, username: o.user.toLowerCase(), name: o.user.toLowerCase(), team_id: teamId },
    api_app_id: 'A0TEST',
    token: 'legacy',
    trigger_id: uniqueId('trig.'),
    response_url: o.responseUrl ?? 'http://127.0.0.1:9/unused',
    container: o.view ? { type: 'view', view_id: o.view.id } : { type: 'message', message_ts: o.messageTs, channel_id: o.channel },
    ...(o.channel ? { channel: { id: o.channel, name: 'channel' } } : {}),
    ...(o.messageTs ? { message: { type: 'message', ts: o.messageTs, ...(o.threadTs ? { thread_ts: o.threadTs } : {}), text: '' } } : {}),
    ...(o.view
      ? {
          view: viewOutput({ id: o.view.id, callbackId: o.view.callbackId, type: o.view.type ?? 'modal', values: {}, privateMetadata: '' }),
        }
      : {}),
    actions: [
      {
        type: 'button',
        action_id: o.actionId,
        block_id: 'b',
        value: o.value,
        action_ts: nextTs(),
        text: { type: 'plain_text', text: 'x' },
      },
    ],
  });
}

export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

/** State values keyed block id -> action id, as the modals use the same string for both. */
export const state = {
  text: (block: string, value: string | null) => ({ [block]: { [block]: { type: 'plain_text_input', value } } }),
  select: (block: string, value: string | null) => ({
    [block]: {
      [block]: { type: 'static_select', selected_option: value === null ? null : { text: { type: 'plain_text', text: value }, value } },
    },
  }),
  date: (value: string | null) => ({ date: { date: { type: 'datepicker', selected_date: value } } }),
  time: (value: string | null) => ({ time: { time: { type: 'timepicker', selected_time: value } } }),
  number: (block: string, value: string | null) => ({ [block]: { [block]: { type: 'number_input', value } } }),
};

function viewOutput(o: { id: string; callbackId: string; type: string; values: StateValues; privateMetadata: string }) {
  return {
    id: o.id,
    team_id: TEAM_ID,
    type: o.type,
    callback_id: o.callbackId,
    private_metadata: o.privateMetadata,
    blocks: [],
    state: { values: o.values },
    hash: 'h',
    title: { type: 'plain_text', text: 'x' },
    close: null,
    submit: null,
    root_view_id: o.id,
    previous_view_id: null,
    app_id: 'A0TEST',
    bot_id: 'BBOT',
    clear_on_close: false,
    notify_on_close: false,
  };
}

export function viewSubmission(o: {
  user: string;
  callbackId: string;
  values: StateValues;
  privateMetadata?: unknown;
  viewId?: string;
  teamId?: string;
}): SlackRequest {
  const privateMetadata = typeof o.privateMetadata === 'string' ? o.privateMetadata : JSON.stringify(o.privateMetadata ?? {});
  const teamId = o.teamId ?? TEAM_ID;
  return interactive({
    type: 'view_submission',
    team: { id: teamId, domain: 'test' },
    user: { id: o.user, username: o.user.toLowerCase(), name: o.user.toLowerCase(), team_id: teamId },
    api_app_id: 'A0TEST',
    token: 'legacy',
    trigger_id: uniqueId('trig.'),
    view: viewOutput({ id: o.viewId ?? uniqueId('V'), callbackId: o.callbackId, type: 'modal', values: o.values, privateMetadata }),
    response_urls: [],
  });
}

export function slashCommand(o: {
  command: string;
  text?: string;
  user: string;
  channel: string;
  responseUrl: string;
  teamId?: string;
}): SlackRequest {
  const form = new URLSearchParams({
    token: 'legacy',
    team_id: o.teamId ?? TEAM_ID,
    team_domain: 'test',
    channel_id: o.channel,
    channel_name: 'channel',
    user_id: o.user,
    user_name: o.user.toLowerCase(),
    command: o.command,
    text: o.text ?? '',
    api_app_id: 'A0TEST',
    response_url: o.responseUrl,
    trigger_id: uniqueId('trig.'),
  });
  return { rawBody: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}
