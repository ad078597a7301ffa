// Turns service results and notices into card view data, in the reader's zone, and expands the card. Every
// sentence about a rule comes from src/domain (wording.ts, refusals.ts), shared with Slack.
import { DateTime } from 'luxon';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../domain/reason.js';
import { refusalText, type Refusal } from '../domain/refusals.js';
import { isOutsideCutoff } from '../domain/policy.js';
import { formatSpan, monthName } from '../domain/time.js';
import { pageByWeek, weekLabel } from '../domain/weeks.js';
import { suppressionText, usageFacts } from '../domain/usage.js';
import { attendanceListIntro, cancellationConsequence, noticeText, notConfirmedOptions, requestStatusWord } from '../domain/wording.js';
import type { Notice, RequestView, SessionView } from '../notices/notice.js';
import { ATTENDANCE_WINDOW_DAYS } from '../services/therapist-tools/awaiting-attendance.js';
import type { Actor, CancelPreview, Overview, SlotView, UsageReport } from '../services/types.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';
import { commandHelp } from './commands.js';

const reasonError = `Please give a reason (${REASON_MIN_LENGTH} to ${REASON_MAX_LENGTH} characters).`;

function today(zone: string): string {
  return DateTime.now().setZone(zone).toFormat('yyyy-MM-dd');
}

/** Slots on one card before it is paged by week: more makes cards Teams renders slowly and people scroll past. */
export const TEAMS_SLOTS_PER_CARD = 40;
/** Radio buttons read best for a few choices; beyond that a drop-down keeps the card short. */
const MAX_RADIO_CHOICES = 10;

/** The reschedule window, so a target time inside it is labelled: once moved there it can never be moved again. */
export interface CutoffHint {
  now: Date;
  hours: number;
}

function slotChoices(slots: SlotView[], zone: string, cutoff?: CutoffHint): { title: string; value: string }[] {
  return slots.map((s) => {
    const inside = cutoff && !isOutsideCutoff(s.start, cutoff.now, cutoff.hours);
    return {
      title: `${formatSpan(s.start, s.end, zone)}${inside ? ` (within ${cutoff.hours} h: can't be moved again)` : ''}`,
      value: s.id,
    };
  });
}

/** One week of slots when there are too many for a card, with the week label and the neighbouring weeks. */
function weekPage<T extends { start: Date }>(slots: T[], zone: string, week?: string | null) {
  const page = pageByWeek(slots, zone, TEAMS_SLOTS_PER_CARD, week);
  return {
    items: page.items,
    nav: {
      paged: page.week !== null,
      weekLabel: page.week ? weekLabel(page.week, zone) : '',
      previousWeek: page.previous ?? '',
      nextWeek: page.next ?? '',
    },
  };
}

export function welcomeCard(name: string | null): AdaptiveCardJson {
  return expandCard('welcome', {
    title: name ? `Hello ${name}` : 'Hello',
    intro: 'I connect you privately with your therapist. Write to me here and your therapist receives it; their answers come back here.',
    commands: commandHelp('personal'),
    privacy: 'Your HR team never sees your messages or the names of people using the service.',
    showSessions: true,
  });
}

/** Help for therapists, HR admins and operators: what their role can do here, not the employee's introduction. */
export function staffWelcomeCard(actor: Actor): AdaptiveCardJson {
  const personal = commandHelp('personal');
  const pick = (names: string[]) => personal.filter((c) => names.includes(c.name));
  const names = ['help'];
  if (actor.roles.includes('therapist')) names.push('sessions', 'availability', 'link', 'hours');
  if (actor.roles.includes('hr_admin')) names.push('usage');
  const lines: string[] = [];
  if (actor.roles.includes('therapist')) {
    lines.push(
      'Each client has a thread in your channel: reply there and I pass it to them privately. Confirm, decline or propose times on their requests there.',
    );
    lines.push(
      'Type "sessions" for your week: cancel a session (always credited back to your client) and mark recent ones Attended or No-show.',
    );
  }
  if (actor.roles.includes('hr_admin') || actor.roles.includes('operator')) {
    lines.push('In a channel, @mention me with "link @therapist" to make it that therapist\'s conversation channel.');
  }
  return expandCard('welcome', {
    title: `Hello ${actor.displayName}`,
    intro: lines.join(' ') || 'Here is what you can do with me.',
    commands: pick(names),
    privacy: 'Usage reports show counts only, never names or messages.',
    showSessions: false,
  });
}

export function homeCard(overview: Overview): AdaptiveCardJson {
  const zone = overview.actor.zone;
  return expandCard('home', {
    therapistLine: overview.therapistName ? `Your therapist: ${overview.therapistName}` : refusalText({ code: 'no_therapist' }),
    allowance: overview.allowance.map((a) => ({
      month: monthName(a.month),
      text: `${a.left} of ${a.allowance} sessions left`,
    })),
    sessions: overview.upcoming.map((s) => ({
      id: s.id,
      when: formatSpan(s.start, s.end, zone),
      detail: s.joinUrl ? `With ${s.therapistName}. Join: ${s.joinUrl}` : `With ${s.therapistName}`,
      canReschedule: s.canReschedule && !s.pendingRequest,
      // Only a request still waiting for the therapist can be taken back.
      withdrawId: s.pendingRequest?.awaiting === 'therapist' ? s.pendingRequest.id : '',
      pending: s.pendingRequest
        ? `Reschedule to ${formatSpan(s.pendingRequest.proposed.start, s.pendingRequest.proposed.end, zone)} is ${requestStatusWord(s.pendingRequest.status)}.`
        : '',
      // The same sentence Slack shows: why this session has no Reschedule button.
      note: !s.canReschedule && !s.pendingRequest ? refusalText({ code: 'inside_cutoff', params: { hours: overview.cutoffHours } }) : '',
    })),
  });
}

/** What the therapist's week card says after an action: the outcome, or why nothing changed. */
export interface WeekStatus {
  text: string;
  refused: boolean;
}

/** A therapist's week: upcoming sessions with Cancel, and the recent ones still to mark Attended / No-show. */
export function weekCard(overview: Overview, awaiting: SessionView[], status: WeekStatus | null = null): AdaptiveCardJson {
  const zone = overview.actor.zone;
  const item = (s: SessionView) => ({ id: s.id, when: formatSpan(s.start, s.end, zone), detail: `With ${s.employeeName}` });
  return expandCard('week', {
    zone,
    status: status?.text ?? '',
    statusColor: status?.refused ? 'Attention' : 'Good',
    sessions: overview.upcoming.slice(0, TEAMS_WEEK_ITEMS).map((s) => ({
      ...item(s),
      pending: s.pendingRequest
        ? `Reschedule to ${formatSpan(s.pendingRequest.proposed.start, s.pendingRequest.proposed.end, zone)} is ${requestStatusWord(s.pendingRequest.status)}: answer in ${s.employeeName}'s thread.`
        : '',
    })),
    recentIntro: attendanceListIntro(ATTENDANCE_WINDOW_DAYS),
    recent: awaiting.slice(0, TEAMS_WEEK_ITEMS).map(item),
  });
}

/** Sessions per list on the week card: keeps it well under Teams' card size. */
const TEAMS_WEEK_ITEMS = 15;

export function bookCard(slots: SlotView[], zone: string, error = '', week?: string | null): AdaptiveCardJson {
  const page = weekPage(
    slots.filter((s) => !s.held),
    zone,
    week,
  );
  return expandCard('book', {
    intro: "Pick one of your therapist's open times.",
    zone,
    slots: slotChoices(page.items, zone),
    choiceStyle: page.items.length > MAX_RADIO_CHOICES ? 'compact' : 'expanded',
    error,
    ...page.nav,
  });
}

export function rescheduleFormCard(input: {
  sessionId: string;
  current: { start: Date; end: Date };
  therapistName: string;
  slots: SlotView[];
  zone: string;
  error?: string;
  week?: string | null;
  cutoff?: CutoffHint;
}): AdaptiveCardJson {
  const page = weekPage(
    input.slots.filter((s) => !s.held),
    input.zone,
    input.week,
  );
  return expandCard('reschedule-form', {
    sessionId: input.sessionId,
    current: formatSpan(input.current.start, input.current.end, input.zone),
    therapistName: input.therapistName,
    slots: slotChoices(page.items, input.zone, input.cutoff),
    ...page.nav,
    cutoffLine: input.cutoff
      ? `A time within the next ${input.cutoff.hours} hours can't be rescheduled again once confirmed, only cancelled.`
      : '',
    zone: input.zone,
    today: today(input.zone),
    reasonMax: REASON_MAX_LENGTH,
    reasonError,
    error: input.error ?? '',
  });
}

export function cancelConfirmCard(preview: CancelPreview, zone: string, cutoffHours: number, error = ''): AdaptiveCardJson {
  return expandCard('cancel-confirm', {
    sessionId: preview.session.id,
    when: formatSpan(preview.session.start, preview.session.end, zone),
    consequence: preview.consequence || cancellationConsequence(preview.late, cutoffHours),
    // Attention, not Warning: Teams' light theme draws Warning yellow on white (contrast about 1.5:1).
    consequenceColor: preview.late ? 'Attention' : 'Default',
    reasonMax: REASON_MAX_LENGTH,
    reasonError,
    error,
  });
}

export function requestCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_requested', request }, zone);
  return expandCard('request', {
    title: text.title,
    lines: text.lines,
    quote: text.quote ?? '',
    requestId: request.id,
    employeeName: request.employeeName,
    zone,
    today: today(zone),
    reasonMax: REASON_MAX_LENGTH,
    reasonError,
  });
}

export function proposalCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_proposed', request }, zone);
  return expandCard('proposal', { title: text.title, lines: text.lines, quote: text.quote ?? '', requestId: request.id });
}

const statusColor: Record<RequestView['status'], string> = {
  pending: 'Accent',
  confirmed: 'Good',
  declined: 'Attention',
  proposed: 'Accent',
  withdrawn: 'Default',
  expired: 'Attention',
};

export function decisionCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'request_decided', request }, zone);
  // A therapist's counter-proposal keeps the request open, now waiting for the employee.
  const status = request.sessionCancelled
    ? 'session cancelled'
    : request.status === 'pending' && request.awaiting === 'employee'
      ? `proposed, waiting for ${request.employeeName}`
      : requestStatusWord(request.status);
  return expandCard('decision', {
    title: text.title,
    status: status.charAt(0).toUpperCase() + status.slice(1),
    statusColor: statusColor[request.status],
    lines: text.lines,
    quote: text.quote ?? '',
  });
}

/** Any notice, as the card its reader should see (with actions where the notice asks for an answer). */
export function noticeCard(notice: Notice, zone: string): AdaptiveCardJson {
  switch (notice.kind) {
    case 'reschedule_requested':
      return requestCard(notice.request, zone);
    case 'reschedule_proposed':
      return proposalCard(notice.request, zone);
    case 'request_decided':
      return decisionCard(notice.request, zone);
    default:
      return plainNoticeCard(notice, zone);
  }
}

/** The buttons a notice offers its reader: none for most, an answer where the notice invites one. */
function noticeActions(notice: Notice): { withdrawId: string; rescheduleId: string; cancelId: string } {
  const none = { withdrawId: '', rescheduleId: '', cancelId: '' };
  if (notice.kind === 'reschedule_awaiting' && notice.request.status === 'pending' && notice.request.awaiting === 'therapist') {
    return { ...none, withdrawId: notice.request.id };
  }
  if (notice.kind === 'reschedule_not_confirmed') {
    const options = notConfirmedOptions(notice.why);
    return {
      ...none,
      rescheduleId: options.includes('reschedule') ? notice.request.sessionId : '',
      cancelId: options.includes('cancel') ? notice.request.sessionId : '',
    };
  }
  return none;
}

function plainNoticeCard(notice: Notice, zone: string): AdaptiveCardJson {
  const text = noticeText(notice, zone);
  return expandCard('notice', { title: text.title, lines: text.lines, quote: text.quote ?? '', ...noticeActions(notice) });
}

/** A notice card without buttons (e.g. the outcome replacing a card that had some). */
export function outcomeCard(notice: Notice, zone: string): AdaptiveCardJson {
  const text = noticeText(notice, zone);
  return expandCard('notice', {
    title: text.title,
    lines: text.lines,
    quote: text.quote ?? '',
    withdrawId: '',
    rescheduleId: '',
    cancelId: '',
  });
}

export function availabilityCard(
  slots: SlotView[],
  zone: string,
  status: { notice?: string; error?: string } = {},
  week?: string | null,
): AdaptiveCardJson {
  const page = weekPage(slots, zone, week);
  return expandCard('availability', {
    zone,
    today: today(zone),
    notice: status.notice ?? '',
    error: status.error ?? '',
    slots: page.items.map((s) => ({ id: s.id, title: formatSpan(s.start, s.end, zone), held: s.held, state: s.held ? 'Booked' : 'Open' })),
    ...page.nav,
  });
}

export function usageCard(report: UsageReport): AdaptiveCardJson {
  return expandCard('usage', {
    monthName: monthName(report.month),
    privacy: `Counts only, never names or messages. Groups smaller than ${report.minGroupSize} people are not shown.`,
    rows: report.rows.map((r) => ({
      department: r.department,
      suppressed: r.suppressed,
      suppressedText: suppressionText(r.suppressedBecause ?? 'small_group', report.minGroupSize),
      facts: usageFacts(r),
    })),
  });
}

export function errorCard(message: string, title = 'That did not work'): AdaptiveCardJson {
  return expandCard('error', { title, message });
}

export function refusalCard(refusal: Pick<Refusal, 'code' | 'params'>): AdaptiveCardJson {
  return errorCard(refusalText(refusal));
}
