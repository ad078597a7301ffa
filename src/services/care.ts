// Care between sessions (docs/design.md §9): after an employee's message is relayed, they are told when their therapist
// usually replies and where to turn meanwhile, once when the conversation opens (a claim per employee and
// therapist) and once a day while they write outside the therapist's hours (a delivery key, kept 7 days).
// Never fails the relay: the message has already gone through.
import { isWithinHours, type CareNote } from '../domain/care.js';
import { localDay } from '../domain/time.js';
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

/** Whether this message should carry a care note: the conversation's first, or the day's first outside hours. */
async function isDue(ctx: ServiceContext, parties: Parties, note: CareNote, now: Date): Promise<boolean> {
  const pair = `${String(parties.employee._id)}:${String(parties.therapist._id)}`;
  if (await ctx.store.claims.claim(`care:opened:${pair}`, 'care', `care:${now.getTime()}`, { employeeId: String(parties.employee._id) }, now)) return true;
  if (!note.outsideHours) return false;
  return createDeliveryService(ctx).firstTime(`care:outside:${pair}:${localDay(now, parties.therapist.zone)}`);
}

export async function tellCareAfterRelay(ctx: ServiceContext, parties: Parties): Promise<void> {
  try {
    const now = ctx.clock();
    const org = await organisationOf(ctx, parties.employee.orgId);
    const note = careNoteOf(parties, org.supportLine ?? null, now);
    if (await isDue(ctx, parties, note, now)) await tellEmployee(ctx, parties, { kind: 'care_note', note });
  } catch (err) {
    ctx.log.warn({ err: errSummary(err) }, 'could not send the care note');
  }
}
