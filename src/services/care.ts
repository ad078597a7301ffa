// Care between sessions (docs/design.md §9): after an employee's message is relayed, they are told when their therapist
// usually replies and where to turn meanwhile, once when the conversation opens (a claim per employee and
// therapist) and once a day while they write outside the therapist's hours (a delivery key, kept 7 days).
// Never fails the relay: the message has already gone through.
import { isWithinHours, type CareNote } from '../domain/care.js';
import { localDay } from '../domain/time.js';
import { awayAt, backOn } from '../domain/away.js';
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
  const away = awayAt(now, t.awayPeriods, t.zone);
  return {
    therapistName: t.displayName,
    therapistZone: t.zone,
    usualReply: t.usualReply ?? null,
    hours,
    supportLine,
    outsideHours: hours !== null && !isWithinHours(now, hours, t.zone),
    awayBack: away ? backOn(away) : null,
  };
}

/**
 * Whether this message should carry a care note: the conversation's first, the day's first outside hours, or the
 * first while the therapist is away (once per period). The opening note is a claim per employee and therapist; once
 * the conversation's thread records it as accounted for, later messages skip the claim.
 */
async function isDue(ctx: ServiceContext, parties: Parties, note: CareNote, now: Date, thread: RelayThreadDoc | null): Promise<boolean> {
  const pair = relayThreadId(parties.employee._id, parties.therapist._id);
  const once = (key: string) => createDeliveryService(ctx).firstTime(key);
  const opened = async (): Promise<boolean> => {
    if (thread?.careNoted) return false;
    const owner = `care:${now.getTime()}`;
    const won = await ctx.store.markers.mark(`care:opened:${pair}`, 'care', owner, { employeeId: String(parties.employee._id) }, now);
    await ctx.store.relayThreads.markCareNoted(pair);
    return won;
  };
  const away = awayAt(now, parties.therapist.awayPeriods, parties.therapist.zone);
  // While away, one note per period says when they are back (and counts as the opening one).
  if (away) {
    await opened();
    return once(`care:away:${pair}:${away.from}`);
  }
  const outsideToday = () => once(`care:outside:${pair}:${localDay(now, parties.therapist.zone)}`);
  // The opening note already says it is outside their hours: it counts as the day's one.
  if (await opened()) {
    if (note.outsideHours) await outsideToday();
    return true;
  }
  return note.outsideHours ? outsideToday() : false;
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
