// A therapist's linked channel the bot cannot post in (it was never invited, was removed, or the channel is gone):
// no retry helps until someone adds the bot, so the employee is told so (never "try again"), the operators are
// alerted (one error line, a counter) and the link is flagged for `admin show-org` / `list-people` until a post
// in that channel succeeds again or the therapist is relinked.
import { refuse, type Refusal } from '../domain/refusals.js';
import type { Platform } from '../domain/types.js';
import { countTherapistChannelUnreachable } from '../metrics.js';
import type { ServiceContext } from './context.js';
import { afterTheAnswer } from './later.js';
import { errSummary } from './notify.js';
import type { Parties } from './views.js';

/** The alert operators search the logs for; the line carries ids and the platform only, never names or text. */
export const CHANNEL_UNREACHABLE_ALERT = 'therapist_channel_unreachable';

export async function therapistChannelUnreachable(
  ctx: ServiceContext,
  parties: Parties,
  channel: { key: string | null; platform: Platform },
): Promise<Refusal> {
  const therapistId = parties.therapist._id;
  countTherapistChannelUnreachable(channel.platform);
  ctx.log.error(
    { alert: CHANNEL_UNREACHABLE_ALERT, therapistId: String(therapistId), platform: channel.platform },
    "the bot cannot post in a therapist's linked channel: invite it there",
  );
  const [, org] = await Promise.all([
    channel.key
      ? ctx.store.directory
          .markChannelUnreachable(therapistId, channel.key, ctx.clock())
          .catch((err: unknown) => ctx.log.warn({ err: errSummary(err) }, 'could not flag the unreachable channel'))
      : undefined,
    ctx.store.directory.organisation(parties.employee.orgId),
  ]);
  return refuse('therapist_channel_unreachable', org?.supportLine ? { supportLine: org.supportLine } : undefined);
}

/** A post in the therapist's channel succeeded: a flag left by an earlier failure is cleared, after the answer. */
export function therapistChannelReached(ctx: ServiceContext, parties: Parties, channelKey: string): void {
  afterTheAnswer(ctx, 'therapist channel reached', () => ctx.store.directory.markChannelReachable(parties.therapist._id, channelKey));
}
