// Mongoose schemas and their indexes. Every unique index is on fields that every document has (FerretDB
// ignores `sparse`), and no schema relies on TTL, partial indexes or transactions (docs/design.md §6).
import { Schema, type Connection, type Types } from 'mongoose';
import type { ChannelAddress, Platform, RequestStatus, Role, SessionStatus } from '../domain/types.js';
import { dayKey } from '../domain/time.js';
import { bindTenancyModels } from './tenancy-models.js';
import { bindRecommendationModels } from './recommendation-models.js';
import { bindTherapistChangeModels } from './therapist-change-models.js';
import type { ExtraSessionsGrant } from '../domain/extra-sessions.js';
import type { PersonMessage, SessionSince } from '../notices/notice.js';

export interface OrganisationDoc {
  _id: string;
  name: string;
  zone: string;
  defaultAllowance: number;
  rescheduleCutoffHours: number;
  minReportGroupSize: number;
  /** Hours before the reschedule cutoff that the "can no longer be moved after…" reminder goes out (unset: default). */
  reminderLeadHours?: number | null;
  /** Minutes before a session that the "starting soon" reminder goes out (unset: default). */
  reminderMinutesBefore?: number | null;
  /** Where employees turn between sessions, e.g. "the Acme support line, 0800 123 456" (shown by the relay). */
  supportLine?: string | null;
  /** The wellbeing provider itself: its therapists may have clients of every employer organisation (docs/design.md §8). */
  provider?: boolean;
  /** Days free text (reasons, notes) is kept before the sweep purges it (unset: DEFAULT_RETENTION_DAYS). */
  retentionDays?: number | null;
  /** The neutral title of calendar invitations (unset: "Private appointment"); details stay in the description. */
  calendarTitle?: string | null;
  /** The language of its people whose platform reports none the service speaks (`set-language --org`; unset: en-GB). */
  language?: string | null;
  createdAt: Date;
}

/** How long free text is kept when an organisation sets nothing (docs/design.md §10). */
export const DEFAULT_RETENTION_DAYS = 365;

export interface PersonDoc {
  _id: Types.ObjectId;
  orgId: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  zone: string;
  department: string;
  therapistId: Types.ObjectId | null;
  allowanceOverride: number | null;
  /** Therapists only: minutes kept free after each session (busy-time ticks cover it). */
  bufferMinutes: number;
  /** Therapists only: where sessions take place (a video meeting link), shown with every session. */
  meetingLink?: string | null;
  /** Therapists only: when they usually reply ("within one working day") and their usual hours, in their zone. */
  usualReply?: string | null;
  replyHours?: { days: number[]; from: string; to: string } | null;
  /** Therapists only: how many hours ahead a client must book, request or accept a time (unset: 24). */
  bookingNoticeHours?: number | null;
  /** Therapists only: days away (in their zone, both ends included): no open times offered or booked then. */
  awayPeriods?: { from: string; to: string }[];
  /** Employees only: extra sessions approved for one month each (issue 19, §4), counted by `allowanceInMonth`. */
  extraSessions?: ExtraSessionsGrant[];
  /** The language an operator set for this person (`set-language --person`): before any other (docs/design.md §13). */
  language?: string | null;
  /** The locale their chat platform last reported (Teams `activity.locale`, Slack `users.info`), and when. */
  platformLocale?: string | null;
  platformLocaleAt?: Date | null;
  /** Their organisation's `language`, copied onto its people when set or when they are added, so no read needs it. */
  orgLanguage?: string | null;
  identityKey: string;
  identity: { platform: Platform; workspaceId: string; userId: string };
  /** A leaver: no longer admitted (their identity key is retired), history kept until retention. */
  offboardedAt?: Date | null;
  /** Erased: a tombstone with no identity, name or e-mail, kept so counts and allowance history add up. */
  erasedAt?: Date | null;
  createdAt: Date;
}

export interface ChannelLinkDoc {
  _id: Types.ObjectId; // the therapist's person id: one linked channel per therapist
  orgId: string;
  channelKey: string;
  channel: { platform: Platform; workspaceId: string; channelId: string };
  linkedBy: Types.ObjectId | null;
  linkedAt: Date;
  /** Since when the bot cannot post in the channel (not a member, or it is gone); null once a post succeeds or on relinking. */
  unreachableSince?: Date | null;
}

export interface SlotDoc {
  _id: Types.ObjectId;
  therapistId: Types.ObjectId;
  start: Date;
  end: Date;
  source: 'availability' | 'custom';
  createdAt: Date;
}

export interface SessionDoc {
  _id: Types.ObjectId;
  orgId: string;
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  start: Date;
  end: Date;
  month: string;
  /** The UTC day of `start` (`yyyy-MM-dd`): the sweep finds sessions due a reminder by it (set on validation). */
  day?: string;
  status: SessionStatus;
  version: number;
  /** Minutes after `end` that stay busy (the therapist's buffer when the session was made). */
  bufferMinutes: number;
  unitKey: string;
  replaces: Types.ObjectId | null;
  replacedBy: Types.ObjectId | null;
  cancelReason: string | null;
  /** The first session of its reschedule chain (itself for a booking): one calendar event UID per chain. */
  chainId?: Types.ObjectId | null;
  /** How many reschedules led to this session: the calendar SEQUENCE grows with each (src/calendar). */
  chainSequence?: number;
  /** Marked by the therapist after the session, once (claim `attendance:<session>`). */
  attendance?: 'attended' | 'no_show' | null;
  createdAt: Date;
  /** On a cold copy only, while it holds free text (store/free-text.ts): the retention purge finds it by this. */
  holdsText?: true;
}

export interface RescheduleRequestDoc {
  _id: Types.ObjectId;
  orgId: string;
  sessionId: Types.ObjectId;
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  requestedBy: 'employee' | 'therapist';
  awaiting: 'therapist' | 'employee';
  custom: boolean;
  start: Date;
  end: Date;
  reason: string;
  status: RequestStatus;
  newSessionId: Types.ObjectId;
  previousRequestId: Types.ObjectId | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  threadMessageId: string | null;
  /** Where that message was posted: a therapist moved to a new channel still has it updated in the old one. */
  threadMessageAt: { channel: { platform: Platform; workspaceId: string; channelId: string }; threadId: string } | null;
  /**
   * The employee's direct message about this request (the request sent with Withdraw, or a proposal with Accept /
   * Decline), updated in place once it is decided. Absent on requests stored before it was kept.
   */
  personMessage?: PersonMessage | null;
  createdAt: Date;
  /** The UTC day of `createdAt`: the retention purge reaches the requests of one day by it (set on validation). */
  day?: string;
  /** On a cold copy only, while it holds free text (store/free-text.ts): the retention purge finds it by this. */
  holdsText?: true;
}

export type OfferStatus = 'open' | 'booked' | 'declined' | 'replaced' | 'expired' | 'withdrawn';

/** One time of an offer; `sessionId` is the session it becomes when booked (its busy ticks name it from the start). */
export interface OfferedTime {
  sessionId: Types.ObjectId;
  start: Date;
  end: Date;
}

/**
 * A therapist's offer of one to three times for a client's next session (docs/design.md §2, rule 11). The times are
 * held for the client while it is open; it is decided once (booked, declined, replaced or expired).
 */
export interface OfferDoc {
  _id: Types.ObjectId;
  orgId: string;
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  times: OfferedTime[];
  bufferMinutes: number;
  expiresAt: Date;
  status: OfferStatus;
  bookedSessionId: Types.ObjectId | null;
  decidedAt: Date | null;
  /** The therapist's thread post of the offer and the client's direct message, updated in place once decided. */
  threadMessageId: string | null;
  threadMessageAt: { channel: { platform: Platform; workspaceId: string; channelId: string }; threadId: string } | null;
  personMessage?: PersonMessage | null;
  createdAt: Date;
}

export interface RelayThreadDoc {
  _id: string; // `${employeeId}:${therapistId}`
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  channelKey: string;
  threadId: string | null;
  threadKey: string; // `${channelKey}#${threadId}`, or `opening:${_id}` while the thread is being created
  /** Where the thread is, so a post needs no read of the therapist's link while the thread is current. */
  channel?: ChannelAddress | null;
  /** Set when the therapist's link moved (or their channel was given to another): the link decides again. */
  stale?: boolean;
  /** The care note that opens a conversation was sent (or claimed): later messages skip its claim. */
  careNoted?: boolean;
  createdAt: Date;
}

export interface ClaimDoc {
  _id: string;
  kind: ClaimKind;
  /** The attempt (one call) that inserted it: a call that loses a race releases only its own claims. */
  owner: string;
  createdAt: Date;
  /** Units: whose allowance. Pending markers: the session's employee and therapist, so an overview finds them. */
  employeeId?: string;
  therapistId?: string;
  month?: string;
  sessionId?: string;
  requestId?: string;
  /** Held for a therapist's offer of times (its busy ticks, the pair's one-open-offer marker, its decision). */
  offerId?: string;
  /** Busy ticks: the UTC day of the tick; reminders: of the session. The sweep finds passed time by it. */
  day?: string;
  /** The UTC hour it was made (`yyyy-MM-ddTHH`): the sweep judges each hour's claims once, after their grace. */
  made?: string;
  data?: Record<string, unknown>;
}

/** `extra_allowance`: the one decision on an extra-sessions recommendation, kept like the grant it backs. */
export type ClaimKind = 'busy' | 'unit' | 'pending' | 'decision' | 'version' | 'lease' | 'offer' | 'extra_allowance' | MarkerKind;

/**
 * Once-only markers (a reminder sent, the opening care note, an attendance mark): a unique `_id` like a claim's, but
 * kept in their own collection (`markers`), so `claims` holds only what is live (docs/design.md §6).
 */
export type MarkerKind = 'reminder' | 'care' | 'attendance';

export interface MarkerDoc {
  _id: string;
  kind: MarkerKind;
  owner: string;
  createdAt: Date;
  employeeId?: string;
  sessionId?: string;
  /** Reminders and attendance marks: the UTC day of their session; removed a day at a time (reminders after 30
   *  days, attendance marks once their sessions' day moved to the cold collections). */
  day?: string;
  data?: Record<string, unknown>;
}

/** How far the sweep has walked one kind of history (a day `yyyy-MM-dd`, an hour or a month key). */
export interface SweepMarkDoc {
  _id: string;
  through: string;
  updatedAt: Date;
}

/** A processed platform delivery (Slack event, Teams activity, relayed message), kept 7 days. */
export interface DeliveryDoc {
  _id: string;
  createdAt: Date;
  /** The UTC day of `createdAt`: the sweep removes a whole day of keys by it (set on validation). */
  day?: string;
  /** A taken delivery (`take`) is `false` until processed; a plain once-only marker has no such field. */
  done?: boolean;
  /** What processing it answered, when a redelivery must get the same answer (a Slack view submitted again). */
  outcome?: unknown;
}

export interface AuditEventDoc {
  _id: string; // deterministic, so a replayed step appends nothing twice
  orgId: string;
  actorId: string;
  action: string;
  subjectId: string;
  reason: string | null;
  details: Record<string, unknown>;
  at: Date;
  /** The UTC day of `at`: the retention purge reaches the events of one day by it (set on validation). */
  day?: string;
  /** On a cold copy only, while it holds free text (store/free-text.ts): the retention purge finds it by this. */
  holdsText?: true;
}

/**
 * What a change owes, recorded before the change is written: its audit event and each notice. The caller
 * settles it right after the change; a crash leaves it for the sweep, which settles it once the change is
 * found done (or drops it when the change never happened).
 */
export interface OwedDoc {
  _id: string; // `${changeId}:audit` or `${changeId}:${n}`
  changeId: string;
  /** The change is done when this document has one of these statuses (or exists, for a booking). */
  doneWhen: {
    collection: 'sessions' | 'reschedule_requests' | 'offers' | 'recommendations' | 'therapist_changes';
    id: string;
    statuses: string[];
  };
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  audit: AuditEventDoc | null;
  notice: OwedNotice | null;
  createdAt: Date;
}

export interface OwedNotice {
  to: 'employee' | 'therapist';
  /** Stored as plain data; never free text the product does not keep anyway (reasons and notes are kept). */
  notice: Record<string, unknown>;
  /** Therapist posts: remember the message id on this request, so it can be updated in place later. */
  rememberMessageOn: string | null;
  /** Update the request message of this request in place instead of posting. */
  updateMessageOf: string | null;
  /** That message and where it was posted, when known as the change was recorded. */
  message: { id: string; at: { channel: { platform: Platform; workspaceId: string; channelId: string }; threadId: string } } | null;
  /** Employee notices with `updateMessageOf`: their direct message, when known as the change was recorded. */
  personMessage?: PersonMessage | null;
  /** Bring the remembered messages about this session up to date (cancelled or moved) instead of sending. */
  sessionMessagesOf?: { sessionId: string; since: SessionSince } | null;
}

/**
 * A direct message to an employee that offers an action on a session (Pick another time, Cancel session): where it
 * went and what it shows, so it is brought up to date when the session is cancelled or moved (issue 18). Only
 * messages whose actions are still live are kept: each is forgotten once updated, and the sweep's retention purge
 * removes those of a day's sessions with that day's history.
 */
export interface SessionMessageDoc {
  _id: string; // `${sessionId}:${platform message key}`: remembering the same message twice keeps one
  sessionId: string;
  employeeId: Types.ObjectId;
  orgId: string;
  /** The UTC day of the session's start: removed with that day's history. */
  day: string;
  message: PersonMessage;
  /** The notice the message shows, as plain data (no free text the request does not keep anyway). */
  notice: Record<string, unknown>;
  createdAt: Date;
}

export interface AddressDoc {
  _id: string;
  platform: Platform;
  reference: Record<string, unknown>;
  updatedAt: Date;
}

const { ObjectId, Mixed } = Schema.Types;
const identitySchema = new Schema(
  { platform: { type: String, required: true }, workspaceId: { type: String, required: true }, userId: { type: String, required: true } },
  { _id: false },
);

const organisationSchema = new Schema<OrganisationDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    zone: { type: String, required: true },
    defaultAllowance: { type: Number, required: true },
    rescheduleCutoffHours: { type: Number, required: true, default: 24 },
    minReportGroupSize: { type: Number, required: true, default: 5 },
    reminderLeadHours: { type: Number, default: null },
    reminderMinutesBefore: { type: Number, default: null },
    supportLine: { type: String, default: null },
    provider: { type: Boolean, default: false },
    retentionDays: { type: Number, default: null },
    calendarTitle: { type: String, default: null },
    language: { type: String, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);

const personSchema = new Schema<PersonDoc>(
  {
    orgId: { type: String, required: true, index: true },
    displayName: { type: String, required: true },
    email: { type: String, default: null },
    roles: { type: [String], required: true },
    zone: { type: String, required: true },
    department: { type: String, required: true, default: 'Unassigned' },
    therapistId: { type: ObjectId, default: null },
    allowanceOverride: { type: Number, default: null },
    bufferMinutes: { type: Number, required: true, default: 0 },
    meetingLink: { type: String, default: null },
    usualReply: { type: String, default: null },
    replyHours: { type: Mixed, default: null },
    bookingNoticeHours: { type: Number, default: null },
    awayPeriods: { type: [{ _id: false, from: String, to: String }], default: undefined },
    extraSessions: { type: [{ _id: false, recommendationId: String, month: String, sessions: Number }], default: undefined },
    language: { type: String, default: null },
    platformLocale: { type: String, default: null },
    platformLocaleAt: { type: Date, default: null },
    orgLanguage: { type: String, default: null },
    identityKey: { type: String, required: true, unique: true },
    identity: { type: identitySchema, required: true },
    offboardedAt: { type: Date, default: null },
    erasedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);

// A therapist's clients, for the list they recommend extra sessions from (and erasure's "now without a therapist").
personSchema.index({ therapistId: 1 });

const channelLinkSchema = new Schema<ChannelLinkDoc>(
  {
    orgId: { type: String, required: true },
    channelKey: { type: String, required: true, unique: true },
    channel: { type: new Schema({ platform: String, workspaceId: String, channelId: String }, { _id: false }), required: true },
    linkedBy: { type: ObjectId, default: null },
    linkedAt: { type: Date, required: true },
    unreachableSince: { type: Date, default: null },
  },
  { versionKey: false },
);

const slotSchema = new Schema<SlotDoc>(
  {
    therapistId: { type: ObjectId, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    source: { type: String, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);
slotSchema.index({ therapistId: 1, start: 1 }, { unique: true });

const sessionSchema = new Schema<SessionDoc>(
  {
    orgId: { type: String, required: true },
    employeeId: { type: ObjectId, required: true },
    therapistId: { type: ObjectId, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    month: { type: String, required: true },
    day: { type: String },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    bufferMinutes: { type: Number, required: true, default: 0 },
    unitKey: { type: String, required: true, index: true },
    replaces: { type: ObjectId, default: null },
    replacedBy: { type: ObjectId, default: null },
    cancelReason: { type: String, default: null },
    chainId: { type: ObjectId, default: null },
    chainSequence: { type: Number, default: 0 },
    attendance: { type: String, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
    holdsText: { type: Boolean },
  },
  { versionKey: false },
);
// Every read starts from an equality (FerretDB v1 answers nothing else from the database; MongoDB any prefix):
// a person's sessions (overview, booking, liveness by the person), an organisation's month (usage report), a unit's
// session (liveness), and the sessions of one day (the reminder pass and the retention purge: never history).
sessionSchema.index({ employeeId: 1, status: 1, end: 1 });
sessionSchema.index({ therapistId: 1, status: 1, end: 1 });
sessionSchema.index({ orgId: 1, month: 1 });
sessionSchema.index({ day: 1, status: 1 });
sessionSchema.index({ orgId: 1, day: 1 }); // the retention purge: one day of an organisation
stampDay(sessionSchema, 'start');

const requestSchema = new Schema<RescheduleRequestDoc>(
  {
    orgId: { type: String, required: true },
    sessionId: { type: ObjectId, required: true, index: true },
    employeeId: { type: ObjectId, required: true },
    therapistId: { type: ObjectId, required: true },
    requestedBy: { type: String, required: true },
    awaiting: { type: String, required: true },
    custom: { type: Boolean, required: true },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    reason: { type: String, required: true },
    status: { type: String, required: true, index: true },
    newSessionId: { type: ObjectId, required: true },
    previousRequestId: { type: ObjectId, default: null },
    decisionNote: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    threadMessageId: { type: String, default: null },
    threadMessageAt: { type: Mixed, default: null },
    personMessage: { type: Mixed, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
    day: { type: String },
    holdsText: { type: Boolean },
  },
  { versionKey: false },
);
// Pending requests are few (the expiry pass reads them by status); decided ones are history, reached by session
// or one day of an organisation at a time (the retention purge).
requestSchema.index({ orgId: 1, day: 1 });
requestSchema.index({ day: 1 }); // the archive walk: one UTC day of requests at a time
stampDay(requestSchema, 'createdAt');

const relayThreadSchema = new Schema<RelayThreadDoc>(
  {
    _id: { type: String, required: true },
    employeeId: { type: ObjectId, required: true },
    therapistId: { type: ObjectId, required: true },
    channelKey: { type: String, required: true },
    threadId: { type: String, default: null },
    threadKey: { type: String, required: true, unique: true },
    channel: { type: Mixed, default: null },
    stale: { type: Boolean, default: false },
    careNoted: { type: Boolean, default: false },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);
relayThreadSchema.index({ employeeId: 1, therapistId: 1 }); // an employee's threads before a re-link

const claimSchema = new Schema<ClaimDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    owner: { type: String, required: true },
    createdAt: { type: Date, required: true },
    employeeId: { type: String },
    therapistId: { type: String },
    month: { type: String },
    sessionId: { type: String },
    requestId: { type: String },
    offerId: { type: String },
    day: { type: String },
    made: { type: String },
    data: { type: Mixed },
  },
  { versionKey: false },
);
// Claims are read by key, by their person (an overview's units and markers; a therapist's busy time for the slot
// lists), and by the sweep per kind (the short-lived ones) or per kind and day or month (time that has passed).
claimSchema.index({ employeeId: 1, kind: 1, month: 1 });
claimSchema.index({ therapistId: 1, kind: 1, day: 1 });
claimSchema.index({ kind: 1, day: 1 });
claimSchema.index({ kind: 1, month: 1 });
claimSchema.index({ sessionId: 1 });
claimSchema.index({ made: 1 });
claimSchema.index({ owner: 1 }); // a call releases only what its own attempt inserted

const offerSchema = new Schema<OfferDoc>(
  {
    _id: { type: ObjectId, required: true },
    orgId: { type: String, required: true },
    employeeId: { type: ObjectId, required: true },
    therapistId: { type: ObjectId, required: true },
    times: { type: [{ _id: false, sessionId: ObjectId, start: Date, end: Date }], required: true },
    bufferMinutes: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
    status: { type: String, required: true },
    bookedSessionId: { type: ObjectId, default: null },
    decidedAt: { type: Date, default: null },
    threadMessageId: { type: String, default: null },
    threadMessageAt: { type: Mixed, default: null },
    personMessage: { type: Mixed, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
// Offers are read by id (a button's value, a claim's liveness), by their people (export and erasure) and, while
// open, by the sweep's expiry: `status: 'open'` is short-lived (an offer is open for at most a week).
offerSchema.index({ employeeId: 1 });
offerSchema.index({ therapistId: 1 });
offerSchema.index({ status: 1, expiresAt: 1 });

const auditSchema = new Schema<AuditEventDoc>(
  {
    _id: { type: String, required: true },
    orgId: { type: String, required: true },
    actorId: { type: String, required: true },
    action: { type: String, required: true },
    subjectId: { type: String, required: true, index: true },
    reason: { type: String, default: null },
    details: { type: Mixed, default: {} },
    at: { type: Date, required: true },
    day: { type: String },
    holdsText: { type: Boolean },
  },
  { versionKey: false, minimize: false },
);
// Settled history, out of every request's path: read by subject (a person's export) or one day of an organisation
// at a time (the retention purge).
auditSchema.index({ orgId: 1, day: 1 });
auditSchema.index({ day: 1 }); // the archive walk: one UTC day of events at a time
stampDay(auditSchema, 'at');

// Once-only markers: found by key, by their session's day (reminders) or by person (a person's export).
const markerSchema = new Schema<MarkerDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    owner: { type: String, required: true },
    createdAt: { type: Date, required: true },
    employeeId: { type: String },
    sessionId: { type: String, index: true },
    day: { type: String },
    data: { type: Mixed },
  },
  { versionKey: false },
);
markerSchema.index({ kind: 1, day: 1 });
markerSchema.index({ employeeId: 1 });

const owedSchema = new Schema<OwedDoc>(
  {
    _id: { type: String, required: true },
    changeId: { type: String, required: true, index: true },
    doneWhen: { type: Mixed, required: true },
    employeeId: { type: ObjectId, required: true },
    therapistId: { type: ObjectId, required: true },
    audit: { type: Mixed, default: null },
    notice: { type: Mixed, default: null },
    createdAt: { type: Date, required: true, index: true },
  },
  { versionKey: false, minimize: false },
);

// Kept apart from claims: deliveries are many and short-lived, claims few and read by field.
const deliverySchema = new Schema<DeliveryDoc>(
  {
    _id: { type: String, required: true },
    createdAt: { type: Date, required: true },
    day: { type: String, index: true },
    done: { type: Boolean },
    outcome: { type: Mixed },
  },
  { versionKey: false },
);

const addressSchema = new Schema<AddressDoc>(
  {
    _id: { type: String, required: true },
    platform: { type: String, required: true },
    reference: { type: Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

stampDay(deliverySchema, 'createdAt');

// Read by session (when it changes), by employee (export, erasure) and by day (retention).
const sessionMessageSchema = new Schema<SessionMessageDoc>(
  {
    _id: { type: String, required: true },
    sessionId: { type: String, required: true },
    employeeId: { type: ObjectId, required: true },
    orgId: { type: String, required: true },
    day: { type: String, required: true },
    message: { type: Mixed, required: true },
    notice: { type: Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
sessionMessageSchema.index({ sessionId: 1 });
sessionMessageSchema.index({ employeeId: 1 });
sessionMessageSchema.index({ day: 1 }); // the archive walk: messages about a day's sessions, once the day is cold

// Written only by the instance holding the sweep's lease, read once per pass.
const sweepMarkSchema = new Schema<SweepMarkDoc>(
  {
    _id: { type: String, required: true },
    through: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * Sets `day` (the UTC day of `field`) on every document written through the model: history is reached one day at a
 * time by equality, the one filter every database we run on answers before reading documents (docs/design.md §6).
 */
function stampDay<T extends { day?: string }>(schema: Schema<T>, field: keyof T & string): void {
  schema.pre('validate', function () {
    const at = this.get(field) as unknown;
    if (at instanceof Date && !this.get('day')) this.set('day', dayKey(at));
  });
}

export function bindModels(conn: Connection) {
  return {
    Organisation: conn.model<OrganisationDoc>('Organisation', organisationSchema, 'organisations'),
    Person: conn.model<PersonDoc>('Person', personSchema, 'people'),
    ChannelLink: conn.model<ChannelLinkDoc>('ChannelLink', channelLinkSchema, 'channel_links'),
    Slot: conn.model<SlotDoc>('Slot', slotSchema, 'slots'),
    Session: conn.model<SessionDoc>('Session', sessionSchema, 'sessions'),
    RescheduleRequest: conn.model<RescheduleRequestDoc>('RescheduleRequest', requestSchema, 'reschedule_requests'),
    RelayThread: conn.model<RelayThreadDoc>('RelayThread', relayThreadSchema, 'relay_threads'),
    Claim: conn.model<ClaimDoc>('Claim', claimSchema, 'claims'),
    AuditEvent: conn.model<AuditEventDoc>('AuditEvent', auditSchema, 'audit_events'),
    Owed: conn.model<OwedDoc>('Owed', owedSchema, 'owed'),
    Address: conn.model<AddressDoc>('Address', addressSchema, 'addresses'),
    Delivery: conn.model<DeliveryDoc>('Delivery', deliverySchema, 'deliveries'),
    SweepMark: conn.model<SweepMarkDoc>('SweepMark', sweepMarkSchema, 'sweep_marks'),
    Offer: conn.model<OfferDoc>('Offer', offerSchema, 'offers'),
    Marker: conn.model<MarkerDoc>('Marker', markerSchema, 'markers'),
    SessionMessage: conn.model<SessionMessageDoc>('SessionMessage', sessionMessageSchema, 'session_messages'),
    ...bindTenancyModels(conn),
    ...bindRecommendationModels(conn),
    ...bindTherapistChangeModels(conn),
  };
}

export type Models = ReturnType<typeof bindModels>;

/** The kinds of history that move to a cold collection per month once settled (docs/design.md §6, "Hot and cold"). */
export type ArchivedKind = 'sessions' | 'reschedule_requests' | 'audit_events';

/** The hot schemas, cloned for the cold side: never created by merely binding (a read of a month never archived
 *  must not create its collection); the archive creates a month's collection with its indexes before copying. */
const coldSchema = (schema: Schema): Schema => {
  const clone = schema.clone();
  clone.set('autoCreate', false);
  clone.set('autoIndex', false);
  return clone;
};
const archivedSchemas: Record<ArchivedKind, Schema> = {
  sessions: coldSchema(sessionSchema as unknown as Schema),
  reschedule_requests: coldSchema(requestSchema as unknown as Schema),
  audit_events: coldSchema(auditSchema as unknown as Schema),
};

/**
 * The model of one month's cold collection of a kind (`sessions_2025_01`): the hot collection's schema, so its
 * documents and indexes are the same. Bound once per connection and name.
 */
export function bindArchiveModel(conn: Connection, kind: ArchivedKind, month: string) {
  const name = `${kind}_${month.replace('-', '_')}`;
  return conn.models[name] ?? conn.model(name, archivedSchemas[kind], name);
}
