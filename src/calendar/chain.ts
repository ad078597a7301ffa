// A session and its reschedules are one calendar event: the chain's first session names it (UID), and each
// reschedule raises its SEQUENCE, so calendars update the event in place instead of adding copies.
import type { Types } from 'mongoose';
import type { SessionDoc } from '../store/models.js';

export interface CalendarRef {
  /** The chain's first session id; sessions stored before chains existed are their own chain. */
  chainId: string;
  /** 0 for a booking, +1 for each reschedule; a cancellation is sent one higher still. */
  sequence: number;
}

export function calendarRefOf(session: Pick<SessionDoc, '_id' | 'chainId' | 'chainSequence'>): CalendarRef {
  return { chainId: String(session.chainId ?? session._id), sequence: session.chainSequence ?? 0 };
}

/** The chain fields of a session that replaces `old`. */
export function nextInChain(old: Pick<SessionDoc, '_id' | 'chainId' | 'chainSequence'>): {
  chainId: Types.ObjectId;
  chainSequence: number;
} {
  return { chainId: old.chainId ?? old._id, chainSequence: (old.chainSequence ?? 0) + 1 };
}
