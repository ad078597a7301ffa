// Builds every use case over one context. Platforms receive `Services`; the sweep runs on a timer in main.
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import type { Services } from './api.js';
import type { AfterAnswerQueue } from './after-answer.js';
import { createAdminService, type AdminService } from './admin.js';
import { createAvailabilityService } from './availability.js';
import { DEFAULT_CLAIM_GRACE_MS, DEFAULT_NOTICE_WAIT_MS, type ServiceContext } from './context.js';
import { createDeliveryService } from './deliveries.js';
import { createDirectoryService } from './directory.js';
import type { Notifier } from './notifier.js';
import { createOfferService } from './offers/index.js';
import { createRelayService } from './relay.js';
import { createRescheduleService } from './reschedule/index.js';
import { createSessionService } from './sessions/index.js';
import { settled } from './owed.js';
import { sweep, type SweepReport } from './sweep.js';
import { setMeetingLinkOf, setOwnMeetingLink, type MeetingLinkResult } from './therapist-tools/meeting-link.js';
import { markAttendance } from './therapist-tools/attendance.js';
import { sessionsAwaitingAttendance } from './therapist-tools/awaiting-attendance.js';
import { setOwnReplyHours, setReplyHoursOf, type ReplyHoursResult } from './therapist-tools/reply-hours.js';
import { setBookingNoticeOf, setOwnBookingNotice, type BookingNoticeResult } from './therapist-tools/booking-notice.js';
import { setAwayOf, setOwnAway } from './therapist-tools/away.js';
import type { PlatformIdentity } from '../domain/types.js';
import { createUsageService } from './usage.js';
import { createRecommendationService, type RecommendationOperations } from './recommendations/index.js';
import { createTherapistChangeService, type TherapistChangeOperations } from './therapist-change/index.js';
import { createTenancyService, type TenancyService } from './tenancy.js';

export interface CoreServices extends Services {
  admin: AdminService;
  tenancy: TenancyService;
  sweep(): Promise<SweepReport>;
  /** Resolves when every notice delivery a use case left running has finished (shutdown, tests). */
  idle(): Promise<void>;
  context: ServiceContext;
  /** The operator's (CLI) setting of a therapist's tools; the therapist's own are on `Services`. */
  meetingLinks: Services['meetingLinks'] & { setFor(therapist: PlatformIdentity, link: string | null): Promise<MeetingLinkResult> };
  replyHours: Services['replyHours'] & { setFor(therapist: PlatformIdentity, input: unknown): Promise<ReplyHoursResult> };
  bookingNotice: Services['bookingNotice'] & { setFor(therapist: PlatformIdentity, hours: string): Promise<BookingNoticeResult> };
  away: Services['away'] & { setFor(therapist: PlatformIdentity, argument: string): ReturnType<typeof setAwayOf> };
  /** The provider's operators' side of extra sessions (CLI): list, approve, decline. */
  recommendations: Services['recommendations'] & RecommendationOperations;
  /** The provider's operators' side of changing therapist (CLI): list requests, reassign. */
  therapistChange: Services['therapistChange'] & TherapistChangeOperations;
}

export function createServices(deps: {
  store: Store;
  notifier: Notifier;
  log: Logger;
  clock?: () => Date;
  claimGraceMs?: number;
  noticeWaitMs?: number;
  afterAnswer?: AfterAnswerQueue;
}): CoreServices {
  const ctx: ServiceContext = {
    store: deps.store,
    notifier: deps.notifier,
    log: deps.log,
    clock: deps.clock ?? (() => new Date()),
    claimGraceMs: deps.claimGraceMs ?? DEFAULT_CLAIM_GRACE_MS,
    noticeWaitMs: deps.noticeWaitMs ?? DEFAULT_NOTICE_WAIT_MS,
    settling: new Set(),
    afterAnswer: deps.afterAnswer,
  };
  const reschedule = createRescheduleService(ctx);
  return {
    context: ctx,
    directory: createDirectoryService(ctx),
    sessions: createSessionService(ctx),
    reschedule,
    availability: createAvailabilityService(ctx),
    relay: createRelayService(ctx),
    usage: createUsageService(ctx),
    admin: createAdminService(ctx),
    tenancy: createTenancyService(ctx),
    deliveries: createDeliveryService(ctx),
    sweep: () => sweep(ctx, reschedule),
    idle: () => settled(ctx),
    meetingLinks: {
      setOwn: (actor, link) => setOwnMeetingLink(ctx, actor, link),
      setFor: (therapist, link) => setMeetingLinkOf(ctx, therapist, link),
    },
    attendance: {
      mark: (actor, input) => markAttendance(ctx, actor, input),
      awaiting: (actor) => sessionsAwaitingAttendance(ctx, actor),
    },
    replyHours: {
      setOwn: (actor, input) => setOwnReplyHours(ctx, actor, input),
      setFor: (therapist, input) => setReplyHoursOf(ctx, therapist, input),
    },
    bookingNotice: {
      setOwn: (actor, hours) => setOwnBookingNotice(ctx, actor, hours),
      setFor: (therapist, hours) => setBookingNoticeOf(ctx, therapist, hours),
    },
    recommendations: createRecommendationService(ctx),
    therapistChange: createTherapistChangeService(ctx),
    away: {
      setOwn: (actor, argument) => setOwnAway(ctx, actor, argument),
      setFor: (therapist, argument) => setAwayOf(ctx, therapist, argument),
    },
    offers: createOfferService(ctx),
  };
}

export type { Services } from './api.js';
