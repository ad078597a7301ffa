// An offer as its readers see it, and the notices that bring its two messages up to date once it is decided.
import type { OfferView } from '../../notices/notice.js';
import type { OfferDoc } from '../../store/models.js';
import { offerMessagesHolder, type OwedNoticeSpec } from '../owed.js';
import type { Parties } from '../views.js';

export function offerView(offer: OfferDoc, parties: Parties): OfferView {
  const booked = offer.bookedSessionId ? offer.times.findIndex((t) => t.sessionId.equals(offer.bookedSessionId as never)) : -1;
  return {
    id: String(offer._id),
    clientId: String(offer.employeeId),
    times: offer.times.map((t) => ({ start: t.start, end: t.end })),
    expiresAt: offer.expiresAt,
    status: offer.status,
    bookedIndex: booked >= 0 ? booked : null,
    employeeName: parties.employee.displayName,
    therapistName: parties.therapist.displayName,
  };
}

/** The client's message and the therapist's thread post of the offer, replaced in place by its decided state. */
export function offerMessageUpdates(offer: OfferDoc, view: OfferView): OwedNoticeSpec[] {
  const holder = offerMessagesHolder(String(offer._id));
  const message = offer.threadMessageId && offer.threadMessageAt ? { id: offer.threadMessageId, at: offer.threadMessageAt } : null;
  return [
    { to: 'employee', notice: { kind: 'offer_made', offer: view }, updateMessageOf: holder, personMessage: offer.personMessage ?? null },
    { to: 'therapist', notice: { kind: 'offer_sent', offer: view }, updateMessageOf: holder, message },
  ];
}
