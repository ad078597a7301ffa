// Care between sessions (docs/design.md §9): after an employee's message is relayed, they are told when their therapist
// usually replies and where to turn meanwhile, once when the conversation opens (a claim per employee and
// therapist) and once a day while they write outside the therapist's hours (a delivery key, kept 7 days).
// Never fails the relay: the message has already gone through.
import { isWithinHours, type CareNote } from '../domain/care.js';
import { localDay } from '../domain/time.js';
import type { RelayThreadDoc } from '../store/models.js';
import { relayThreadId } from '../store/relay-threads.js';
import type { ServiceContext } from './context.js';
import { createDeliveryService } from './deliveries.js';
import { organisationOf } from './guards.js';
import { errSummary, tellEmployee } from './notify.js';
import type { Parties } from './views.js';

export function careNoteOf(parties: Parties, supportLine: string | null, now: Date): CareNote {
  const t = parties.therapist;
  const hours = t.replyHours ?? null;
  return {
    therapistName: t.displayName,
    therapistZone: t.zone,
    usualReply: t.usualReply ?? null,
    hours,
    supportLine,
    outsideHours: hours !== null && !isWithinHours(now, hours, t.zone),
  };
}

/**
 * Whether this message should carry a care note: the conversation's first, or the day's first outside hours. The
 * opening note is a claim per employee and therapist; once the conversation's thread records it as accounted for,
 * later messages skip the claim.
 */
async function isDue(ctx: ServiceContext, parties: Parties, note: CareNote, now: Date, thread: RelayThreadDoc | null): Promise<boolean> {
  const pair = relayThreadId(parties.employee._id, parties.therapist._id);
  const outsideHoursToday = () => createDeliveryService(ctx).firstTime(`care:outside:${pair}:${localDay(now, parties.therapist.zone)}`);
  if (!thread?.careNoted) {
    const opening = await ctx.store.claims.claim(
      `care:opened:${pair}`,
      'care',
      `care:${now.getTime()}`,
      { employeeId: String(parties.employee._id) },
      now,
    );
    await ctx.store.relayThreads.markCareNoted(pair);
    // The opening note already says it is outside their hours: it counts as the day's one.
    if (opening) {
      if (note.outsideHours) await outsideHoursToday();
      return true;
    }
  }
  if (!note.outsideHours) return false;
  return outsideHoursToday();
}

/** `thread`: the conversation's relay thread as read before the message was posted (null when it was opened now). */
export async function tellCareAfterRelay(ctx: ServiceContext, parties: Parties, thread: RelayThreadDoc | null): Promise<void> {
  try {
    const now = ctx.clock();
    const org = await organisationOf(ctx, parties.employee.orgId);
    const note = careNoteOf(parties, org.supportLine ?? null, now);
    if (await isDue(ctx, parties, note, now, thread)) await tellEmployee(ctx, parties, { kind: 'care_note', note });
  } catch (err) {
    ctx.log.warn({ err: errSummary(err) }, 'could not send the care note');
  }
}
