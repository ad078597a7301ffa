// The use cases every platform calls, as one typed surface. Implementations live beside this file.
import type { DeliveryTake } from '../store/deliveries.js';
import type { Role } from '../domain/types.js';
import type { ChannelAddress, Platform, PlatformIdentity } from '../domain/types.js';
import type { OfferView, RequestView, SessionView } from '../notices/notice.js';
import type { RecommendationService } from './recommendations/index.js';
import type { TherapistChangeService } from './therapist-change/index.js';
import type {
  Actor,
  CancelPreview,
  InboundThreadMessage,
  Overview,
  Result,
  SlotView,
  TimeChoice,
  Undelivered,
  UsageReport,
} from './types.js';

export interface DirectoryService {
  /** The registered person behind a platform identity, or null when they are not registered. */
  whoIs(identity: PlatformIdentity): Promise<Actor | null>;
  /** Records a person's zone as their client reports it (Teams `localTimezone`, Slack `users.info` tz). */
  updateZone(actor: Actor, zone: string): Promise<void>;
  /**
   * Records the locale a person's chat platform reports (Teams `activity.locale`, Slack `users.info`) with when it
   * was learned: written only when it differs from the stored one, or with `refreshed` (Slack's periodic ask: the
   * time moves even when the locale is the same). Returns the actor as they read now.
   */
  learnLocale(actor: Actor, tag: string, opts?: { refreshed?: boolean }): Promise<Actor>;
  /**
   * Whether to ask the platform for this person's locale now: their actor when it was never learned or was learned
   * `refreshMs` ago or longer, else null. At most once per person per `refreshMs` in this process, whatever the ask
   * then brings (so concurrent requests, or a failing ask, never ask again sooner).
   */
  localeDue(identity: PlatformIdentity, refreshMs: number): Promise<Actor | null>;
  /** Links a therapist to a channel. Operators and HR admins of the therapist's organisation may do this. */
  linkChannel(actor: Actor, input: { therapist: PlatformIdentity; channel: ChannelAddress }): Promise<Result<{ therapistName: string }>>;
  /** The therapist linked to a channel, if any. */
  therapistOfChannel(channel: ChannelAddress): Promise<Actor | null>;
  /** Platform addresses (e.g. Teams conversation references) for proactive messages. */
  saveAddress(key: string, platform: Platform, reference: Record<string, unknown>): Promise<void>;
  getAddress(key: string): Promise<Record<string, unknown> | null>;
  /** The Enterprise Grid org a Slack team belongs to, as its requests showed (null: none known). */
  gridOfTeam(teamId: string): Promise<string | null>;
  /** A request showed the team's Grid org: stored once (as a platform address, so it outlives a restart). */
  rememberGridOfTeam(teamId: string, enterpriseId: string): Promise<void>;
}

export interface SessionService {
  overview(actor: Actor): Promise<Overview>;
  /** Open (unheld, future) slots of the employee's therapist for the next `days` days. */
  /**
   * The therapist's open slots, up to the end of next month (the last month whose allowance the employee is shown)
   * or `days` ahead. `forBooking`: only those the employee can book now; the months whose allowance is used up are
   * left out and named in `fullMonths` (so a list can say why), with their allowance.
   */
  openSlots(
    actor: Actor,
    opts?: { days?: number; forBooking?: boolean },
  ): Promise<Result<{ slots: SlotView[]; fullMonths: { month: string; allowance: number }[] }>>;
  book(actor: Actor, input: { slotId: string }): Promise<Result<{ session: SessionView; undelivered: Undelivered }>>;
  /** States, before anything changes, whether a cancellation would be late and what that costs. */
  cancelPreview(actor: Actor, input: { sessionId: string }): Promise<Result<CancelPreview>>;
  cancel(
    actor: Actor,
    input: { sessionId: string; reason: string },
  ): Promise<Result<{ session: SessionView; late: boolean; undelivered: Undelivered }>>;
  /** A session the actor may see (employee or therapist of it), for rendering forms. */
  get(actor: Actor, input: { sessionId: string }): Promise<Result<{ session: SessionView; canReschedule: boolean }>>;
}

export interface RescheduleService {
  request(actor: Actor, input: { sessionId: string; choice: TimeChoice; reason: string }): Promise<Result<{ request: RequestView }>>;
  /** The therapist confirms an employee's request, or the employee accepts a therapist's proposal. */
  confirm(actor: Actor, input: { requestId: string }): Promise<Result<{ request: RequestView; session: SessionView }>>;
  /** Whoever the request awaits declines it, with an optional note. */
  decline(actor: Actor, input: { requestId: string; note?: string }): Promise<Result<{ request: RequestView }>>;
  /** The therapist answers a request with another time; the employee then accepts or declines. */
  propose(actor: Actor, input: { requestId: string; choice: TimeChoice; note: string }): Promise<Result<{ request: RequestView }>>;
  withdraw(actor: Actor, input: { requestId: string }): Promise<Result<{ request: RequestView }>>;
  /**
   * The therapist asks to move a session (one of their open slots or a custom time, and a reason); the client then
   * accepts (`confirm`) or declines. Outside the client's organisation's cutoff only; the new time is held meanwhile.
   */
  move(actor: Actor, input: { sessionId: string; choice: TimeChoice; reason: string }): Promise<Result<{ request: RequestView }>>;
  /** Whether the therapist may ask to move the session now, for the form: the session and the client's window. */
  moveForm(actor: Actor, input: { sessionId: string }): Promise<Result<{ session: SessionView; cutoffHours: number }>>;
  /** The therapist's upcoming sessions with one of their clients, to move one from that client's thread. */
  clientSessions(actor: Actor, input: { employeeId: string }): Promise<Result<{ employeeName: string; sessions: SessionView[] }>>;
  /** The request, and its organisation's reschedule window (the client's: every rule shown for a client is theirs). */
  get(actor: Actor, input: { requestId: string }): Promise<Result<{ request: RequestView; cutoffHours: number }>>;
  /** Expires pending requests whose session is now inside the window; returns how many. */
  expireDue(): Promise<number>;
}

/** A therapist offers a client times for their next session; the client books one or declines (docs/design.md §2, rule 11). */
export interface OfferService {
  /** One to three times (open slots or custom times in the therapist's zone), held `expiresInHours` (default 48). */
  offer(actor: Actor, input: { employeeId: string; times: TimeChoice[]; expiresInHours?: number }): Promise<Result<{ offer: OfferView }>>;
  /** The client books the offered time at `index` (0-based) under their allowance. */
  book(
    actor: Actor,
    input: { offerId: string; index: number },
  ): Promise<Result<{ session: SessionView; offer: OfferView; undelivered: Undelivered }>>;
  /** The client chooses none of the times. */
  decline(actor: Actor, input: { offerId: string }): Promise<Result<{ offer: OfferView }>>;
}

export interface AvailabilityService {
  add(actor: Actor, input: { date: string; time: string; durationMinutes: number; weeks: number }): Promise<Result<{ slots: SlotView[] }>>;
  list(actor: Actor): Promise<Result<{ slots: SlotView[] }>>;
  remove(actor: Actor, input: { slotId: string }): Promise<Result<{ slot: SlotView }>>;
}

export interface RelayService {
  /** An employee's direct message, relayed into their thread in the therapist's channel. */
  fromEmployee(actor: Actor, input: { text: string; deliveryKey: string }): Promise<Result<{ duplicate: boolean }>>;
  /** A reply in a therapist channel thread, relayed to the employee; `relayed: false` for non-relay threads. */
  fromThread(input: InboundThreadMessage): Promise<Result<{ duplicate: boolean; relayed: boolean }>>;
}

export interface UsageService {
  report(actor: Actor, input: { month?: string; department?: string }): Promise<Result<{ report: UsageReport }>>;
}

/** Therapist tools (docs/design.md §9), each for the therapist acting on their own sessions and settings. */
export interface MeetingLinkService {
  /** Sets (or, with null, removes) the therapist's own https meeting link. */
  setOwn(actor: Actor, link: string | null): Promise<Result<{ meetingLink: string | null }>>;
}

export interface AttendanceService {
  /** Attended or no-show, once, after a session of theirs ended; a second mark is refused (`already_marked`). */
  mark(actor: Actor, input: unknown): Promise<Result<{ attendance: 'attended' | 'no_show' }>>;
  /** Their sessions of the last week that ended without a mark, newest first. */
  awaiting(actor: Actor): Promise<Result<{ sessions: SessionView[] }>>;
}

export interface ReplyHoursService {
  /** Their usual reply time and hours (days 1 = Monday .. 7, HH:mm in their zone), shown by the care note. */
  setOwn(
    actor: Actor,
    input: unknown,
  ): Promise<Result<{ usualReply: string | null; hours: { days: number[]; from: string; to: string } | null }>>;
}

export interface BookingNoticeService {
  /** How many hours ahead clients must book with them, 1 to 72 ("12", "12h"). */
  setOwn(actor: Actor, hours: string): Promise<Result<{ hours: number }>>;
}

export interface AwayService {
  /** Adds a period away ("2027-01-04 2027-01-15"), removes all ("clear") or lists them (""): with what is booked then. */
  setOwn(actor: Actor, argument: string): Promise<Result<{ periods: { from: string; to: string }[]; booked: SessionView[] }>>;
}

export interface DeliveryService {
  /** A once-only marker (a card submission, a care note): true the first time a key is seen. */
  firstTime(key: string): Promise<boolean>;
  /**
   * Takes a platform delivery (an event, a relayed message) to process: true when it is new, or when the call
   * that took it died before it was done (a redelivery then takes it over). Mark it `done` once processed.
   */
  take(key: string): Promise<DeliveryTake>;
  /** Marks a taken delivery processed, with the answer a redelivery must get again (if any). */
  done(key: string, outcome?: unknown): Promise<void>;
  /** The recorded answer of a processed delivery; undefined while it is not done. */
  outcomeOf(key: string): Promise<{ outcome: unknown } | undefined>;
  /** Forgets a key when processing failed, so the platform's retry is processed again. */
  forget(key: string): Promise<void>;
}

export interface Services {
  directory: DirectoryService;
  sessions: SessionService;
  reschedule: RescheduleService;
  availability: AvailabilityService;
  relay: RelayService;
  usage: UsageService;
  deliveries: DeliveryService;
  meetingLinks: MeetingLinkService;
  attendance: AttendanceService;
  replyHours: ReplyHoursService;
  bookingNotice: BookingNoticeService;
  away: AwayService;
  offers: OfferService;
  /** Extra sessions: the therapist's recommendation (issue 19, §4). */
  recommendations: RecommendationService;
  /** An employee's private request to change therapist (issue 19, §6). */
  therapistChange: TherapistChangeService;
}

export type { Role };
