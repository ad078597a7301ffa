// A therapist offers their client one to three times for the next session, held for the client until they book one,
// decline, or the offer expires (48 h unless the therapist chooses, 1 h to a week). One open offer per client and
// therapist: a new one replaces the old, whose times are let go first. Times are the therapist's open slots or
// custom times in the therapist's zone; no two may overlap, none may lie beyond the client's booking horizon or in
// the therapist's days away.
import { Types } from 'mongoose';
import { awayAt, backOn } from '../../domain/away.js';
import { offerExpiryHours, OFFER_TIMES, timesOverlap } from '../../domain/offers.js';
import { bookingHorizon, isInFuture } from '../../domain/policy.js';
import { refuse, type Refusal } from '../../domain/refusals.js';
import { spanOf, type Span } from '../../domain/slots.js';
import { localDateTimeToInstant } from '../../domain/time.js';
import { formatSpan } from '../../i18n/dates.js';
import type { OfferView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { OfferDoc, PersonDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, organisationOf } from '../guards.js';
import { changeWithOwed, offerMessagesHolder } from '../owed.js';
import { holdOffer, openOfferIdOf } from '../reservations/index.js';
import { recordOf } from '../acting.js';
import type { Actor, Result, TimeChoice } from '../types.js';
import { closeOffer } from './close.js';
import { offerView } from './view.js';

/** A custom time lasts as long as the therapist's usual session. */
export const OFFERED_SESSION_MINUTES = 50;

export interface OfferInput {
  employeeId: string;
  times: TimeChoice[];
  expiresInHours?: number;
}

export async function offerTimes(ctx: ServiceContext, actor: Actor, input: OfferInput): Promise<Result<{ offer: OfferView }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'offer' });
  if (!Types.ObjectId.isValid(input.employeeId)) return refuse('not_your_client');
  const hours = offerExpiryHours(input.expiresInHours);
  if (hours === null || input.times.length < OFFER_TIMES.min || input.times.length > OFFER_TIMES.max) return refuse('invalid_offer');
  const [therapist, employee] = await Promise.all([recordOf(ctx, actor), ctx.store.directory.person(input.employeeId)]);
  if (!therapist || !employee || !employee.therapistId?.equals(therapist._id) || employee.erasedAt || employee.offboardedAt)
    return refuse('not_your_client');
  const org = await organisationOf(ctx, employee.orgId);
  const now = ctx.clock();
  const horizon = bookingHorizon(now, org.zone);
  const times = await resolveTimes(ctx, therapist, input.times, actor.zone);
  if (isRefusal(times)) return times;
  if (times.some((t) => !isInFuture(t.start, now))) return refuse('time_in_past');
  if (times.some((t) => t.start >= horizon.until)) return refuse('invalid_offer', { horizon: horizon.lastMonth });
  if (timesOverlap(times)) return refuse('invalid_offer');
  // Days away hold for the therapist's own choices too: a client must not book a time the therapist is not there.
  const away = times.map((t) => awayAt(t.start, therapist.awayPeriods, therapist.zone)).find((a) => a !== null);
  if (away) return refuse('own_time_while_away', { back: backOn(away) });
  const parties = { employee, therapist };
  // The open offer of this pair, if any, is replaced: closed first, so a time offered again is free for the new one.
  const previous = await openOfferIdOf(ctx, employee._id, therapist._id);
  const old = previous ? await ctx.store.offers.offer(previous) : null;
  if (old?.status === 'open' && !(await closeOffer(ctx, old, parties, 'replaced', actor.personId))) return refuse('offer_changed');
  const offer: OfferDoc = {
    _id: new Types.ObjectId(),
    orgId: employee.orgId,
    employeeId: employee._id,
    therapistId: therapist._id,
    times: times.map((t) => ({ sessionId: new Types.ObjectId(), start: t.start, end: t.end })),
    bufferMinutes: therapist.bufferMinutes ?? 0,
    expiresAt: new Date(now.getTime() + hours * 3_600_000),
    status: 'open',
    bookedSessionId: null,
    decidedAt: null,
    threadMessageId: null,
    threadMessageAt: null,
    personMessage: null,
    createdAt: now,
  };
  const held = await holdOffer(ctx, offer);
  if (!held.ok)
    return held.code === 'offer_time_taken'
      ? refuse('offer_time_taken', held.taken ? { when: formatSpan(held.taken.start, held.taken.end, actor) } : undefined)
      : refuse('offer_changed');
  const view = offerView(offer, parties);
  const holder = offerMessagesHolder(String(offer._id));
  await changeWithOwed(
    ctx,
    {
      changeId: `offer:${String(offer._id)}`,
      doneWhen: { collection: 'offers', id: String(offer._id), statuses: ['open', 'booked', 'declined', 'replaced', 'expired'] },
      parties,
      audit: {
        _id: `offer:${String(offer._id)}`,
        orgId: offer.orgId,
        actorId: actor.personId,
        action: 'offer.made',
        subjectId: String(offer._id),
        reason: null,
        details: { times: offer.times.map((t) => t.start.toISOString()), expiresAt: offer.expiresAt.toISOString() },
        at: now,
      },
      notices: [
        { to: 'employee', notice: { kind: 'offer_made', offer: view }, rememberMessageOn: holder },
        { to: 'therapist', notice: { kind: 'offer_sent', offer: view }, rememberMessageOn: holder },
      ],
    },
    async () => {
      try {
        await ctx.store.offers.insert(offer);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  );
  return { ok: true, offer: view };
}

/** Each choice as a span: one of the therapist's own open slots, or a custom date and time in their zone. */
async function resolveTimes(ctx: ServiceContext, therapist: PersonDoc, choices: TimeChoice[], zone: string): Promise<Span[] | Refusal> {
  const spans: Span[] = [];
  for (const choice of choices) {
    if ('slotId' in choice) {
      const slot = Types.ObjectId.isValid(choice.slotId) ? await ctx.store.sessions.slot(choice.slotId) : null;
      if (!slot || !slot.therapistId.equals(therapist._id)) return refuse('unknown_slot');
      spans.push({ start: slot.start, end: slot.end });
    } else {
      const parsed = localDateTimeToInstant(choice.date, choice.time, zone);
      if (!parsed.ok) return refuse(parsed.error);
      spans.push(spanOf(parsed.instant, OFFERED_SESSION_MINUTES));
    }
  }
  return spans;
}
