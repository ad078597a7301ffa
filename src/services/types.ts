// Inputs and results of the use cases. Inputs are already validated by the platform layer's zod schemas;
// services still check every rule and ownership themselves.
import type { Locale } from '../i18n/locales.js';
import type { AllowanceBalance } from '../domain/allowance.js';
import type { SuppressionReason, UsageCounts } from '../domain/usage.js';
import type { Refusal } from '../domain/refusals.js';
import type { ChannelAddress, PlatformIdentity, Role } from '../domain/types.js';
import type { RequestView, SessionView } from '../notices/notice.js';

export type Result<T> = ({ ok: true } & T) | Refusal;

/** The person acting, resolved from their platform identity. */
export interface Actor {
  personId: string;
  orgId: string;
  displayName: string;
  roles: Role[];
  zone: string;
  /** The language they read (src/i18n/locales.ts readerLocale): with `zone`, the actor is a Reader. */
  locale: Locale;
  identity: PlatformIdentity;
}

export interface SlotView {
  id: string;
  start: Date;
  end: Date;
  held: boolean;
}

export interface UpcomingSession extends SessionView {
  canReschedule: boolean;
  pendingRequest: RequestView | null;
}

export interface Overview {
  actor: Actor;
  therapistName: string | null;
  upcoming: UpcomingSession[];
  /** More upcoming sessions follow the ones listed (an overview lists the next OVERVIEW_UPCOMING). */
  laterUpcoming?: boolean;
  allowance: AllowanceBalance[]; // this month and next, in the organisation's zone
  cutoffHours: number;
}

/** A new time: one of the therapist's open slots, or a custom local date + time in the actor's zone. */
export type TimeChoice = { slotId: string } | { date: string; time: string };

export interface CancelPreview {
  session: SessionView;
  late: boolean;
  consequence: string;
  /** Who is cancelling: the form speaks to them (a therapist cancels their client's session). */
  by: 'employee' | 'therapist';
}

export type Undelivered = ('employee' | 'therapist')[];

/** One row of the report: the counts (null when suppressed; employees = enrolled, allowance used 0..1). */
export interface UsageRow extends UsageCounts {
  month: string;
  department: string; // 'All departments' for the organisation-wide row
  suppressed: boolean;
  suppressedBecause: SuppressionReason | null;
}

export interface UsageReport {
  orgId: string;
  month: string;
  minGroupSize: number;
  rows: UsageRow[];
}

export interface InboundThreadMessage {
  thread: { channel: ChannelAddress; threadId: string };
  sender: PlatformIdentity;
  text: string;
  deliveryKey: string;
}
