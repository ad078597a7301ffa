// The shapes of the Slack payloads this app handles, checked before Bolt routes them. Bolt trusts the shape: `actions`
// as a string, no `user`, a `view` without `state` or a non-string `event.text` throw inside Bolt or a listener and
// come out as a 5xx. Only the fields something here reads are constrained (ours, and Bolt's own routing: see
// getTypeAndConversation, isBodyWithTypeEnterpriseInstall and buildSource in @slack/bolt's App.js and helpers.js);
// the rest passes through untouched.
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
  // Bolt takes the workspace from here first (a modal opened from a Slack Connect channel).
  app_installed_team_id: z.string().nullish(),
});

/**
 * Bolt decides what a body is by its keys before its type: one with `event` is an event, with `command` a command,
 * with `name` an options request, with `actions` an action. A payload carrying one it should not have would be
 * routed as something else, and read as that.
 */
const absent = z.never().optional();
const notOtherKinds = { event: absent, command: absent, name: absent };

/** Bolt's respond() takes the first one's `response_url` whenever the array is not empty, whatever the body. */
const responseUrls = z.array(z.looseObject({ response_url: z.string() })).optional();

/** Read by Bolt for every interactive payload: `enterprise.id`, `is_enterprise_install`, `respond()`'s URL. */
const interactiveCommon = {
  ...notOtherKinds,
  user,
  team: team.optional(),
  enterprise: z.looseObject({ id }).nullish(),
  is_enterprise_install: z.boolean().optional(),
  response_url: z.string().optional(),
  response_urls: responseUrls,
};

const blockActions = z.looseObject({
  ...interactiveCommon,
  type: z.literal('block_actions'),
  trigger_id: z.string().optional(),
  actions: z
    .array(z.looseObject({ action_id: z.string(), type: z.string(), block_id: z.string().optional(), value: z.string().optional() }))
    .min(1),
  // Bolt reads `channel.id` whenever `channel` is not undefined, so null throws there. A button in a modal or on App
  // Home comes without the key (listeners then read `body.channel?.id`), never with null.
  channel: z.looseObject({ id }).optional(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).nullish(),
  view: view.nullish(),
  container: z.looseObject({ type: z.string() }).optional(),
});

const viewSubmission = z.looseObject({
  ...interactiveCommon,
  type: z.literal('view_submission'),
  actions: absent,
  view: view.extend({ state: viewState, private_metadata: z.string() }),
});

const viewClosed = z.looseObject({ ...interactiveCommon, type: z.literal('view_closed'), actions: absent, view });

export const interactivePayload = z.discriminatedUnion('type', [blockActions, viewSubmission, viewClosed]);

/** Interactive payload types this app has no listener for at all: acknowledged and dropped. */
export const handledInteractiveTypes: ReadonlySet<string> = new Set(['block_actions', 'view_submission', 'view_closed']);

export const slashCommand = z.looseObject({
  // A form field named `event` would make Bolt route the command as an event.
  event: absent,
  command: z.string().startsWith('/'),
  // Always sent (empty when nothing was typed); the command listeners read it as a string.
  text: z.string(),
  user_id: id,
  team_id: id,
  channel_id: z.string().optional(),
  trigger_id: id,
  // Every command answers through it (respond()); Slack always sends one.
  response_url: z.url({ protocol: /^https?$/ }),
});

/**
 * What Bolt reads of every event before any listener: `channel` and `user` (a string, or an object it reads `.id`,
 * `.creator` of: `"channel": null` threw there), `item.channel` and `subteam.created_by` (so those must be objects),
 * `channel_id` (the say() target).
 */
const anyEvent = z.looseObject({
  type: z.string().min(1),
  channel: z.union([z.string(), z.looseObject({})]).optional(),
  channel_id: z.string().optional(),
  user: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  item: z.looseObject({}).optional(),
  subteam: z.looseObject({}).optional(),
});

const messageEvent = anyEvent.extend({
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

const appHomeOpened = anyEvent.extend({
  type: z.literal('app_home_opened'),
  user: id,
  channel: z.string().optional(),
  tab: z.string().optional(),
});

/** The uninstall listener reads `tokens.bot`. */
const tokensRevoked = anyEvent.extend({
  type: z.literal('tokens_revoked'),
  tokens: z.looseObject({ bot: z.array(z.string()).optional(), oauth: z.array(z.string()).optional() }),
});

/** The events something here reads; any other event type only needs what Bolt reads of every event. */
export const eventSchemas: Readonly<Record<string, z.ZodType>> = {
  message: messageEvent,
  app_home_opened: appHomeOpened,
  tokens_revoked: tokensRevoked,
};
export const genericEvent: z.ZodType = anyEvent;

/**
 * Bolt takes the workspace, the Grid and `isEnterpriseInstall` from `authorizations[0]` whenever it is defined,
 * reading its fields without a null check: `[null]` threw before any listener ran.
 */
const authorization = z.looseObject({
  team_id: z.string().nullish(),
  enterprise_id: z.string().nullish(),
  user_id: z.string().optional(),
  is_bot: z.boolean().optional(),
  is_enterprise_install: z.boolean().optional(),
});

export const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullish(),
  is_enterprise_install: z.boolean().optional(),
  authorizations: z.array(authorization).nullish(),
  response_urls: responseUrls,
  event_id: id,
  event: z.looseObject({ type: z.string().min(1) }),
});

export const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() });
