// Runs before every listener: a request from a Slack workspace that no organisation claims is answered "your
// organisation isn't set up yet" and goes no further, so nothing about it is stored (no delivery key, no person);
// so is a person registered under another organisation than the workspace's. The check is the tenancy service's
// `admit`, the same one the Teams gate makes.
import { actingAs } from '../services/acting.js';
import { actions } from './ids.js';
import type { AnyMiddlewareArgs, AllMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import { refusalText, type RefusalCode } from '../domain/refusals.js';
import type { PlatformIdentity } from '../domain/types.js';
import type { Logger } from '../log.js';
import type { Admission, TenancyService } from '../services/tenancy.js';
import { refusalHomeView } from './blocks/overview.js';
import { slackErrorCode } from './notifier.js';
import { unknownReaderWords } from './words.js';

/** Ends an installation whatever the workspace's standing, so these always pass. */
const ALWAYS_PASS = new Set(['app_uninstalled', 'tokens_revoked']);

// Only what the gate reads; Bolt has already verified the signature and parsed the body.
const gatedBody = z.object({
  type: z.string().optional(),
  command: z.string().optional(),
  channel_id: z.string().optional(),
  user_id: z.string().optional(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }).optional(),
  team: z.object({ id: z.string() }).nullish(),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullish(),
  actions: z.array(z.object({ action_id: z.string() }).loose()).optional(),
  event: z
    .object({
      type: z.string(),
      subtype: z.string().optional(),
      bot_id: z.string().optional(),
      user: z.string().optional(),
      channel: z.string().optional(),
      channel_type: z.string().optional(),
      tab: z.string().optional(),
    })
    .optional(),
});
type GatedBody = z.infer<typeof gatedBody>;

const knownActionIds: ReadonlySet<string> = new Set(Object.values(actions));

/**
 * A payload no listener acts on: a modal closed with its X, or a button this version of the app does not have.
 * The catch-all acks it and nothing is read, stored or sent, so there is nothing to decide and no reason to read
 * the person first (a third of a busy workspace's interactions can be these).
 */
function isInert(body: GatedBody): boolean {
  if (body.type === 'view_closed') return true;
  return (
    body.type === 'block_actions' && (body.actions ?? []).length > 0 && (body.actions ?? []).every((a) => !knownActionIds.has(a.action_id))
  );
}

/** The acting user's team (it differs from the channel's in shared channels), and the Grid org if any. */
function originOf(body: GatedBody, context: AllMiddlewareArgs['context']) {
  const teamId = body.user?.team_id ?? context.teamId ?? body.team?.id ?? body.team_id ?? '';
  const enterpriseId = context.enterpriseId ?? body.enterprise_id ?? undefined;
  return { platform: 'slack' as const, teamId, enterpriseId };
}

/** The person acting, as the listeners will look them up (their team and user id), when the request names one. */
function actingIdentity(body: GatedBody, teamId: string): PlatformIdentity | null {
  const userId = body.user?.id ?? body.user_id ?? (body.event?.bot_id ? undefined : body.event?.user);
  return userId && teamId ? { platform: 'slack', workspaceId: teamId, userId } : null;
}

export function tenancyGate(tenancy: TenancyService, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const parsed = gatedBody.safeParse(args.body);
    const body = parsed.success ? parsed.data : {};
    if ((body.event && ALWAYS_PASS.has(body.event.type)) || isInert(body)) return args.next();
    const origin = originOf(body, args.context);
    const acting = actingIdentity(body, origin.teamId);
    const admission: Admission =
      origin.teamId || origin.enterpriseId ? await tenancy.admit(origin, acting) : { ok: false, code: 'organisation_not_set_up' };
    if (admission.ok) {
      args.context.orgId = admission.orgId;
      // The request runs as this person: the listener's lookup takes what the gate just read (or, admitted from
      // memory, reads them once, after a button's ack).
      return acting ? actingAs(acting, admission.person, () => args.next()) : args.next();
    }
    log.info(
      { teamId: origin.teamId, enterpriseId: origin.enterpriseId, refusal: admission.code },
      'slack request refused by the tenancy gate',
    );
    await answerRefused(args, body, admission.code).catch((err: unknown) =>
      log.warn({ slackError: slackErrorCode(err) }, 'could not answer a refused workspace'),
    );
  };
}

async function answerRefused(args: AnyMiddlewareArgs & AllMiddlewareArgs, body: GatedBody, code: RefusalCode): Promise<void> {
  const text = refusalText({ code }, 'employee', unknownReaderWords());
  const ack = 'ack' in args ? (args.ack as (response?: unknown) => Promise<void>) : null;
  if (body.command) {
    await ack?.({ response_type: 'ephemeral', text });
    return;
  }
  await ack?.();
  const userId = body.user?.id;
  if (body.type === 'block_actions' && userId) {
    await args.client.chat.postMessage({ channel: userId, text });
    return;
  }
  const event = body.event;
  if (!event || !event.user || event.bot_id || event.user === args.context.botUserId) return;
  // Answer people where they talk to the bot; stay silent in channels (never post into an unknown workspace's channels).
  if (event.type === 'message' && event.channel_type === 'im' && event.subtype === undefined && event.channel) {
    await args.client.chat.postMessage({ channel: event.channel, text });
  } else if (event.type === 'app_home_opened' && event.tab === 'home') {
    await args.client.views.publish({ user_id: event.user, view: refusalHomeView(unknownReaderWords(), code) });
  }
}
