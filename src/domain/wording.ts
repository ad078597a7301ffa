// What each notice says, in words, for one reader in their zone and language. Slack and Teams lay these lines out
// differently (Block Kit / Adaptive Cards) but never word a rule differently. The sentences are in the catalogue
// (src/i18n/messages/wording/); this module chooses which ones each reader is told.
import type { NotConfirmedWhy, Notice, OfferView, RequestView, SessionView } from '../notices/notice.js';
import type { Reader } from '../i18n/locales.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { careNoteText } from './care.js';
import { joinLine, reminderText } from './reminder-wording.js';
import { monthOf } from './time.js';

export interface NoticeText {
  title: string;
  lines: string[];
  /** Free text written by a person (relayed message, reason, note): shown verbatim, never logged. */
  quote?: string;
}

type Span = { start: Date; end: Date };

export function requestStatusWord(status: RequestView['status'], reader: Reader): string {
  return wordsFor(reader).t('wording.status', { status });
}

export function sessionLine(session: Pick<SessionView, 'start' | 'end'>, reader: Reader): string {
  return wordsFor(reader).span(session);
}

/** The lines that name a time: "Current: …", "Was: …". */
const line = {
  current: (w: Words, s: Span) => w.t('wording.line.current', { when: w.span(s) }),
  proposed: (w: Words, s: Span) => w.t('wording.line.proposed', { when: w.span(s) }),
  newTime: (w: Words, s: Span) => w.t('wording.line.newTime', { when: w.span(s) }),
  was: (w: Words, s: Span) => w.t('wording.line.was', { when: w.span(s) }),
  requested: (w: Words, s: Span) => w.t('wording.line.requested', { when: w.span(s) }),
  youAskedFor: (w: Words, s: Span) => w.t('wording.line.youAskedFor', { when: w.span(s) }),
  stays: (w: Words, s: Span) => w.t('wording.line.sessionStays', { when: w.span(s) }),
  yourStays: (w: Words, s: Span) => w.t('wording.line.yourSessionStays', { when: w.span(s) }),
  nowAt: (w: Words, s: Span) => w.t('wording.line.sessionNowAt', { when: w.span(s) }),
  yourNowAt: (w: Words, s: Span) => w.t('wording.line.yourSessionNowAt', { when: w.span(s) }),
  yourInsideWindow: (w: Words, s: Span) => w.t('wording.line.yourSessionInsideWindow', { when: w.span(s) }),
  pair: (w: Words, s: Pick<SessionView, 'employeeName' | 'therapistName'>) =>
    w.t('wording.line.pair', { employee: s.employeeName, therapist: s.therapistName }),
};

export function noticeText(notice: Notice, reader: Reader): NoticeText {
  const w = wordsFor(reader);
  switch (notice.kind) {
    case 'relay':
      return { title: w.t('wording.relay.title', { sender: notice.senderName }), lines: [], quote: notice.text };
    case 'thread_opened':
      return {
        title: w.t('wording.threadOpened.title', { employee: notice.employeeName }),
        lines: [w.t('wording.threadOpened.line')],
      };
    case 'reschedule_requested': {
      const r = notice.request;
      return {
        title: w.t('wording.requested.title', { employee: r.employeeName }),
        lines: [
          line.current(w, r.current),
          r.custom ? w.t('wording.requested.proposedCustom', { when: w.span(r.proposed) }) : line.proposed(w, r.proposed),
          w.t('wording.requested.stands'),
        ],
        quote: r.reason,
      };
    }
    case 'reschedule_awaiting':
      return {
        title: w.t('wording.awaiting.title'),
        lines: [
          w.t('wording.awaiting.asked', { current: w.span(notice.request.current), proposed: w.span(notice.request.proposed) }),
          w.t('wording.awaiting.needsConfirm', { therapist: notice.request.therapistName }),
        ],
      };
    case 'reschedule_proposed':
      if (notice.request.move) return moveAskedText(notice.request, w, notice.acceptingLocksWithin);
      return {
        title: w.t('wording.proposed.title', { therapist: notice.request.therapistName }),
        lines: [
          line.current(w, notice.request.current),
          line.proposed(w, notice.request.proposed),
          w.t('wording.line.acceptOrDecline'),
          ...lockLine(w, notice.acceptingLocksWithin, 'proposed'),
        ],
        quote: notice.request.reason,
      };
    case 'proposal_sent':
      if (notice.request.move) {
        return {
          title: w.t('wording.proposalSent.moveTitle', { employee: notice.request.employeeName }),
          lines: [line.current(w, notice.request.current), line.newTime(w, notice.request.proposed), w.t('wording.proposalSent.moveHeld')],
          quote: notice.request.reason,
        };
      }
      return {
        title: w.t('wording.proposalSent.title', { employee: notice.request.employeeName }),
        lines: [line.current(w, notice.request.current), line.proposed(w, notice.request.proposed), w.t('wording.line.heldUntilAnswer')],
        quote: notice.request.reason,
      };
    case 'request_decided': {
      const who = notice.reader ?? (notice.request.requestedBy === 'therapist' ? 'employee' : 'therapist');
      const text = decidedText(notice.request, w, who);
      return {
        ...text,
        lines: [...text.lines, ...sinceLines(notice.request, w, who)],
        quote: notice.request.decisionNote ?? undefined,
      };
    }
    case 'reschedule_not_confirmed':
      return notConfirmedText(notice.request, notice.why, w);
    case 'session_rescheduled':
      return {
        title: w.t('wording.rescheduled.title'),
        lines: [
          line.pair(w, notice.session),
          line.newTime(w, notice.session),
          line.was(w, notice.previous),
          ...joinLine(notice.session, w),
        ],
      };
    case 'reschedule_declined':
      if (notice.request.move) {
        return {
          title: w.t('wording.declined.moveTitle', { employee: notice.request.employeeName }),
          lines: [line.stays(w, notice.request.current), line.youAskedFor(w, notice.request.proposed)],
          quote: notice.request.decisionNote ?? undefined,
        };
      }
      return {
        title: w.t('wording.declined.title'),
        lines: [
          line.stays(w, notice.request.current),
          w.t('wording.line.requestedTime', { when: w.span(notice.request.proposed) }),
          ...sinceLines(notice.request, w, notice.request.requestedBy === 'employee' ? 'employee' : 'therapist'),
        ],
        quote: notice.request.decisionNote ?? undefined,
      };
    case 'request_withdrawn':
      return { title: w.t('wording.withdrawn.title'), lines: [line.stays(w, notice.request.current)] };
    case 'request_expired':
      return {
        title: w.t('wording.expired.title'),
        lines: [
          w.t('wording.expired.within', { when: w.span(notice.request.current), hours: notice.cutoffHours }),
          w.t('wording.expired.stands'),
        ],
      };
    case 'session_booked':
      return {
        title: w.t('wording.booked.title'),
        lines: [line.pair(w, notice.session), w.span(notice.session), ...joinLine(notice.session, w)],
      };
    case 'reminder_cutoff':
    case 'reminder_starting':
      return reminderText(notice, w);
    case 'care_note':
      return careNoteText(notice.note, w);
    case 'session_cancelled':
      return cancelledText(notice, w);
    case 'offer_made':
      return offerForClientText(notice.offer, w);
    case 'offer_sent':
      return offerForTherapistText(notice.offer, w);
    case 'offer_declined':
      return {
        title: w.t('wording.offer.therapist.declinedTitle', { employee: notice.offer.employeeName }),
        lines: [w.t('wording.offer.therapist.declinedNoticeLine')],
      };
    case 'extra_sessions_approved':
    case 'extra_sessions_declined':
      return extraSessionsText(notice, w);
    case 'therapist_changed':
      return notice.reader === 'employee'
        ? {
            title: w.t('wording.therapistChanged.employeeTitle'),
            lines: [
              w.t('wording.therapistChanged.employeeNew', { therapist: notice.newTherapistName }),
              w.t('wording.therapistChanged.employeeCredited'),
            ],
          }
        : {
            title: w.t('wording.therapistChanged.therapistTitle', { employee: notice.employeeName }),
            lines: [w.t('wording.therapistChanged.therapistClosed'), w.t('wording.therapistChanged.therapistCancelled')],
          };
  }
}

/** The offered times as a list, the booked one marked once booked. */
function offeredTimes(offer: OfferView, w: Words): string[] {
  return offer.times.map((t, i) =>
    w.t(offer.bookedIndex === i ? 'wording.offer.timeBooked' : 'wording.offer.time', { n: i + 1, when: w.span(t) }),
  );
}

/** The client's message about an offer: the choice while open, then what became of it (updated in place). */
function offerForClientText(offer: OfferView, w: Words): NoticeText {
  const times = offeredTimes(offer, w);
  const therapist = offer.therapistName;
  switch (offer.status) {
    case 'open':
      return {
        title: w.t('wording.offer.client.openTitle', { therapist }),
        lines: [...times, w.t('wording.offer.client.openHeld', { until: w.instant(offer.expiresAt) })],
      };
    case 'booked':
      return { title: w.t('wording.offer.client.bookedTitle'), lines: times };
    case 'declined':
      return {
        title: w.t('wording.offer.client.declinedTitle'),
        lines: [...times, w.t('wording.offer.client.declinedTold', { therapist })],
      };
    case 'replaced':
      return {
        title: w.t('wording.offer.client.replacedTitle'),
        lines: [...times, w.t('wording.offer.client.replacedLine', { therapist })],
      };
    case 'withdrawn':
      return { title: w.t('wording.offer.client.withdrawnTitle'), lines: [...times, w.t('wording.offer.client.arrangeNext')] };
    case 'expired':
      return {
        title: w.t('wording.offer.client.expiredTitle'),
        lines: [...times, w.t('wording.offer.client.expiredLine', { until: w.instant(offer.expiresAt) })],
      };
  }
}

/** The therapist's thread post of their offer: held for the client while open, then its outcome. */
function offerForTherapistText(offer: OfferView, w: Words): NoticeText {
  const times = offeredTimes(offer, w);
  const employee = offer.employeeName;
  switch (offer.status) {
    case 'open':
      return {
        title: w.t('wording.offer.therapist.openTitle', { employee, count: offer.times.length }),
        lines: [...times, w.t('wording.offer.therapist.openHeld', { until: w.instant(offer.expiresAt) })],
      };
    case 'booked':
      return {
        title: w.t('wording.offer.therapist.bookedTitle', { employee }),
        lines: [...times, w.t('wording.offer.therapist.bookedLine')],
      };
    case 'declined':
      return {
        title: w.t('wording.offer.therapist.declinedTitle', { employee }),
        lines: [...times, w.t('wording.offer.therapist.declinedLine')],
      };
    case 'replaced':
      return { title: w.t('wording.offer.therapist.replacedTitle'), lines: [...times, w.t('wording.offer.therapist.replacedLine')] };
    case 'withdrawn':
      return { title: w.t('wording.offer.therapist.withdrawnTitle'), lines: [...times, w.t('wording.offer.therapist.withdrawnLine')] };
    case 'expired':
      return {
        title: w.t('wording.offer.therapist.expiredTitle'),
        lines: [...times, w.t('wording.offer.therapist.expiredLine', { employee })],
      };
  }
}

/** Said when accepting a time inside the client's window would leave the session immovable. */
function lockLine(w: Words, locksWithin: number | undefined, what: 'proposed' | 'new'): string[] {
  return locksWithin === undefined ? [] : [w.t('wording.line.locks', { what, hours: locksWithin })];
}

/** To the client: their therapist asks to move the session (docs/design.md §2, rule 12); nothing changes unless they accept. */
function moveAskedText(r: RequestView, w: Words, locksWithin: number | undefined): NoticeText {
  return {
    title: w.t('wording.moveAsked.title', { therapist: r.therapistName }),
    lines: [line.current(w, r.current), line.newTime(w, r.proposed), w.t('wording.moveAsked.line'), ...lockLine(w, locksWithin, 'new')],
    quote: r.reason,
  };
}

/** Above the therapist's recommendation form, on both platforms. */
export function recommendationIntro(reader: Reader): string {
  return wordsFor(reader).t('wording.recommendation.intro');
}

/** What the employee reads before asking to change therapist. */
export function therapistChangeIntro(reader: Reader): string {
  return wordsFor(reader).t('wording.therapistChange.intro');
}

/** The employee's answer when they ask to change therapist (issue 19, §6). */
export function therapistChangeAskedText(alreadyAsked: boolean, reader: Reader): string {
  return wordsFor(reader).t(alreadyAsked ? 'wording.therapistChange.alreadyAsked' : 'wording.therapistChange.asked');
}

/** Where a recommendation is made from in Teams, for a therapist who asks elsewhere. */
export function recommendationWhere(reader: Reader): string {
  return wordsFor(reader).t('wording.recommendation.where');
}

/** The therapist's answer once a recommendation is sent. */
export function recommendationSentText(made: { employeeName: string; month: string; sessions: number }, reader: Reader): string {
  const w = wordsFor(reader);
  return w.t('wording.recommendation.sent', { count: made.sessions, employee: made.employeeName, month: w.month(made.month) });
}

/** Extra sessions: the employee never reads of a recommendation or a note, only that their allowance grew. */
function extraSessionsText(notice: Extract<Notice, { kind: 'extra_sessions_approved' | 'extra_sessions_declined' }>, w: Words): NoticeText {
  const values = { employee: notice.employeeName, count: notice.sessions, month: w.month(notice.month) };
  if (notice.kind === 'extra_sessions_declined')
    return {
      title: w.t('wording.extra.declinedTitle', values),
      lines: [w.t('wording.extra.declinedLine', values), w.t('wording.extra.declinedNotTold', values)],
      quote: notice.reason ?? undefined,
    };
  return notice.reader === 'employee'
    ? { title: w.t('wording.extra.addedTitle'), lines: [w.t('wording.extra.addedLine', values), w.t('wording.extra.bookNow')] }
    : {
        title: w.t('wording.extra.approvedTitle', values),
        lines: [w.t('wording.extra.approvedLine', values), w.t('wording.extra.approvedTold')],
      };
}

/**
 * The reason stored when the wellbeing service cancels a session (erasure, offboarding, a change of therapist): data
 * like any reason, but written by the service, so each reader reads it in their own language.
 */
export const SERVICE_CANCEL_REASON = 'Cancelled by the wellbeing service.';

const reasonOf = (reason: string, w: Words) => (reason === SERVICE_CANCEL_REASON ? w.t('wording.cancelled.byService') : reason);

/**
 * A therapist's cancellation is never late and always credited back (docs/design.md §9); it speaks to each reader:
 * the employee hears it is credited back to their allowance, the therapist that their client has been told.
 */
function cancelledText(notice: Extract<Notice, { kind: 'session_cancelled' }>, w: Words): NoticeText {
  const { session } = notice;
  const names = { employee: session.employeeName, therapist: session.therapistName };
  const what = w.t('wording.cancelled.what', { when: w.span(session), ...names });
  if (notice.cancelledBy === 'therapist') {
    return notice.reader === 'therapist'
      ? { title: w.t('wording.cancelled.title'), lines: [what, w.t('wording.cancelled.byYou', names)], quote: reasonOf(notice.reason, w) }
      : {
          title: w.t('wording.cancelled.byTherapistTitle'),
          lines: [what, w.t('wording.cancelled.byTherapist', names)],
          quote: reasonOf(notice.reason, w),
        };
  }
  return {
    title: w.t(notice.late ? 'wording.cancelled.lateTitle' : 'wording.cancelled.title'),
    lines: [what, w.t(notice.late ? 'wording.cancelled.late' : 'wording.cancelled.credited')],
    quote: reasonOf(notice.reason, w),
  };
}

/**
 * A request message once decided. An employee's request is read by the therapist in their thread; a therapist's
 * proposal is read by the employee who answered it, so it speaks to them ("You accepted"). A confirmed request
 * shows the new time as the current one: that is where the session now is.
 */
function decidedText(r: RequestView, w: Words, reader: 'employee' | 'therapist'): NoticeText {
  if (r.sessionCancelled) {
    return {
      title: w.t('wording.decided.closedTitle'),
      lines: [w.t('wording.decided.closedLine', { when: w.span(r.current) }), line.requested(w, r.proposed)],
    };
  }
  if (r.requestedBy === 'therapist') return reader === 'employee' ? proposalAnsweredText(r, w) : proposalOutcomeText(r, w);
  if (reader === 'employee') return requestOutcomeText(r, w);
  switch (r.status) {
    case 'confirmed':
      return { title: w.t('wording.decided.confirmedTitle'), lines: [line.current(w, r.proposed), line.was(w, r.current)] };
    case 'declined':
      return { title: w.t('wording.declined.title'), lines: [line.stays(w, r.current), line.requested(w, r.proposed)] };
    case 'withdrawn':
      return {
        title: w.t('wording.withdrawn.title'),
        lines: [w.t('wording.decided.withdrewLine', { employee: r.employeeName, when: w.span(r.current) }), line.requested(w, r.proposed)],
      };
    case 'expired':
      return {
        title: w.t('wording.expired.title'),
        lines: [w.t('wording.decided.expiredLine', { when: w.span(r.current) }), line.requested(w, r.proposed)],
      };
    case 'proposed':
      return {
        title: w.t('wording.decided.proposedTitle'),
        lines: [
          line.current(w, r.current),
          line.requested(w, r.proposed),
          w.t('wording.decided.proposedLine', { employee: r.employeeName }),
        ],
      };
    case 'pending':
      return { title: w.t('wording.decided.pendingTitle'), lines: [line.current(w, r.current), line.requested(w, r.proposed)] };
  }
}

function proposalAnsweredText(r: RequestView, w: Words): NoticeText {
  if (r.move) return moveAnsweredText(r, w);
  switch (r.status) {
    case 'confirmed':
      return { title: w.t('wording.answered.acceptedProposedTitle'), lines: [line.yourNowAt(w, r.proposed), line.was(w, r.current)] };
    case 'declined':
      return {
        title: w.t('wording.answered.declinedProposedTitle'),
        lines: [line.yourStays(w, r.current), w.t('wording.line.proposedBy', { therapist: r.therapistName, when: w.span(r.proposed) })],
      };
    case 'expired':
      return { title: w.t('wording.answered.proposedExpiredTitle'), lines: [line.yourInsideWindow(w, r.current)] };
    case 'withdrawn':
      return { title: w.t('wording.answered.proposedWithdrawnTitle'), lines: [line.yourStays(w, r.current)] };
    case 'pending':
    case 'proposed':
      return {
        title: w.t('wording.proposed.title', { therapist: r.therapistName }),
        lines: [line.current(w, r.current), line.proposed(w, r.proposed)],
      };
  }
}

/** The client's copy of their therapist's request to move the session, once it is decided. */
function moveAnsweredText(r: RequestView, w: Words): NoticeText {
  switch (r.status) {
    case 'confirmed':
      return { title: w.t('wording.answered.acceptedNewTitle'), lines: [line.yourNowAt(w, r.proposed), line.was(w, r.current)] };
    case 'declined':
      return {
        title: w.t('wording.answered.declinedMoveTitle'),
        lines: [
          line.yourStays(w, r.current),
          w.t('wording.line.therapistAskedFor', { therapist: r.therapistName, when: w.span(r.proposed) }),
        ],
      };
    case 'expired':
      return {
        title: w.t('wording.answered.moveExpiredTitle', { therapist: r.therapistName }),
        lines: [line.yourInsideWindow(w, r.current)],
      };
    case 'withdrawn':
      return { title: w.t('wording.answered.moveWithdrawnTitle'), lines: [line.yourStays(w, r.current)] };
    case 'pending':
    case 'proposed':
      return moveAskedText(r, w, undefined);
  }
}

/** The therapist's own request to move a session, once their client has answered it (or time has): in their thread. */
function moveOutcomeText(r: RequestView, w: Words): NoticeText {
  const employee = r.employeeName;
  switch (r.status) {
    case 'confirmed':
      return { title: w.t('wording.outcome.acceptedNewTitle', { employee }), lines: [line.nowAt(w, r.proposed), line.was(w, r.current)] };
    case 'declined':
      return { title: w.t('wording.declined.moveTitle', { employee }), lines: [line.stays(w, r.current), line.youAskedFor(w, r.proposed)] };
    case 'expired':
      return {
        title: w.t('wording.outcome.moveExpiredTitle'),
        lines: [w.t('wording.line.noAnswerInTime', { employee, when: w.span(r.current) })],
      };
    case 'withdrawn':
      return { title: w.t('wording.outcome.moveClosedTitle'), lines: [line.stays(w, r.current)] };
    case 'pending':
    case 'proposed':
      return {
        title: w.t('wording.proposalSent.moveTitle', { employee }),
        lines: [line.current(w, r.current), line.newTime(w, r.proposed), w.t('wording.outcome.waitingFor', { employee })],
      };
  }
}

/** The therapist's own proposal, once their client has answered it: in the therapist's words, in their thread. */
function proposalOutcomeText(r: RequestView, w: Words): NoticeText {
  if (r.move) return moveOutcomeText(r, w);
  const employee = r.employeeName;
  switch (r.status) {
    case 'confirmed':
      return {
        title: w.t('wording.outcome.acceptedProposedTitle', { employee }),
        lines: [line.nowAt(w, r.proposed), line.was(w, r.current)],
      };
    case 'declined':
      return {
        title: w.t('wording.outcome.declinedProposedTitle', { employee }),
        lines: [line.stays(w, r.current), w.t('wording.line.youProposed', { when: w.span(r.proposed) })],
      };
    case 'expired':
      return {
        title: w.t('wording.outcome.proposedExpiredTitle'),
        lines: [w.t('wording.line.noAnswerInTime', { employee, when: w.span(r.current) })],
      };
    case 'withdrawn':
      return { title: w.t('wording.outcome.proposedWithdrawnTitle'), lines: [line.stays(w, r.current)] };
    case 'pending':
    case 'proposed':
      return {
        title: w.t('wording.proposalSent.title', { employee }),
        lines: [line.current(w, r.current), line.proposed(w, r.proposed), w.t('wording.line.heldUntilAnswer')],
      };
  }
}

/** The employee's own request, once their therapist (or time) has decided it: in the employee's words, in their DM. */
function requestOutcomeText(r: RequestView, w: Words): NoticeText {
  switch (r.status) {
    case 'confirmed':
      return { title: w.t('wording.request.confirmedTitle'), lines: [line.yourNowAt(w, r.proposed), line.was(w, r.current)] };
    case 'declined':
      return { title: w.t('wording.request.declinedTitle'), lines: [line.yourStays(w, r.current), line.youAskedFor(w, r.proposed)] };
    case 'withdrawn':
      return { title: w.t('wording.request.withdrawnTitle'), lines: [line.yourStays(w, r.current)] };
    case 'expired':
      return { title: w.t('wording.request.expiredTitle'), lines: [line.yourInsideWindow(w, r.current)] };
    case 'proposed':
      return {
        title: w.t('wording.request.proposedTitle', { therapist: r.therapistName }),
        lines: [w.t('wording.request.proposedLine', { when: w.span(r.current) })],
      };
    case 'pending':
      return {
        title: w.t('wording.awaiting.title'),
        lines: [w.t('wording.awaiting.asked', { current: w.span(r.current), proposed: w.span(r.proposed) })],
      };
  }
}

const notConfirmedWhat: Record<NotConfirmedWhy, (r: RequestView, w: Words) => string> = {
  slot_taken: (r, w) => w.t('wording.notConfirmed.slotTaken', { when: w.span(r.proposed) }),
  allowance_exhausted: (r, w) =>
    w.t('wording.notConfirmed.allowance', { when: w.span(r.proposed), month: w.month(monthOf(r.proposed.start, w.zone)) }),
  inside_cutoff: (r, w) => w.t('wording.notConfirmed.insideCutoff', { when: w.span(r.current) }),
  session_not_active: (_r, w) => w.t('wording.notConfirmed.notActive'),
  time_in_past: (r, w) => w.t('wording.notConfirmed.past', { when: w.span(r.proposed) }),
};

/** What the employee can still do after a failed Confirm; the buttons beside it offer the same. */
export function notConfirmedOptions(why: NotConfirmedWhy): ('reschedule' | 'cancel' | 'message')[] {
  if (why === 'session_not_active') return ['message'];
  if (why === 'inside_cutoff') return ['cancel', 'message'];
  return ['reschedule', 'cancel', 'message'];
}

/**
 * A message that offered an action on a session, brought up to date once the session was cancelled or moved: what
 * became of it, and (for the employee) what they can do now, which the buttons beside it offer (next-steps.ts).
 */
function sinceLines(r: RequestView, w: Words, reader: 'employee' | 'therapist'): string[] {
  const since = r.sessionSince;
  if (!since || r.sessionCancelled) return [];
  if (since.status === 'cancelled') {
    const what = w.t('wording.since.cancelled', { when: w.span(since) });
    return reader === 'employee' ? [what, w.t('wording.since.cancelledNext')] : [what];
  }
  return reader === 'employee'
    ? [w.t('wording.since.yourMoved', { when: w.span(since) }), w.t('wording.since.movedNext')]
    : [w.t('wording.since.moved', { when: w.span(since) })];
}

function notConfirmedText(r: RequestView, why: NotConfirmedWhy, w: Words): NoticeText {
  const lines = [notConfirmedWhat[why](r, w)];
  const title = w.t('wording.notConfirmed.title');
  if (r.sessionSince) return { title, lines: [...lines, ...sinceLines(r, w, 'employee')] };
  if (why !== 'session_not_active') lines.push(line.yourStays(w, r.current));
  const options = notConfirmedOptions(why);
  if (options.includes('reschedule')) lines.push(w.t('wording.notConfirmed.canReschedule'));
  else if (options.includes('cancel')) lines.push(w.t('wording.notConfirmed.canCancel'));
  else lines.push(w.t('wording.notConfirmed.canMessage'));
  return { title, lines };
}

/** Stated before a cancellation is confirmed, so nobody is surprised by the allowance consequence. */
export function cancellationConsequence(late: boolean, cutoffHours: number, reader: Reader): string {
  const w = wordsFor(reader);
  return late ? w.t('wording.consequence.late', { hours: cutoffHours }) : w.t('wording.consequence.credited');
}

/** Above the therapist's list of sessions to mark (Slack App Home, Teams week card). */
export function attendanceListIntro(days: number, reader: Reader): string {
  return wordsFor(reader).t('wording.attendance.intro', { days });
}

/** Told to the therapist once their mark is stored (a second mark is the `already_marked` refusal). */
export function attendanceMarkedText(attendance: 'attended' | 'no_show', reader: Reader): string {
  return wordsFor(reader).t(attendance === 'attended' ? 'wording.attendance.attended' : 'wording.attendance.noShow');
}

/** The same statement for a therapist cancelling: never late, always credited back to their client. */
export function therapistCancellationConsequence(employeeName: string, reader: Reader): string {
  return wordsFor(reader).t('wording.consequence.therapist', { employee: employeeName });
}

/**
 * When the app could not take or finish something in time because of a fault on its side (the database down or
 * slow): said once, plainly, and only what is known about whether anything changed.
 */
export function faultWording(reader: Reader) {
  const w = wordsFor(reader);
  return {
    /** Nothing was started: the request was dropped before any change. */
    notTaken: w.t('wording.fault.notTaken'),
    /** Started but not finished in time: the outcome is sent when it is known. */
    stillWorking: w.t('wording.fault.stillWorking'),
    /** Failed part-way: it may or may not have been stored. */
    mayNotBeDone: w.t('wording.fault.mayNotBeDone'),
    viewWorking: w.t('wording.fault.viewWorking'),
    viewDone: w.t('wording.fault.viewDone'),
    viewRefused: w.t('wording.fault.viewRefused'),
    viewFailed: w.t('wording.fault.viewFailed'),
  } as const;
}

/** Why a booking list shows no times in a month: its allowance is used up (the employee's own words). */
export function fullMonthLine(full: { month: string; allowance: number }, reader: Reader): string {
  const w = wordsFor(reader);
  return w.t('wording.fullMonth', { allowance: full.allowance, month: w.month(full.month) });
}
