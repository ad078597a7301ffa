// A therapist's booking notice (the provider's "session threshold"): how many hours ahead a client must book,
// request or accept a time with them, 1 to 72 (unset: 24). Set by the therapist or the operator; their own actions
// (proposing a time, moving a session) are not limited by it.
import { z } from 'zod';
import { BOOKING_NOTICE_RANGE } from '../../domain/policy.js';
import { refuse } from '../../domain/refusals.js';
import type { PlatformIdentity } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import type { Actor, Result } from '../types.js';

export const bookingNoticeInput = z.coerce.number().int().min(BOOKING_NOTICE_RANGE.min).max(BOOKING_NOTICE_RANGE.max);

/** The operator's (CLI) answer: a refusal is a sentence for the terminal. */
export type BookingNoticeResult = { ok: true; hours: number } | { ok: false; error: string };

async function save(ctx: ServiceContext, therapistId: string, orgId: string, hours: number, actorId: string): Promise<void> {
  await ctx.store.therapistSettings.setBookingNotice(therapistId, hours);
  const at = ctx.clock();
  await ctx.store.audit.append({
    _id: `booking_notice:${therapistId}:${at.toISOString()}`,
    orgId,
    actorId,
    action: 'therapist.booking_notice_set',
    subjectId: therapistId,
    reason: null,
    details: { hours },
    at,
  });
}

/** The therapist sets their own, from Slack (`/wellbeing notice 12`) or Teams (`notice 12`). */
export async function setOwnBookingNotice(ctx: ServiceContext, actor: Actor, raw: string): Promise<Result<{ hours: number }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'notice' });
  const parsed = bookingNoticeInput.safeParse(raw.trim().replace(/\s*(h|hours?)$/i, ''));
  if (!parsed.success) return refuse('invalid_booking_notice');
  await save(ctx, actor.personId, actor.orgId, parsed.data, actor.personId);
  return { ok: true, hours: parsed.data };
}

/** The operator sets a therapist's notice, found by their chat identity. */
export async function setBookingNoticeOf(ctx: ServiceContext, therapist: PlatformIdentity, raw: string): Promise<BookingNoticeResult> {
  const person = await ctx.store.directory.byIdentity(therapist);
  if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  const parsed = bookingNoticeInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `give whole hours from ${BOOKING_NOTICE_RANGE.min} to ${BOOKING_NOTICE_RANGE.max}` };
  await save(ctx, String(person._id), person.orgId, parsed.data, 'operator');
  return { ok: true, hours: parsed.data };
}
