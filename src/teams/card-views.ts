// Turns service results and notices into card view data, in the reader's zone, and expands the card. Every
// sentence about a rule comes from src/domain (wording.ts, refusals.ts), shared with Slack.
import { DateTime } from 'luxon';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../domain/reason.js';
import { refusalText, type Refusal } from '../domain/refusals.js';
import { formatSpan } from '../domain/time.js';
import { cancellationConsequence, noticeText, requestStatusWord } from '../domain/wording.js';
import type { Notice, RequestView } from '../notices/notice.js';
import type { CancelPreview, Overview, SlotView, UsageReport } from '../services/types.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';
import { commandHelp } from './commands.js';

const reasonError = `Please give a reason (${REASON_MIN_LENGTH} to ${REASON_MAX_LENGTH} characters).`;

function today(zone: string): string {
  return DateTime.now().setZone(zone).toFormat('yyyy-MM-dd');
}

function monthName(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).toFormat('LLLL yyyy');
}

function slotChoices(slots: SlotView[], zone: string): { title: string; value: string }[] {
  return slots.filter((s) => !s.held).map((s) => ({ title: formatSpan(s.start, s.end, zone), value: s.id }));
}

export function welcomeCard(name: string | null): AdaptiveCardJson {
  return expandCard('welcome', {
    title: name ? `Hello ${name}` : 'Hello',
    intro:
      'I connect you privately with your therapist. Write to me here and your therapist receives it; their answers come back here.',
    commands: commandHelp('personal'),
    privacy: 'Your HR team never sees your messages or the names of people using the service.',
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
      pending: s.pendingRequest
        ? `Reschedule to ${formatSpan(s.pendingRequest.proposed.start, s.pendingRequest.proposed.end, zone)} is ${requestStatusWord(s.pendingRequest.status)}.`
        : '',
      // The same sentence Slack shows: why this session has no Reschedule button.
      note: !s.canReschedule && !s.pendingRequest ? refusalText({ code: 'inside_cutoff', params: { hours: overview.cutoffHours } }) : '',
    })),
  });
}

export function bookCard(slots: SlotView[], zone: string, error = ''): AdaptiveCardJson {
  return expandCard('book', {
    intro: "Pick one of your therapist's open times.",
    zone,
    slots: slotChoices(slots, zone),
    error,
  });
}

export function rescheduleFormCard(input: {
  sessionId: string;
  current: { start: Date; end: Date };
  therapistName: string;
  slots: SlotView[];
  zone: string;
  error?: string;
}): AdaptiveCardJson {
  return expandCard('reschedule-form', {
    sessionId: input.sessionId,
    current: formatSpan(input.current.start, input.current.end, input.zone),
    therapistName: input.therapistName,
    slots: slotChoices(input.slots, input.zone),
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
    consequenceColor: preview.late ? 'Warning' : 'Default',
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
  expired: 'Warning',
};

export function decisionCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'request_decided', request }, zone);
  // A therapist's counter-proposal keeps the request open, now waiting for the employee.
  const status =
    request.status === 'pending' && request.awaiting === 'employee'
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
    default: {
      const text = noticeText(notice, zone);
      return expandCard('notice', { title: text.title, lines: text.lines, quote: text.quote ?? '' });
    }
  }
}

export function availabilityCard(
  slots: SlotView[],
  zone: string,
  status: { notice?: string; error?: string } = {},
): AdaptiveCardJson {
  return expandCard('availability', {
    zone,
    today: today(zone),
    notice: status.notice ?? '',
    error: status.error ?? '',
    slots: slots.map((s) => ({ id: s.id, title: formatSpan(s.start, s.end, zone), held: s.held, state: s.held ? 'Booked' : 'Open' })),
  });
}

const percent = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);
const count = (n: number | null) => (n === null ? '–' : String(n));

export function usageCard(report: UsageReport): AdaptiveCardJson {
  return expandCard('usage', {
    monthName: monthName(report.month),
    privacy: `Counts only, never names or messages. Groups smaller than ${report.minGroupSize} people are not shown.`,
    rows: report.rows.map((r) => ({
      department: r.department,
      suppressed: r.suppressed,
      suppressedText: `Fewer than ${report.minGroupSize} people: not shown.`,
      facts: [
        { title: 'Employees using the service', value: count(r.employees) },
        { title: 'Sessions booked', value: count(r.booked) },
        { title: 'Completed', value: count(r.completed) },
        { title: 'Cancelled', value: count(r.cancelled) },
        { title: 'Late cancellations', value: count(r.lateCancelled) },
        { title: 'No-shows', value: count(r.noShows ?? null) },
        { title: 'Rescheduled', value: count(r.rescheduled) },
        { title: 'Allowance used', value: percent(r.allowanceUtilisation) },
      ],
    })),
  });
}

export function errorCard(message: string, title = 'That did not work'): AdaptiveCardJson {
  return expandCard('error', { title, message });
}

export function refusalCard(refusal: Pick<Refusal, 'code' | 'params'>): AdaptiveCardJson {
  return errorCard(refusalText(refusal));
}

