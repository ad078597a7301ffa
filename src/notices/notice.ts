// What a change tells people: the views of sessions and requests, and the notices about them. Plain data,
// shared by the rules' wording (domain), the use cases (services) and both platforms' renderers.
import type { CareNote } from '../domain/care.js';
import type { Locale } from '../i18n/locales.js';
import type { ChannelAddress, PlatformIdentity, RequestStatus, SessionStatus } from '../domain/types.js';

export interface Recipient {
  personId: string;
  displayName: string;
  zone: string;
  /** The language they read: with `zone`, a recipient is a Reader. */
  locale: Locale;
  identity: PlatformIdentity;
  /** Where confirmations are also e-mailed, when e-mail is configured. */
  email: string | null;
}

export interface ThreadAddress {
  channel: ChannelAddress;
  threadId: string;
}

/**
 * A direct message the bot sent a person (Slack: the DM channel and the message's ts; Teams: the 1:1 conversation
 * reference and the activity id), kept so it can be brought up to date in place when what it offered changes.
 */
export type PersonMessage =
  | { platform: 'slack'; workspaceId: string; channelId: string; id: string }
  | { platform: 'teams'; reference: Record<string, unknown>; id: string };

export interface SessionView {
  id: string;
  start: Date;
  end: Date;
  status: SessionStatus;
  employeeName: string;
  therapistName: string;
  /** The calendar event this session is (one per reschedule chain) and its revision. */
  calendar?: { chainId: string; sequence: number };
  /** The therapist's meeting link, where they have one. */
  joinUrl?: string | null;
}

export interface RequestView {
  id: string;
  sessionId: string;
  current: { start: Date; end: Date };
  proposed: { start: Date; end: Date };
  custom: boolean;
  reason: string;
  requestedBy: 'employee' | 'therapist';
  awaiting: 'therapist' | 'employee';
  status: RequestStatus;
  decisionNote: string | null;
  employeeName: string;
  therapistName: string;
  /**
   * Set when the request was closed because its session was cancelled (status `withdrawn` or `expired`), so the
   * request message does not claim the session stands.
   */
  sessionCancelled?: boolean;
  /**
   * Set on a therapist's own request to move the session (docs/design.md §2, rule 12), as opposed to their counter-proposal
   * to the client's request: the same mechanism, worded as the therapist asking.
   */
  move?: boolean;
  /**
   * What became of the request's session after a message about it was sent: set when a message that offered an
   * action on the session is brought up to date, so it says so and offers what can be done now (issue 18).
   */
  sessionSince?: SessionSince;
}

/** A therapist's offer of times for a client's next session, as its two readers see it. */
export interface OfferView {
  id: string;
  /** The client's person id: the therapist's post offers new times to them. */
  clientId: string;
  times: { start: Date; end: Date }[];
  expiresAt: Date;
  /** `withdrawn`: closed by the provider (the client or therapist left the service). */
  status: 'open' | 'booked' | 'declined' | 'replaced' | 'expired' | 'withdrawn';
  /** Which time was booked, once booked. */
  bookedIndex: number | null;
  employeeName: string;
  therapistName: string;
}

/**
 * A session cancelled (at the time it had), or moved to another time (the session that replaced it, which the message
 * then acts on).
 */
export type SessionSince = { status: 'cancelled'; start: Date; end: Date } | { status: 'moved'; sessionId: string; start: Date; end: Date };

type CoreNotice =
  | { kind: 'relay'; from: 'employee' | 'therapist'; senderName: string; text: string }
  /** `employeeId`: the client, so the thread's header offers the therapist Offer times and Move a session for them (absent on headers of older threads). */
  | { kind: 'thread_opened'; employeeName: string; employeeId?: string }
  /** To the therapist's thread: a request with Confirm / Decline / Propose. */
  | { kind: 'reschedule_requested'; request: RequestView }
  /** To the employee: their request waits for the therapist. */
  | { kind: 'reschedule_awaiting'; request: RequestView }
  /** To the employee: the therapist proposes another time, with Accept / Decline. */
  /** `cutoffHours`: the client's organisation's window, when accepting would put the session inside it. */
  | { kind: 'reschedule_proposed'; request: RequestView; acceptingLocksWithin?: number }
  /** To the therapist's thread: the time they proposed, waiting for the employee's answer. */
  | { kind: 'proposal_sent'; request: RequestView }
  /** Replaces a request message in place once it has been decided. */
  /**
   * A request's message once decided, for its reader: the therapist's thread post or the employee's DM. Without a
   * reader it is read by whoever answered last: the therapist for a client's request, the client for a proposal.
   */
  | { kind: 'request_decided'; request: RequestView; reader?: 'employee' | 'therapist' }
  /** To the employee: Confirm failed, so their request could not be applied; says what they can do instead. */
  | {
      kind: 'reschedule_not_confirmed';
      request: RequestView;
      why: 'slot_taken' | 'allowance_exhausted' | 'inside_cutoff' | 'session_not_active' | 'time_in_past';
    }
  | { kind: 'session_rescheduled'; previous: SessionView; session: SessionView }
  | { kind: 'reschedule_declined'; request: RequestView }
  | { kind: 'request_withdrawn'; request: RequestView }
  | { kind: 'request_expired'; request: RequestView; cutoffHours: number }
  | { kind: 'session_booked'; session: SessionView }
  /** To the client: the offered times with one button each, None of these and Message therapist (while open). */
  | { kind: 'offer_made'; offer: OfferView }
  /** To the therapist's thread: the times they offered, held for the client; updated in place once decided. */
  | { kind: 'offer_sent'; offer: OfferView }
  /** To the therapist's thread: the client chose none of the offered times. */
  | { kind: 'offer_declined'; offer: OfferView }
  /** To the employee: the therapist tried to confirm their request, and it could not go through. */
  | {
      kind: 'reschedule_not_confirmed';
      request: RequestView;
      why: 'slot_taken' | 'allowance_exhausted' | 'inside_cutoff' | 'session_not_active' | 'time_in_past';
    }
  /** `reader: 'therapist'` on the therapist's copy: a therapist's own cancellation is worded for each side. */
  | {
      kind: 'session_cancelled';
      session: SessionView;
      late: boolean;
      reason: string;
      cancelledBy: 'employee' | 'therapist';
      reader?: 'therapist';
    };

export type Notice = CoreNotice | ReminderNotice | CareNotice | ExtraSessionsNotice | TherapistChangedNotice;

/**
 * An employee was assigned another therapist (issue 19, §6): they hear whom they now work with; the previous
 * therapist, in the old thread, that it is closed, and never why.
 */
export type TherapistChangedNotice =
  | { kind: 'therapist_changed'; reader: 'employee'; newTherapistName: string }
  | { kind: 'therapist_changed'; reader: 'therapist'; employeeName: string };

/**
 * Extra sessions (issue 19, §4), worded per reader: the employee hears their allowance grew (never that a clinical
 * note exists); the therapist, in the client's thread, hears the outcome of their recommendation. A decline is told
 * to the therapist only, with the operator's reason.
 */
export type ExtraSessionsNotice =
  | { kind: 'extra_sessions_approved'; reader: 'employee' | 'therapist'; employeeName: string; month: string; sessions: number }
  | { kind: 'extra_sessions_declined'; employeeName: string; month: string; sessions: number; reason: string | null };

/** To the employee, about messaging their therapist: usual reply time, hours, support line (docs/design.md §9). */
export type CareNotice = { kind: 'care_note'; note: CareNote };

/** A reminder in chat (docs/design.md §9), each sent once per session and kind; `at` is when it was due, for "tomorrow". */
export type ReminderNotice =
  | { kind: 'reminder_cutoff'; session: SessionView; cutoffAt: Date; at: Date }
  | { kind: 'reminder_starting'; session: SessionView; at: Date };

export type NoticeKind = Notice['kind'];

/** Why a Confirm of a request could not be applied. */
export type NotConfirmedWhy = Extract<Notice, { kind: 'reschedule_not_confirmed' }>['why'];
