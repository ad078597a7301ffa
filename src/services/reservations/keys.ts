// The reservations module's vocabulary: what a claim is held for, which keys a span of busy time covers, and the
// owner tokens of the holds that outlive one call (a waiting request's). Only this module builds claim keys.
import type { Types } from 'mongoose';
import { busyTicks } from '../../domain/busy.js';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { SessionDoc } from '../../store/models.js';

/** What a claim is held for: the session it backs and, while a request waits, that request. */
export interface Holder {
  sessionId: string;
  requestId: string | null;
  /** A therapist's offer holding the time for its client (its ticks live while the offer is open). */
  offerId?: string;
}

/** The session being moved (and the one it replaced) may share busy time with its new time: not a clash. */
export const movedSessions = (session: Pick<SessionDoc, '_id' | 'replaces'>): string[] => [
  String(session._id),
  ...(session.replaces ? [String(session.replaces)] : []),
];

export function busyKeys(therapistId: Types.ObjectId | string, span: Span, bufferMinutes: number): string[] {
  return busyTicks(span, bufferMinutes).map((tick) => claimKeys.busy(String(therapistId), tick));
}

/** The hold owner of a request: the ticks its requested time keeps busy while it waits. */
export const requestHoldOwner = (requestId: string | Types.ObjectId) => `request:${String(requestId)}`;

/** The hold owner of an offer: every time it holds for its client, and the pair's one-open-offer marker. */
export const offerHoldOwner = (offerId: string | Types.ObjectId) => `offer:${String(offerId)}`;

/** The claim on a session's next version: whoever wins it is the one writer of the session's next state. */
export const nextVersionKey = (session: Pick<SessionDoc, '_id' | 'version'>) => claimKeys.version(String(session._id), session.version + 1);
