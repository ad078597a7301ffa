// The shapes of the Slack payloads this app handles, checked before Bolt routes them. Bolt trusts the shape: `actions`
// as a string, no `user`, a `view` without `state` or a non-string `event.text` throw inside Bolt or a listener and
// come out as a 500. Only the fields something here reads are constrained; the rest passes through untouched.
import { z } from 'zod';

const id = z.string().min(1);
const user = z.looseObject({ id, team_id: z.string().nullish() });
const team = z.looseObject({ id }).nullable();

/** One input element's state, as the modals read it (plain text, select, date, time, number). */
const elementState = z.looseObject({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
});
const viewState = z.looseObject({ values: z.record(z.string(), z.record(z.string(), elementState)) });

const view = z.looseObject({
  id,
  type: z.string().optional(),
  callback_id: z.string(),
  private_metadata: z.string().optional(),
  state: viewState.optional(),
});

const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  user,
  team: team.optional(),
  trigger_id: z.string().optional(),
  actions: z
    .array(z.looseObject({ action_id: z.string(), type: z.string(), block_id: z.string().optional(), value: z.string().optional() }))
    .min(1),
  channel: z.looseObject({ id }).nullish(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).nullish(),
  view: view.nullish(),
  container: z.looseObject({ type: z.string() }).optional(),
});

const viewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user,
  team: team.optional(),
  view: view.extend({ state: viewState, private_metadata: z.string() }),
});

const viewClosed = z.looseObject({ type: z.literal('view_closed'), user, team: team.optional(), view });

export const interactivePayload = z.discriminatedUnion('type', [blockActions, viewSubmission, viewClosed]);

/** Interactive payload types this app has no listener for at all: acknowledged and dropped. */
export const handledInteractiveTypes: ReadonlySet<string> = new Set(['block_actions', 'view_submission', 'view_closed']);

export const slashCommand = z.looseObject({
  command: z.string().startsWith('/'),
  text: z.string().optional(),
  user_id: id,
  team_id: id,
  channel_id: z.string().optional(),
  trigger_id: id,
  response_url: z.string().optional(),
});

const messageEvent = z.looseObject({
  type: z.literal('message'),
  channel: id,
  ts: z.string().optional(),
  subtype: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
});

const appHomeOpened = z.looseObject({ type: z.literal('app_home_opened'), user: id, tab: z.string().optional() });

/** The events something here reads; any other event type only needs to be an event. */
export const eventSchemas: Readonly<Record<string, z.ZodType>> = { message: messageEvent, app_home_opened: appHomeOpened };

export const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullish(),
  event_id: id,
  event: z.looseObject({ type: z.string().min(1) }),
});

export const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });
