// Turns service results and notices into card view data, in the reader's words (their language, their zone), and
// expands the card. Every sentence about a rule comes from src/domain (wording.ts, refusals.ts), shared with Slack;
// the cards' own labels and buttons come from the catalogue's teams area, passed to the templates as `t`.
import { DateTime } from 'luxon';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../domain/reason.js';
import { refusalText, type Refusal } from '../domain/refusals.js';
import { isOutsideCutoff } from '../domain/policy.js';
import { localDay } from '../domain/time.js';
import { intlTag, pseudoText } from '../i18n/catalogue.js';
import { PSEUDO_LOCALE } from '../i18n/locales.js';
import type { Words } from '../i18n/words.js';
import { suppressionText, usageFacts, departmentName } from '../domain/usage.js';
import { attendanceListIntro, cancellationConsequence, noticeText, requestStatusWord } from '../domain/wording.js';
import { employeeNextSteps, stepSessionId } from '../domain/next-steps.js';
import type { NotConfirmedWhy, Notice, OfferView, RequestView, SessionView } from '../notices/notice.js';
import { OFFER_TIMES } from '../domain/offers.js';
import { ATTENDANCE_WINDOW_DAYS } from '../services/therapist-tools/awaiting-attendance.js';
import type { Actor, CancelPreview, Overview, SlotView, UsageReport } from '../services/types.js';
import { pageTimes, type PageLink } from './card-pages.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';
import { commandHelp } from './commands.js';

const reasonError = (w: Words) => w.t('teams.card.reasonError', { min: REASON_MIN_LENGTH, max: REASON_MAX_LENGTH });

function today(zone: string): string {
  return DateTime.now().setZone(zone).toFormat('yyyy-MM-dd');
}

/**
 * Times on one card before it is paged (by week, a busy week by days): a drop-down of 40 stays readable, and
 * the availability card's rows, each with its Remove button, hold about a day of 30-minute slots. Both keep the
 * largest page far inside Teams' message size (test/teams/card-budget.spec.ts).
 */
export const TEAMS_SLOTS_PER_CARD = 40;
export const TEAMS_AVAILABILITY_ROWS_PER_CARD = 20;
/** Radio buttons read best for a few choices; beyond that a drop-down keeps the card short. */
const MAX_RADIO_CHOICES = 10;

/** The reschedule window, so a target time inside it is labelled: once moved there it can never be moved again. */
export interface CutoffHint {
  now: Date;
  hours: number;
}

function slotChoices(slots: SlotView[], w: Words, cutoff?: CutoffHint): { title: string; value: string }[] {
  return slots.map((s) => {
    const span = w.span(s);
    const inside = cutoff && !isOutsideCutoff(s.start, cutoff.now, cutoff.hours);
    return { title: inside ? w.t('teams.card.insideCutoff', { span, hours: cutoff.hours }) : span, value: s.id };
  });
}

const stepTitle = (w: Words, way: 'earlier' | 'later', link: PageLink | null) =>
  link ? w.t(way === 'earlier' ? 'teams.card.earlier' : 'teams.card.later', { step: link.step }) : '';

/** One page of slots when there are too many for a card, with its label and the neighbouring pages. */
function slotPage<T extends { start: Date }>(slots: T[], w: Words, limit: number, page?: string | null) {
  const shown = pageTimes(slots, w, limit, page);
  return {
    items: shown.items,
    key: shown.key,
    label: shown.label,
    nav: {
      paged: shown.key !== null,
      pageLabel: shown.label,
      previousPage: shown.previous?.key ?? '',
      previousTitle: stepTitle(w, 'earlier', shown.previous),
      nextPage: shown.next?.key ?? '',
      nextTitle: stepTitle(w, 'later', shown.next),
    },
  };
}

/**
 * The id of a page's slot drop-down: one per page, so a client that keeps an input's state when a card is
 * replaced in place (the Agents Playground keeps the first page's choices) never offers another page's times.
 * The card's submit action names it, and the handler reads the pick from there (`pickedSlot`).
 */
export function slotInputId(pageKey: string | null): string {
  return `slot_${(pageKey ?? 'all').replace(/[^0-9A-Za-z-]/g, '')}`;
}

const slotInputPattern = /^slot_[0-9A-Za-z-]{1,40}$/;

/** The slot picked on a booking or reschedule card: in the input its action names, or `slotId` (cards sent before). */
export function pickedSlot(data: unknown): unknown {
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (typeof record.slotInput === 'string' && slotInputPattern.test(record.slotInput)) return record[record.slotInput];
  return record.slotId;
}

/** Sentences for a card's spoken summary, without empty ones, each ending in a full stop. */
function summary(...parts: (string | null | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** Free text in a summary: the card shows all of it, the summary the start. */
function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A success line: default colour with a tick, as Teams' green (Good) is 2.07:1 on white and fails WCAG AA. */
const done = (text: string) => `✓ ${text}`;

/** The welcome card's own words: its button. */
export const welcomeLabels = (w: Words) => ({ showSessions: w.t('teams.welcome.showSessions') });

export function welcomeCard(name: string | null, w: Words): AdaptiveCardJson {
  const title = name ? w.t('teams.welcome.hello', { name }) : w.t('teams.welcome.helloAnyone');
  const intro = w.t('teams.welcome.employeeIntro');
  const commands = commandHelp('personal', w);
  return expandCard(
    'welcome',
    {
      t: welcomeLabels(w),
      title,
      intro,
      commands,
      privacy: w.t('teams.welcome.employeePrivacy'),
      showSessions: true,
    },
    summary(title, intro, w.t('teams.card.commands', { list: commands.map((c) => c.name).join(', ') })),
  );
}

/** Help for therapists, HR admins and operators: what their role can do here, not the employee's introduction. */
export function staffWelcomeCard(actor: Actor, w: Words): AdaptiveCardJson {
  const personal = commandHelp('personal', w);
  const pick = (names: string[]) => personal.filter((c) => names.includes(c.name));
  const names = ['help'];
  if (actor.roles.includes('therapist')) names.push('sessions', 'availability', 'link', 'hours');
  if (actor.roles.includes('hr_admin')) names.push('usage');
  const lines: string[] = [];
  if (actor.roles.includes('therapist')) {
    lines.push(w.t('teams.welcome.staffThreads'));
    lines.push(w.t('teams.welcome.staffWeek'));
  }
  if (actor.roles.includes('hr_admin') || actor.roles.includes('operator')) {
    lines.push(w.t('teams.welcome.staffLink'));
  }
  const title = w.t('teams.welcome.hello', { name: actor.displayName });
  const intro = lines.join(' ') || w.t('teams.welcome.staffDefault');
  return expandCard(
    'welcome',
    {
      t: welcomeLabels(w),
      title,
      intro,
      commands: pick(names),
      privacy: w.t('teams.welcome.staffPrivacy'),
      showSessions: false,
    },
    summary(title, intro, w.t('teams.card.commands', { list: names.join(', ') })),
  );
}

/** `w`: the employee's words (the overview's actor reads it). */
export function homeCard(overview: Overview, w: Words): AdaptiveCardJson {
  const therapistLine = overview.therapistName
    ? w.t('teams.home.therapist', { name: overview.therapistName })
    : refusalText({ code: 'no_therapist' }, 'employee', w);
  const allowance = overview.allowance.map((a) => ({
    month: w.month(a.month),
    text: w.t('teams.home.allowanceLeft', { left: a.left, allowance: a.allowance }),
  }));
  const next = overview.upcoming[0];
  const title = w.t('teams.home.title');
  const spoken = summary(
    title,
    therapistLine,
    ...allowance.map((a) => w.t('teams.home.allowanceSpoken', { month: a.month, text: a.text })),
    overview.upcoming.length === 0
      ? w.t('teams.home.noUpcomingSpoken')
      : w.t('teams.home.upcomingSpoken', {
          count: overview.upcoming.length,
          span: w.span({ start: next?.start ?? new Date(), end: next?.end ?? new Date() }),
        }),
  );
  return expandCard(
    'home',
    {
      t: {
        title,
        upcoming: w.t('teams.card.upcoming'),
        noUpcoming: w.t('teams.card.noUpcoming'),
        reschedule: w.t('teams.home.reschedule'),
        withdrawRequest: w.t('teams.card.withdrawRequest'),
        cancel: w.t('teams.home.cancel'),
        bookSession: w.t('teams.card.bookSession'),
        refresh: w.t('teams.card.refresh'),
      },
      therapistLine,
      allowance,
      sessions: overview.upcoming.map((s) => ({
        id: s.id,
        when: w.span(s),
        detail: s.joinUrl
          ? w.t('teams.home.withJoin', { name: s.therapistName, url: s.joinUrl })
          : w.t('teams.card.with', { name: s.therapistName }),
        canReschedule: s.canReschedule && !s.pendingRequest,
        // Only a request still waiting for the therapist can be taken back.
        withdrawId: s.pendingRequest?.awaiting === 'therapist' ? s.pendingRequest.id : '',
        pending: s.pendingRequest
          ? w.t('teams.home.pending', { span: w.span(s.pendingRequest.proposed), status: requestStatusWord(s.pendingRequest.status, w) })
          : '',
        // The same sentence Slack shows: why this session has no Reschedule button.
        note:
          !s.canReschedule && !s.pendingRequest
            ? refusalText({ code: 'inside_cutoff', params: { hours: overview.cutoffHours } }, 'employee', w)
            : '',
      })),
    },
    spoken,
  );
}

/** What the therapist's week card says after an action: the outcome, or why nothing changed. */
export interface WeekStatus {
  text: string;
  refused: boolean;
}

/**
 * A therapist's week: upcoming sessions with Cancel, TEAMS_WEEK_ITEMS a page (`upcomingPage`, with Earlier / Later),
 * and the recent ones still to mark Attended / No-show.
 */
export function weekCard(
  overview: Overview,
  awaiting: SessionView[],
  w: Words,
  status: WeekStatus | null = null,
  upcomingPage = 0,
): AdaptiveCardJson {
  const zone = w.zone;
  const total = overview.upcoming.length;
  const pages = Math.max(1, Math.ceil(total / TEAMS_WEEK_ITEMS));
  const page = Math.min(Math.max(0, upcomingPage), pages - 1);
  const from = page * TEAMS_WEEK_ITEMS;
  const shown = overview.upcoming.slice(from, from + TEAMS_WEEK_ITEMS);
  const rangeValues = { from: from + 1, to: from + shown.length, total };
  const range = pages > 1 ? w.t(overview.laterUpcoming ? 'teams.week.rangeListed' : 'teams.week.range', rangeValues) : '';
  // Later ones are not read at all: the list moves on as these pass.
  const later = overview.laterUpcoming && page === pages - 1 ? w.t('teams.week.later') : '';
  const item = (s: SessionView) => ({ id: s.id, when: w.span(s), detail: w.t('teams.card.with', { name: s.employeeName }) });
  const statusText = status ? (status.refused ? status.text : done(status.text)) : '';
  const moreRecent = awaiting.length > TEAMS_WEEK_ITEMS ? w.t('teams.week.moreRecent', { count: awaiting.length - TEAMS_WEEK_ITEMS }) : '';
  const title = w.t('teams.week.title');
  const spoken = summary(
    title,
    statusText,
    w.t('teams.week.upcomingSpoken', { count: total }),
    range,
    w.t('teams.week.recentSpoken', { count: awaiting.length }),
  );
  return expandCard(
    'week',
    {
      t: {
        title,
        timesInYourZone: w.t('teams.card.timesInYourZone', { zone }),
        upcoming: w.t('teams.card.upcoming'),
        noUpcoming: w.t('teams.card.noUpcoming'),
        moveSession: w.t('teams.card.moveSession'),
        cancelSession: w.t('teams.card.cancelSession'),
        earlierSessions: w.t('teams.week.earlierSessions'),
        laterSessions: w.t('teams.week.laterSessions'),
        recent: w.t('teams.week.recent'),
        nothingToMark: w.t('teams.week.nothingToMark'),
        attended: w.t('teams.week.attended'),
        noShow: w.t('teams.week.noShow'),
        refresh: w.t('teams.card.refresh'),
      },
      status: statusText,
      statusColor: status?.refused ? 'Attention' : 'Default',
      moreUpcoming: [range, later].filter((t) => t !== '').join(' '),
      earlierPage: page > 0 ? String(page - 1) : '',
      laterPage: page < pages - 1 ? String(page + 1) : '',
      moreRecent,
      sessions: shown.map((s) => ({
        ...item(s),
        pending: s.pendingRequest ? weekPendingLine(s.pendingRequest, s.employeeName, w) : '',
        // Move only while nothing waits on the session (one pending request per session).
        movable: !s.pendingRequest,
      })),
      recentIntro: attendanceListIntro(ATTENDANCE_WINDOW_DAYS, w),
      recent: awaiting.slice(0, TEAMS_WEEK_ITEMS).map(item),
    },
    spoken,
  );
}

/** A request waiting on a session of the therapist's week: theirs to answer, or their own waiting for the client. */
function weekPendingLine(request: RequestView, employeeName: string, w: Words): string {
  const values = { span: w.span(request.proposed), name: employeeName };
  if (request.awaiting === 'employee') return w.t(request.move ? 'teams.week.pendingMove' : 'teams.week.pendingProposed', values);
  return w.t('teams.week.pendingAnswer', { ...values, status: requestStatusWord(request.status, w) });
}

/** Sessions per list on the week card: two full lists stay well under Teams' message size. */
export const TEAMS_WEEK_ITEMS = 10;

/** `notes`: why some times are not offered (a month whose allowance is used up). */
export function bookCard(slots: SlotView[], w: Words, error = '', page?: string | null, notes: string[] = []): AdaptiveCardJson {
  const shown = slotPage(
    slots.filter((s) => !s.held),
    w,
    TEAMS_SLOTS_PER_CARD,
    page,
  );
  const intro = [w.t('teams.book.intro'), ...notes].join(' ');
  const title = w.t('teams.card.bookSession');
  const noOpenTimes = w.t('teams.book.noOpenTimes');
  const count = shown.items.length;
  const spoken =
    count === 0
      ? summary(title, error, noOpenTimes)
      : summary(
          title,
          error,
          shown.label ? w.t('teams.book.openTimesOnPage', { count, page: shown.label }) : w.t('teams.book.openTimesSpoken', { count }),
          intro,
        );
  return expandCard(
    'book',
    {
      t: {
        title,
        openTimes: w.t('teams.book.openTimes', { zone: w.zone }),
        pickTime: w.t('teams.card.pickTime'),
        book: w.t('teams.book.book'),
        back: w.t('teams.card.back'),
      },
      intro,
      slots: slotChoices(shown.items, w),
      slotInput: slotInputId(shown.key),
      choiceStyle: count > MAX_RADIO_CHOICES ? 'compact' : 'expanded',
      error,
      noOpenTimes,
      ...shown.nav,
    },
    spoken,
  );
}

export function rescheduleFormCard(input: {
  sessionId: string;
  current: { start: Date; end: Date };
  therapistName: string;
  slots: SlotView[];
  /** The employee's words. */
  w: Words;
  error?: string;
  page?: string | null;
  cutoff?: CutoffHint;
}): AdaptiveCardJson {
  const { w } = input;
  const shown = slotPage(
    input.slots.filter((s) => !s.held),
    w,
    TEAMS_SLOTS_PER_CARD,
    input.page,
  );
  const current = w.span(input.current);
  const pick = { therapistName: input.therapistName, count: shown.items.length, page: shown.label };
  const spoken = summary(
    w.t('teams.reschedule.spokenTitle', { when: current }),
    input.error,
    shown.items.length > 0
      ? w.t(shown.label ? 'teams.reschedule.spokenPickOnPage' : 'teams.reschedule.spokenPick', pick)
      : w.t('teams.reschedule.spokenPropose'),
    w.t('teams.reschedule.spokenReason'),
  );
  return expandCard(
    'reschedule-form',
    {
      t: {
        title: w.t('teams.reschedule.title'),
        current: w.t('teams.card.current', { when: current }),
        slotsLabel: w.t('teams.reschedule.slotsLabel', { therapistName: input.therapistName, zone: w.zone }),
        chooseTime: w.t('teams.card.chooseTime'),
        orPropose: w.t('teams.reschedule.orPropose', { zone: w.zone }),
        date: w.t('teams.card.date'),
        time: w.t('teams.card.time'),
        reason: w.t('teams.card.reason'),
        reasonPlaceholder: w.t('teams.reschedule.reasonPlaceholder'),
        send: w.t('teams.reschedule.send'),
        back: w.t('teams.card.back'),
      },
      sessionId: input.sessionId,
      slots: slotChoices(shown.items, w, input.cutoff),
      slotInput: slotInputId(shown.key),
      ...shown.nav,
      cutoffLine: input.cutoff ? w.t('teams.reschedule.cutoffLine', { hours: input.cutoff.hours }) : '',
      today: today(w.zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError: reasonError(w),
      error: input.error ?? '',
    },
    spoken,
  );
}

export function cancelConfirmCard(preview: CancelPreview, w: Words, cutoffHours: number, error = ''): AdaptiveCardJson {
  const when = w.span(preview.session);
  const consequence = preview.consequence || cancellationConsequence(preview.late, cutoffHours, w);
  return expandCard(
    'cancel-confirm',
    {
      t: {
        title: w.t('teams.cancel.title'),
        reason: w.t('teams.card.reason'),
        submit: w.t('teams.cancel.submit'),
        keep: w.t('teams.cancel.keep'),
      },
      sessionId: preview.session.id,
      when,
      consequence,
      // Attention, not Warning: Teams' light theme draws Warning yellow on white (contrast about 1.5:1).
      consequenceColor: preview.late ? 'Attention' : 'Default',
      reasonMax: REASON_MAX_LENGTH,
      reasonError: reasonError(w),
      error,
    },
    summary(w.t('teams.cancel.spokenTitle', { when }), consequence, error, w.t('teams.cancel.spokenReason')),
  );
}

/** The therapist's card of a client's request; `w`: the therapist's words. */
export function requestCard(request: RequestView, w: Words): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_requested', request }, w);
  const name = request.employeeName;
  return expandCard(
    'request',
    {
      t: {
        reason: w.t('teams.request.reason', { reason: text.quote ?? '' }),
        confirm: w.t('teams.request.confirm'),
        decline: w.t('teams.request.decline'),
        noteOptional: w.t('teams.request.noteOptional', { name }),
        declineSubmit: w.t('teams.request.declineSubmit'),
        propose: w.t('teams.request.propose'),
        yourZone: w.t('teams.request.yourZone', { zone: w.zone }),
        date: w.t('teams.card.date'),
        pickDate: w.t('teams.card.pickDate'),
        time: w.t('teams.card.time'),
        pickTime: w.t('teams.card.pickTime'),
        note: w.t('teams.request.note', { name }),
        sendProposal: w.t('teams.request.sendProposal'),
      },
      title: text.title,
      lines: text.lines,
      requestId: request.id,
      today: today(w.zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError: reasonError(w),
    },
    summary(
      text.title,
      ...text.lines,
      text.quote && w.t('teams.request.reason', { reason: excerpt(text.quote) }),
      w.t('teams.request.spokenActions'),
    ),
  );
}

/** The therapist asks their client to move a session: one of their own open times or a custom one, and a reason. */
export function moveFormCard(input: {
  session: SessionView;
  slots: SlotView[];
  /** The therapist's words. */
  w: Words;
  page?: string | null;
  cutoff?: CutoffHint;
  /** Opened from the client's thread (the client's id): Back and the answer return to the thread card. */
  fromThreadOf?: string;
}): AdaptiveCardJson {
  const { session, w } = input;
  const shown = slotPage(
    input.slots.filter((s) => !s.held),
    w,
    TEAMS_SLOTS_PER_CARD,
    input.page,
  );
  const current = w.span(session);
  const name = session.employeeName;
  const pick = { count: shown.items.length, page: shown.label };
  const spoken = summary(
    w.t('teams.move.spokenTitle', { name, when: current }),
    shown.items.length > 0
      ? w.t(shown.label ? 'teams.move.spokenPickOnPage' : 'teams.move.spokenPick', pick)
      : w.t('teams.move.spokenPickDate'),
    w.t('teams.move.spokenReason'),
  );
  return expandCard(
    'move-form',
    {
      t: {
        title: w.t('teams.move.title', { name }),
        current: w.t('teams.card.current', { when: current }),
        slotsLabel: w.t('teams.move.slotsLabel', { zone: w.zone }),
        chooseTime: w.t('teams.card.chooseTime'),
        orAnother: w.t('teams.move.orAnother', { zone: w.zone }),
        date: w.t('teams.card.date'),
        time: w.t('teams.card.time'),
        reason: w.t('teams.card.reason'),
        reasonPlaceholder: w.t('teams.move.reasonPlaceholder', { name }),
        ask: w.t('teams.move.ask', { name }),
        back: w.t('teams.card.back'),
      },
      sessionId: session.id,
      slots: slotChoices(shown.items, w, input.cutoff),
      slotInput: slotInputId(shown.key),
      ...shown.nav,
      cutoffLine: input.cutoff ? w.t('teams.move.cutoffLine', { hours: input.cutoff.hours }) : '',
      askedLine: w.t('teams.move.asked', { name }),
      backVerb: input.fromThreadOf ? 'move.pick' : 'home',
      employeeId: input.fromThreadOf ?? '',
      today: today(w.zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError: reasonError(w),
      error: '',
    },
    spoken,
  );
}

/**
 * The root of a client's thread once the therapist has asked to move a session there: the thread's own words, what
 * was just done, and the client's upcoming sessions with this therapist, each with Move session.
 */
export function threadCard(
  client: { employeeId: string; employeeName: string; sessions: SessionView[] },
  w: Words,
  status: WeekStatus | null = null,
): AdaptiveCardJson {
  const text = noticeText({ kind: 'thread_opened', employeeName: client.employeeName }, w);
  const statusText = status ? (status.refused ? status.text : done(status.text)) : '';
  const name = client.employeeName;
  const heading = w.t(client.sessions.length === 0 ? 'teams.thread.noSessions' : 'teams.thread.upcoming', { name });
  return expandCard(
    'thread',
    {
      t: {
        timesInYourZone: w.t('teams.card.timesInYourZone', { zone: w.zone }),
        moveSession: w.t('teams.card.moveSession'),
        refresh: w.t('teams.card.refresh'),
      },
      title: text.title,
      lines: text.lines,
      status: statusText,
      statusColor: status?.refused ? 'Attention' : 'Default',
      heading,
      employeeId: client.employeeId,
      sessions: client.sessions.slice(0, TEAMS_WEEK_ITEMS).map((s) => ({ id: s.id, when: w.span(s), employeeId: client.employeeId })),
    },
    summary(text.title, statusText, heading),
  );
}

/** The employee's card of their therapist's proposal; `w`: the employee's words. */
export function proposalCard(request: RequestView, w: Words): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_proposed', request }, w);
  // Messaging the therapist is writing in this chat: said as a line for a move, which may need talking over.
  const lines = request.move ? [...text.lines, w.t('teams.proposal.messageFirst', { name: request.therapistName })] : text.lines;
  return expandCard(
    'proposal',
    {
      t: { accept: w.t('teams.proposal.accept'), decline: w.t('teams.proposal.decline') },
      title: text.title,
      lines,
      quote: text.quote ?? '',
      requestId: request.id,
    },
    summary(text.title, ...text.lines, text.quote && excerpt(text.quote), w.t('teams.proposal.spokenActions')),
  );
}

/** The buttons a notice-like card may show, in the reader's words. */
const noticeButtons = (w: Words) => ({
  withdrawRequest: w.t('teams.card.withdrawRequest'),
  pickAnotherTime: w.t('teams.card.pickAnotherTime'),
  cancelSession: w.t('teams.card.cancelSession'),
  offerTimes: w.t('teams.offerForm.title'),
  moveSession: w.t('teams.notice.moveSession'),
  bookSession: w.t('teams.card.bookSession'),
});

// Teams' light theme: Accent 5.4:1 and Attention 5.4:1 on white; Good (2.07:1) is not used, a tick marks success.
const statusColor: Record<RequestView['status'], string> = {
  pending: 'Accent',
  confirmed: 'Default',
  declined: 'Attention',
  proposed: 'Accent',
  withdrawn: 'Default',
  expired: 'Attention',
};

/** `reader`: who the card is shown to (the one who pressed the button, or the recipient of a notice). */
/** The status word as a label: capitalised in the reader's language. */
const capitalised = (text: string, w: Words) => text.charAt(0).toLocaleUpperCase(w.locale) + text.slice(1);

/** `w`, `reader`: who the card is shown to (the one who pressed the button, or the recipient of a notice). */
export function decisionCard(request: RequestView, w: Words, reader?: 'employee' | 'therapist'): AdaptiveCardJson {
  const text = noticeText({ kind: 'request_decided', request, ...(reader ? { reader } : {}) }, w);
  // A therapist's counter-proposal keeps the request open, now waiting for the employee.
  const statusText = request.sessionCancelled
    ? w.t('teams.decision.sessionCancelled')
    : request.status === 'pending' && request.awaiting === 'employee'
      ? w.t('teams.decision.proposedWaiting', { name: request.employeeName })
      : capitalised(requestStatusWord(request.status, w), w);
  const shown = request.status === 'confirmed' && !request.sessionCancelled ? done(statusText) : statusText;
  // No answer is left on a decided request; the employee's copy offers what they can do next instead.
  const next = nextStepActions({ kind: 'request_decided', request, ...(reader ? { reader } : {}) }, w);
  const lines = [...text.lines, ...next.lines];
  return expandCard(
    'decision',
    {
      t: noticeButtons(w),
      title: text.title,
      status: shown,
      statusColor: statusColor[request.status],
      lines,
      quote: text.quote ?? '',
      ...next.actions,
    },
    summary(text.title, statusText, ...lines, text.quote && excerpt(text.quote)),
  );
}

/**
 * The employee's next steps (domain/next-steps.ts) as a card's actions. Messaging the therapist is writing in this
 * chat (every message is passed on), so it is said as a line rather than offered as a button.
 */
function nextStepActions(notice: Notice, w: Words): { actions: { rescheduleId: string; cancelId: string; book: string }; lines: string[] } {
  // A failed Confirm words its options itself (wording.ts); other notices add the line on messaging here.
  const steps = employeeNextSteps(notice);
  const sessionId = stepSessionId(notice);
  const therapist = 'request' in notice ? notice.request.therapistName : 'session' in notice ? notice.session.therapistName : '';
  return {
    actions: {
      rescheduleId: steps.includes('reschedule') ? sessionId : '',
      cancelId: steps.includes('cancel') ? sessionId : '',
      book: steps.includes('book') ? 'book' : '',
    },
    lines:
      steps.includes('message') && notice.kind !== 'reschedule_not_confirmed' ? [w.t('teams.card.messageHere', { name: therapist })] : [],
  };
}

/**
 * Universal Actions' refresh (Adaptive Cards 1.5): when one of `userIds` (user MRIs, at most 60) opens the card,
 * Teams invokes `verb` (trigger `automatic`) and shows the card the bot answers, so it is current whenever seen.
 */
export function withRefresh(
  card: AdaptiveCardJson,
  data: RequestRefresh | { verb: 'home'; upcomingPage?: string },
  userIds: string[],
): AdaptiveCardJson {
  const viewers = [...new Set(userIds.filter((id) => id.length > 0))].slice(0, 60);
  if (viewers.length === 0) return card;
  return { ...card, refresh: { action: { type: 'Action.Execute', verb: data.verb, data }, userIds: viewers } };
}

/**
 * What a card's refresh asks for: the request's card as it now stands, or (`shows`) a notice about it that offered an
 * action on its session (a refused Confirm, a declined request), drawn again with what became of the session since.
 */
export type RequestRefresh = {
  verb: 'request.refresh';
  requestId: string;
  shows?: 'reschedule_not_confirmed' | 'reschedule_declined';
  why?: NotConfirmedWhy;
};

/** The refresh that keeps a notice's card current for its reader, if it is about a request. */
export function refreshOf(notice: Notice): RequestRefresh | null {
  const request = requestOf(notice);
  if (request) return { verb: 'request.refresh', requestId: request.id };
  if (notice.kind === 'reschedule_not_confirmed') {
    return { verb: 'request.refresh', requestId: notice.request.id, shows: notice.kind, why: notice.why };
  }
  if (notice.kind === 'reschedule_declined' && notice.request.requestedBy === 'employee') {
    return { verb: 'request.refresh', requestId: notice.request.id, shows: notice.kind };
  }
  return null;
}

/** A refreshed notice card (`shows`) for the request as it now stands. */
export function refreshedNoticeCard(refresh: RequestRefresh, request: RequestView, w: Words): AdaptiveCardJson {
  if (refresh.shows === 'reschedule_not_confirmed' && refresh.why) {
    return noticeCard({ kind: 'reschedule_not_confirmed', request, why: refresh.why }, w);
  }
  return noticeCard({ kind: 'reschedule_declined', request }, w);
}

/** The request a notice is about, whose card is then kept current by refresh. */
export function requestOf(notice: Notice): RequestView | null {
  switch (notice.kind) {
    case 'reschedule_requested':
    case 'reschedule_awaiting':
    case 'reschedule_proposed':
    case 'proposal_sent':
    case 'request_decided':
      return notice.request;
    default:
      return null;
  }
}

/**
 * A request's card as it now stands for its reader: the therapist's request (Confirm / Decline / Propose) or their
 * proposal waiting for the client; the employee's request sent (Withdraw) or a proposal to answer; once decided,
 * the outcome in the reader's words with no answer left.
 */
export function currentRequestCard(request: RequestView, w: Words, reader: 'employee' | 'therapist'): AdaptiveCardJson {
  if (request.status !== 'pending') return decisionCard(request, w, reader);
  if (reader === 'therapist') {
    return request.awaiting === 'therapist' ? requestCard(request, w) : plainNoticeCard({ kind: 'proposal_sent', request }, w);
  }
  return request.awaiting === 'employee' ? proposalCard(request, w) : plainNoticeCard({ kind: 'reschedule_awaiting', request }, w);
}

/** Any notice, as the card its reader should see (with actions where the notice asks for an answer), in their words. */
export function noticeCard(notice: Notice, w: Words): AdaptiveCardJson {
  switch (notice.kind) {
    case 'reschedule_requested':
      return requestCard(notice.request, w);
    case 'reschedule_proposed':
      return proposalCard(notice.request, w);
    case 'request_decided':
      return decisionCard(notice.request, w, notice.reader);
    case 'offer_made':
      return offerCard(notice.offer, w);
    default:
      return plainNoticeCard(notice, w);
  }
}

/**
 * The client's card of an offer: one button per time (in their zone) and None of these while it is open; messaging
 * the therapist is writing in this chat, said as a line. Once decided, what became of it, with no button left.
 */
export function offerCard(offer: OfferView, w: Words): AdaptiveCardJson {
  const text = noticeText({ kind: 'offer_made', offer }, w);
  const open = offer.status === 'open';
  const lines = [...text.lines, ...(open ? [w.t('teams.offer.messageInstead', { name: offer.therapistName })] : [])];
  return expandCard(
    'offer',
    {
      t: { none: w.t('teams.offer.none'), newTimes: w.t('teams.offer.newTimes') },
      title: text.title,
      lines,
      times: open ? offer.times.map((t, index) => ({ title: w.span(t), offerId: offer.id, index: String(index) })) : [],
      declineId: open ? offer.id : '',
      offerFor: '',
    },
    summary(text.title, ...lines, open && w.t('teams.offer.spokenPick')),
  );
}

const OFFER_EXPIRY_CHOICES = [12, 24, 48, 72, 168];

/** The therapist's Offer times form: their open slots (up to three), two custom times in their zone, the hold. */
export function offerFormCard(slots: SlotView[], w: Words, employeeId: string, error = ''): AdaptiveCardJson {
  const open = slots.filter((s) => !s.held).slice(0, TEAMS_SLOTS_PER_CARD);
  const title = w.t('teams.offerForm.title');
  return expandCard(
    'offer-form',
    {
      t: {
        title,
        date: w.t('teams.card.date'),
        timeIn: w.t('teams.offerForm.timeIn', { zone: w.zone }),
        anotherDate: w.t('teams.offerForm.anotherDate'),
        hold: w.t('teams.offerForm.hold'),
        holdError: w.t('teams.offerForm.holdError'),
        submit: w.t('teams.offerForm.submit'),
      },
      intro: w.t('teams.offerForm.intro', { max: OFFER_TIMES.max }),
      error,
      slots: slotChoices(open, w),
      slotsLabel: w.t('teams.offerForm.slotsLabel', { max: OFFER_TIMES.max }),
      customLabel: w.t(open.length > 0 ? 'teams.offerForm.custom' : 'teams.offerForm.noSlots'),
      today: today(w.zone),
      employeeId,
      expiries: OFFER_EXPIRY_CHOICES.map((h) => ({
        title: h % 24 === 0 ? w.t('teams.offerForm.days', { count: h / 24 }) : w.t('teams.offerForm.hours', { count: h }),
        value: String(h),
      })),
    },
    summary(title, error, w.t('teams.offerForm.spoken')),
  );
}

/** The buttons a notice offers its reader: none for most, an answer where the notice invites one. */
function noticeActions(
  notice: Notice,
  w: Words,
): {
  withdrawId: string;
  rescheduleId: string;
  cancelId: string;
  book: string;
  offerFor: string;
  moveFor: string;
} {
  const none = { withdrawId: '', offerFor: '', moveFor: '', ...nextStepActions(notice, w).actions };
  // The root of a client's thread: the therapist offers them times, or moves one of their sessions (read when clicked).
  if (notice.kind === 'thread_opened' && notice.employeeId) return { ...none, offerFor: notice.employeeId, moveFor: notice.employeeId };
  // A decided offer's post offers new times again.
  if ((notice.kind === 'offer_sent' || notice.kind === 'offer_declined') && notice.offer.status !== 'open')
    return { ...none, offerFor: notice.offer.clientId };
  if (notice.kind === 'reschedule_awaiting' && notice.request.status === 'pending' && notice.request.awaiting === 'therapist') {
    return { ...none, withdrawId: notice.request.id };
  }
  return none;
}

function plainNoticeCard(notice: Notice, w: Words): AdaptiveCardJson {
  const text = noticeText(notice, w);
  const lines = [...text.lines, ...nextStepActions(notice, w).lines];
  return expandCard(
    'notice',
    { t: noticeButtons(w), title: text.title, lines, quote: text.quote ?? '', ...noticeActions(notice, w) },
    summary(text.title, ...lines, text.quote && excerpt(text.quote)),
  );
}

/** A notice card without buttons (e.g. the outcome replacing a card that had some). */
export function outcomeCard(notice: Notice, w: Words): AdaptiveCardJson {
  const text = noticeText(notice, w);
  return expandCard(
    'notice',
    {
      t: noticeButtons(w),
      title: text.title,
      lines: text.lines,
      quote: text.quote ?? '',
      withdrawId: '',
      rescheduleId: '',
      cancelId: '',
      book: '',
      offerFor: '',
      moveFor: '',
    },
    summary(text.title, ...text.lines, text.quote && excerpt(text.quote)),
  );
}

/**
 * A therapist's availability: the form to add open time first, then their times a page at a time (a busy week
 * by days), each open one with Remove. `page` is a page key or an instant's local time (`YYYY-MM-DDTHH:mm`): the
 * page covering it is shown.
 */
export function availabilityCard(
  slots: SlotView[],
  w: Words,
  status: { notice?: string; error?: string } = {},
  page?: string | null,
): AdaptiveCardJson {
  const zone = w.zone;
  const shown = slotPage(slots, w, TEAMS_AVAILABILITY_ROWS_PER_CARD, page);
  // A page of one day is labelled with the day: its rows need only the times.
  const oneDay = shown.key !== null && new Set(shown.items.map((s) => localDay(s.start, zone))).size === 1;
  const rowTitle = (start: Date, end: Date) => (oneDay ? formatTimes(start, end, w) : w.span({ start, end }));
  const notice = status.notice ? done(status.notice) : '';
  const booked = shown.items.filter((s) => s.held).length;
  const counts = { open: shown.items.length - booked, booked, page: shown.label };
  const title = w.t('teams.availability.title');
  const spoken = summary(
    title,
    notice,
    status.error,
    shown.items.length === 0
      ? w.t('teams.availability.noneSpoken')
      : w.t(shown.label ? 'teams.availability.countOnPage' : 'teams.availability.countSpoken', counts),
    w.t('teams.availability.spokenAdd'),
  );
  return expandCard(
    'availability',
    {
      t: {
        title,
        timesIn: w.t('teams.availability.timesIn', { zone }),
        addOpenTime: w.t('teams.availability.addOpenTime'),
        date: w.t('teams.card.date'),
        pickDate: w.t('teams.card.pickDate'),
        start: w.t('teams.availability.start'),
        pickTime: w.t('teams.card.pickTime'),
        length: w.t('teams.availability.length'),
        repeat: w.t('teams.availability.repeat'),
        weeksError: w.t('teams.availability.weeksError'),
        add: w.t('teams.availability.add'),
        yourTimes: w.t('teams.availability.yourTimes'),
        none: w.t('teams.availability.none'),
        remove: w.t('teams.availability.remove'),
      },
      lengths: [30, 50, 60, 90].map((m) => ({ title: w.t('teams.availability.minutes', { count: m }), value: String(m) })),
      today: today(zone),
      notice,
      error: status.error ?? '',
      page: shown.key ?? '',
      slots: shown.items.map((s) => ({
        id: s.id,
        title: rowTitle(s.start, s.end),
        held: s.held,
        state: w.t(s.held ? 'teams.availability.booked' : 'teams.availability.open'),
      })),
      ...shown.nav,
    },
    spoken,
  );
}

/**
 * "08:00–08:30 GMT" / "8:00–8:30 AM EST": a span within a day already named (both ends zoned across a clock change,
 * as formatSpan). British English keeps the house style; other languages their clock and zone names.
 */
function formatTimes(start: Date, end: Date, w: Words): string {
  const s = DateTime.fromJSDate(start, { zone: w.zone });
  const e = DateTime.fromJSDate(end, { zone: w.zone });
  if (w.locale === 'en-GB' || w.locale === PSEUDO_LOCALE) {
    // The house style's zone names, as dates.ts reads them.
    const [hs, he] = [s.setLocale('en-US'), e.setLocale('en-US')];
    const house = `${hs.toFormat(s.offset === e.offset ? 'HH:mm' : 'HH:mm ZZZZ')}–${he.toFormat('HH:mm ZZZZ')}`;
    return w.locale === PSEUDO_LOCALE ? pseudoText(house) : house;
  }
  const zoneName = (at: DateTime) => at.setLocale(intlTag(w.locale)).toFormat('ZZZZ');
  const from = s.offset === e.offset ? w.time(start) : `${w.time(start)} ${zoneName(s)}`;
  return `${from}–${w.time(end)} ${zoneName(e)}`;
}

/** The availability page showing an instant (e.g. a time just added), as a page request. */
export function pageShowing(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Departments on one usage card: more would outgrow Teams' message size; one department is asked by name. */
export const TEAMS_USAGE_ROWS = 25;

export function usageCard(report: UsageReport, w: Words): AdaptiveCardJson {
  const month = w.month(report.month);
  const privacy = w.t('teams.usage.privacy', { size: report.minGroupSize });
  const rows = report.rows.slice(0, TEAMS_USAGE_ROWS);
  const left = report.rows.length - rows.length;
  const more = left > 0 ? w.t('teams.usage.more', { count: left, month: report.month }) : '';
  const title = w.t('teams.usage.title', { month });
  return expandCard(
    'usage',
    {
      t: { title },
      privacy,
      more,
      rows: rows.map((r) => ({
        department: departmentName(r.department, w),
        suppressed: r.suppressed,
        suppressedText: suppressionText(r.suppressedBecause ?? 'small_group', report.minGroupSize, w),
        facts: usageFacts(r, w),
      })),
    },
    summary(title, w.t('teams.usage.groups', { count: report.rows.length }), privacy),
  );
}

export function errorCard(message: string, w: Words, title = w.t('teams.error.title')): AdaptiveCardJson {
  return expandCard('error', { t: { back: w.t('teams.error.back') }, title, message }, summary(title, message));
}

export function refusalCard(refusal: Pick<Refusal, 'code' | 'params'>, w: Words): AdaptiveCardJson {
  return errorCard(refusalText(refusal, 'employee', w), w);
}
