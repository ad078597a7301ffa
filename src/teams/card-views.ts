// Turns service results and notices into card view data, in the reader's zone, and expands the card. Every
// sentence about a rule comes from src/domain (wording.ts, refusals.ts), shared with Slack.
import { DateTime } from 'luxon';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../domain/reason.js';
import { refusalText, type Refusal } from '../domain/refusals.js';
import { isOutsideCutoff } from '../domain/policy.js';
import { formatSpan, localDay, monthName } from '../domain/time.js';
import { suppressionText, usageFacts } from '../domain/usage.js';
import { attendanceListIntro, cancellationConsequence, noticeText, requestStatusWord } from '../domain/wording.js';
import { employeeNextSteps, stepSessionId } from '../domain/next-steps.js';
import type { NotConfirmedWhy, Notice, OfferView, RequestView, SessionView } from '../notices/notice.js';
import { OFFER_TIMES } from '../domain/offers.js';
import { ATTENDANCE_WINDOW_DAYS } from '../services/therapist-tools/awaiting-attendance.js';
import type { Actor, CancelPreview, Overview, SlotView, UsageReport } from '../services/types.js';
import { pageTimes, type PageLink } from './card-pages.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';
import { commandHelp } from './commands.js';

const reasonError = `Please give a reason (${REASON_MIN_LENGTH} to ${REASON_MAX_LENGTH} characters).`;

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

function slotChoices(slots: SlotView[], zone: string, cutoff?: CutoffHint): { title: string; value: string }[] {
  return slots.map((s) => {
    const inside = cutoff && !isOutsideCutoff(s.start, cutoff.now, cutoff.hours);
    return {
      title: `${formatSpan(s.start, s.end, zone)}${inside ? ` (within ${cutoff.hours} h: can't be moved again)` : ''}`,
      value: s.id,
    };
  });
}

const stepWords: Record<PageLink['step'], string> = { week: 'week', days: 'days', times: 'times' };

/** One page of slots when there are too many for a card, with its label and the neighbouring pages. */
function slotPage<T extends { start: Date }>(slots: T[], zone: string, limit: number, page?: string | null) {
  const shown = pageTimes(slots, zone, limit, page);
  return {
    items: shown.items,
    key: shown.key,
    label: shown.label,
    nav: {
      paged: shown.key !== null,
      pageLabel: shown.label,
      previousPage: shown.previous?.key ?? '',
      previousTitle: shown.previous ? `← Earlier ${stepWords[shown.previous.step]}` : '',
      nextPage: shown.next?.key ?? '',
      nextTitle: shown.next ? `Later ${stepWords[shown.next.step]} →` : '',
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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A success line: default colour with a tick, as Teams' green (Good) is 2.07:1 on white and fails WCAG AA. */
const done = (text: string) => `✓ ${text}`;

export function welcomeCard(name: string | null): AdaptiveCardJson {
  const title = name ? `Hello ${name}` : 'Hello';
  const intro =
    'I connect you privately with your therapist. Write to me here and your therapist receives it; their answers come back here.';
  const commands = commandHelp('personal');
  return expandCard(
    'welcome',
    {
      title,
      intro,
      commands,
      privacy: 'Your HR team never sees your messages or the names of people using the service.',
      showSessions: true,
    },
    summary(title, intro, `Commands: ${commands.map((c) => c.name).join(', ')}`),
  );
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
  const title = `Hello ${actor.displayName}`;
  const intro = lines.join(' ') || 'Here is what you can do with me.';
  return expandCard(
    'welcome',
    { title, intro, commands: pick(names), privacy: 'Usage reports show counts only, never names or messages.', showSessions: false },
    summary(title, intro, `Commands: ${names.join(', ')}`),
  );
}

export function homeCard(overview: Overview): AdaptiveCardJson {
  const zone = overview.actor.zone;
  const therapistLine = overview.therapistName ? `Your therapist: ${overview.therapistName}` : refusalText({ code: 'no_therapist' });
  const allowance = overview.allowance.map((a) => ({
    month: monthName(a.month),
    text: `${a.left} of ${a.allowance} sessions left`,
  }));
  const next = overview.upcoming[0];
  const spoken = summary(
    'Your wellbeing sessions',
    therapistLine,
    ...allowance.map((a) => `${a.month}: ${a.text}`),
    overview.upcoming.length === 0
      ? 'No upcoming sessions'
      : `${plural(overview.upcoming.length, 'upcoming session')}, the next ${formatSpan(next?.start ?? new Date(), next?.end ?? new Date(), zone)}`,
  );
  return expandCard(
    'home',
    {
      therapistLine,
      allowance,
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
  status: WeekStatus | null = null,
  upcomingPage = 0,
): AdaptiveCardJson {
  const zone = overview.actor.zone;
  const total = overview.upcoming.length;
  const pages = Math.max(1, Math.ceil(total / TEAMS_WEEK_ITEMS));
  const page = Math.min(Math.max(0, upcomingPage), pages - 1);
  const from = page * TEAMS_WEEK_ITEMS;
  const shown = overview.upcoming.slice(from, from + TEAMS_WEEK_ITEMS);
  const range = pages > 1 ? `Sessions ${from + 1}–${from + shown.length} of ${total}${overview.laterUpcoming ? ' listed' : ''}.` : '';
  // Later ones are not read at all: the list moves on as these pass.
  const later = overview.laterUpcoming && page === pages - 1 ? 'Later sessions are listed here as these ones pass.' : '';
  const item = (s: SessionView) => ({ id: s.id, when: formatSpan(s.start, s.end, zone), detail: `With ${s.employeeName}` });
  const statusText = status ? (status.refused ? status.text : done(status.text)) : '';
  const more = (n: number, what: string) => (n > TEAMS_WEEK_ITEMS ? `…and ${plural(n - TEAMS_WEEK_ITEMS, `more ${what}`)}.` : '');
  const spoken = summary(
    'Your week',
    statusText,
    plural(total, 'upcoming session'),
    range,
    `${plural(awaiting.length, 'recent session')} to mark attended or no-show`,
  );
  return expandCard(
    'week',
    {
      zone,
      status: statusText,
      statusColor: status?.refused ? 'Attention' : 'Default',
      moreUpcoming: [range, later].filter((t) => t !== '').join(' '),
      earlierPage: page > 0 ? String(page - 1) : '',
      laterPage: page < pages - 1 ? String(page + 1) : '',
      moreRecent: more(awaiting.length, 'recent session'),
      sessions: shown.map((s) => ({
        ...item(s),
        pending: s.pendingRequest ? weekPendingLine(s.pendingRequest, s.employeeName, zone) : '',
        // Move only while nothing waits on the session (one pending request per session).
        movable: !s.pendingRequest,
      })),
      recentIntro: attendanceListIntro(ATTENDANCE_WINDOW_DAYS),
      recent: awaiting.slice(0, TEAMS_WEEK_ITEMS).map(item),
    },
    spoken,
  );
}

/** A request waiting on a session of the therapist's week: theirs to answer, or their own waiting for the client. */
function weekPendingLine(request: RequestView, employeeName: string, zone: string): string {
  const to = formatSpan(request.proposed.start, request.proposed.end, zone);
  if (request.awaiting === 'employee') {
    return request.move
      ? `You asked to move it to ${to}; waiting for ${employeeName}.`
      : `You proposed ${to}; waiting for ${employeeName}.`;
  }
  return `Reschedule to ${to} is ${requestStatusWord(request.status)}: answer in ${employeeName}'s thread.`;
}

/** Sessions per list on the week card: two full lists stay well under Teams' message size. */
export const TEAMS_WEEK_ITEMS = 10;

/** `notes`: why some times are not offered (a month whose allowance is used up). */
export function bookCard(slots: SlotView[], zone: string, error = '', page?: string | null, notes: string[] = []): AdaptiveCardJson {
  const shown = slotPage(
    slots.filter((s) => !s.held),
    zone,
    TEAMS_SLOTS_PER_CARD,
    page,
  );
  const intro = ["Pick one of your therapist's open times.", ...notes].join(' ');
  const spoken =
    shown.items.length === 0
      ? summary('Book a session', error, NO_OPEN_TIMES)
      : summary('Book a session', error, `${plural(shown.items.length, 'open time')}${shown.label ? `: ${shown.label}` : ''}`, intro);
  return expandCard(
    'book',
    {
      intro,
      zone,
      slots: slotChoices(shown.items, zone),
      slotInput: slotInputId(shown.key),
      choiceStyle: shown.items.length > MAX_RADIO_CHOICES ? 'compact' : 'expanded',
      error,
      noOpenTimes: NO_OPEN_TIMES,
      ...shown.nav,
    },
    spoken,
  );
}

const NO_OPEN_TIMES = 'There are no open times in the next weeks. Send your therapist a message to find a time.';

export function rescheduleFormCard(input: {
  sessionId: string;
  current: { start: Date; end: Date };
  therapistName: string;
  slots: SlotView[];
  zone: string;
  error?: string;
  page?: string | null;
  cutoff?: CutoffHint;
}): AdaptiveCardJson {
  const shown = slotPage(
    input.slots.filter((s) => !s.held),
    input.zone,
    TEAMS_SLOTS_PER_CARD,
    input.page,
  );
  const current = formatSpan(input.current.start, input.current.end, input.zone);
  const spoken = summary(
    `Reschedule your session of ${current}`,
    input.error,
    shown.items.length > 0
      ? `Pick one of ${input.therapistName}'s ${plural(shown.items.length, 'open time')}${shown.label ? ` (${shown.label})` : ''}, or propose another date and time`
      : 'Propose a date and time',
    'Give a reason and send the request',
  );
  return expandCard(
    'reschedule-form',
    {
      sessionId: input.sessionId,
      current,
      therapistName: input.therapistName,
      slots: slotChoices(shown.items, input.zone, input.cutoff),
      slotInput: slotInputId(shown.key),
      ...shown.nav,
      cutoffLine: input.cutoff
        ? `A time within the next ${input.cutoff.hours} hours can't be rescheduled again once confirmed, only cancelled.`
        : '',
      zone: input.zone,
      today: today(input.zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError,
      error: input.error ?? '',
    },
    spoken,
  );
}

export function cancelConfirmCard(preview: CancelPreview, zone: string, cutoffHours: number, error = ''): AdaptiveCardJson {
  const when = formatSpan(preview.session.start, preview.session.end, zone);
  const consequence = preview.consequence || cancellationConsequence(preview.late, cutoffHours);
  return expandCard(
    'cancel-confirm',
    {
      sessionId: preview.session.id,
      when,
      consequence,
      // Attention, not Warning: Teams' light theme draws Warning yellow on white (contrast about 1.5:1).
      consequenceColor: preview.late ? 'Attention' : 'Default',
      reasonMax: REASON_MAX_LENGTH,
      reasonError,
      error,
    },
    summary(`Cancel your session of ${when}?`, consequence, error, 'Give a reason to cancel it'),
  );
}

export function requestCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_requested', request }, zone);
  return expandCard(
    'request',
    {
      title: text.title,
      lines: text.lines,
      quote: text.quote ?? '',
      requestId: request.id,
      employeeName: request.employeeName,
      zone,
      today: today(zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError,
    },
    summary(text.title, ...text.lines, text.quote && `Reason: ${excerpt(text.quote)}`, 'Confirm, decline or propose another time'),
  );
}

/** The therapist asks their client to move a session: one of their own open times or a custom one, and a reason. */
export function moveFormCard(input: {
  session: SessionView;
  slots: SlotView[];
  zone: string;
  page?: string | null;
  cutoff?: CutoffHint;
  /** Opened from the client's thread (the client's id): Back and the answer return to the thread card. */
  fromThreadOf?: string;
}): AdaptiveCardJson {
  const { session, zone } = input;
  const shown = slotPage(
    input.slots.filter((s) => !s.held),
    zone,
    TEAMS_SLOTS_PER_CARD,
    input.page,
  );
  const current = formatSpan(session.start, session.end, zone);
  const askedLine = `${session.employeeName} is asked to accept or decline; the session stays as it is until they accept, and the new time is held for them meanwhile.`;
  const spoken = summary(
    `Move the session with ${session.employeeName}, now ${current}`,
    shown.items.length > 0
      ? `Pick one of your ${plural(shown.items.length, 'open time')}${shown.label ? ` (${shown.label})` : ''}, or another date and time`
      : 'Pick a date and time',
    'Give a reason and ask your client',
  );
  return expandCard(
    'move-form',
    {
      sessionId: session.id,
      current,
      employeeName: session.employeeName,
      slots: slotChoices(shown.items, zone, input.cutoff),
      slotInput: slotInputId(shown.key),
      ...shown.nav,
      cutoffLine: input.cutoff
        ? `A time within the next ${input.cutoff.hours} hours can't be rescheduled again once accepted, only cancelled.`
        : '',
      askedLine,
      backVerb: input.fromThreadOf ? 'move.pick' : 'home',
      employeeId: input.fromThreadOf ?? '',
      zone,
      today: today(zone),
      reasonMax: REASON_MAX_LENGTH,
      reasonError,
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
  zone: string,
  status: WeekStatus | null = null,
): AdaptiveCardJson {
  const text = noticeText({ kind: 'thread_opened', employeeName: client.employeeName }, zone);
  const statusText = status ? (status.refused ? status.text : done(status.text)) : '';
  const heading =
    client.sessions.length === 0
      ? `${client.employeeName} has no upcoming sessions with you.`
      : `Upcoming sessions with ${client.employeeName}`;
  return expandCard(
    'thread',
    {
      title: text.title,
      lines: text.lines,
      status: statusText,
      statusColor: status?.refused ? 'Attention' : 'Default',
      heading,
      zone,
      employeeId: client.employeeId,
      sessions: client.sessions
        .slice(0, TEAMS_WEEK_ITEMS)
        .map((s) => ({ id: s.id, when: formatSpan(s.start, s.end, zone), employeeId: client.employeeId })),
    },
    summary(text.title, statusText, heading),
  );
}

export function proposalCard(request: RequestView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'reschedule_proposed', request }, zone);
  // Messaging the therapist is writing in this chat: said as a line for a move, which may need talking over.
  const lines = request.move ? [...text.lines, `To message ${request.therapistName} first, write here in this chat.`] : text.lines;
  return expandCard(
    'proposal',
    { title: text.title, lines, quote: text.quote ?? '', requestId: request.id },
    summary(text.title, ...text.lines, text.quote && excerpt(text.quote), 'Accept or decline'),
  );
}

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
export function decisionCard(request: RequestView, zone: string, reader?: 'employee' | 'therapist'): AdaptiveCardJson {
  const text = noticeText({ kind: 'request_decided', request, ...(reader ? { reader } : {}) }, zone);
  // A therapist's counter-proposal keeps the request open, now waiting for the employee.
  const status = request.sessionCancelled
    ? 'session cancelled'
    : request.status === 'pending' && request.awaiting === 'employee'
      ? `proposed, waiting for ${request.employeeName}`
      : requestStatusWord(request.status);
  const statusText = status.charAt(0).toUpperCase() + status.slice(1);
  const shown = request.status === 'confirmed' && !request.sessionCancelled ? done(statusText) : statusText;
  // No answer is left on a decided request; the employee's copy offers what they can do next instead.
  const next = nextStepActions({ kind: 'request_decided', request, ...(reader ? { reader } : {}) });
  const lines = [...text.lines, ...next.lines];
  return expandCard(
    'decision',
    { title: text.title, status: shown, statusColor: statusColor[request.status], lines, quote: text.quote ?? '', ...next.actions },
    summary(text.title, statusText, ...lines, text.quote && excerpt(text.quote)),
  );
}

/**
 * The employee's next steps (domain/next-steps.ts) as a card's actions. Messaging the therapist is writing in this
 * chat (every message is passed on), so it is said as a line rather than offered as a button.
 */
function nextStepActions(notice: Notice): { actions: { rescheduleId: string; cancelId: string; book: string }; lines: string[] } {
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
      steps.includes('message') && notice.kind !== 'reschedule_not_confirmed' ? [`To message ${therapist}, write here in this chat.`] : [],
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
export function refreshedNoticeCard(refresh: RequestRefresh, request: RequestView, zone: string): AdaptiveCardJson {
  if (refresh.shows === 'reschedule_not_confirmed' && refresh.why) {
    return noticeCard({ kind: 'reschedule_not_confirmed', request, why: refresh.why }, zone);
  }
  return noticeCard({ kind: 'reschedule_declined', request }, zone);
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
export function currentRequestCard(request: RequestView, zone: string, reader: 'employee' | 'therapist'): AdaptiveCardJson {
  if (request.status !== 'pending') return decisionCard(request, zone, reader);
  if (reader === 'therapist') {
    return request.awaiting === 'therapist' ? requestCard(request, zone) : plainNoticeCard({ kind: 'proposal_sent', request }, zone);
  }
  return request.awaiting === 'employee' ? proposalCard(request, zone) : plainNoticeCard({ kind: 'reschedule_awaiting', request }, zone);
}

/** Any notice, as the card its reader should see (with actions where the notice asks for an answer). */
export function noticeCard(notice: Notice, zone: string): AdaptiveCardJson {
  switch (notice.kind) {
    case 'reschedule_requested':
      return requestCard(notice.request, zone);
    case 'reschedule_proposed':
      return proposalCard(notice.request, zone);
    case 'request_decided':
      return decisionCard(notice.request, zone, notice.reader);
    case 'offer_made':
      return offerCard(notice.offer, zone);
    default:
      return plainNoticeCard(notice, zone);
  }
}

/**
 * The client's card of an offer: one button per time (in their zone) and None of these while it is open; messaging
 * the therapist is writing in this chat, said as a line. Once decided, what became of it, with no button left.
 */
export function offerCard(offer: OfferView, zone: string): AdaptiveCardJson {
  const text = noticeText({ kind: 'offer_made', offer }, zone);
  const open = offer.status === 'open';
  const lines = [...text.lines, ...(open ? [`To message ${offer.therapistName} instead, write here in this chat.`] : [])];
  return expandCard(
    'offer',
    {
      title: text.title,
      lines,
      times: open
        ? offer.times.map((t, index) => ({ title: formatSpan(t.start, t.end, zone), offerId: offer.id, index: String(index) }))
        : [],
      declineId: open ? offer.id : '',
      offerFor: '',
    },
    summary(text.title, ...lines, open && 'Pick a time, or None of these'),
  );
}

const OFFER_EXPIRY_CHOICES = [12, 24, 48, 72, 168];

/** The therapist's Offer times form: their open slots (up to three), two custom times in their zone, the hold. */
export function offerFormCard(slots: SlotView[], zone: string, employeeId: string, error = ''): AdaptiveCardJson {
  const open = slots.filter((s) => !s.held).slice(0, TEAMS_SLOTS_PER_CARD);
  return expandCard(
    'offer-form',
    {
      intro: `Offer your client 1 to ${OFFER_TIMES.max} times for their next session. They book one with one click; the times are held for them meanwhile. Booking uses a session of that month's allowance; a new offer replaces an open one.`,
      error,
      slots: slotChoices(open, zone),
      slotsLabel: `Your open slots (up to ${OFFER_TIMES.max})`,
      customLabel: open.length > 0 ? 'Or custom times (50 minutes):' : 'You have no open slots coming up: offer custom times (50 minutes).',
      today: today(zone),
      zone,
      employeeId,
      expiries: OFFER_EXPIRY_CHOICES.map((h) => ({
        title: h % 24 === 0 ? `${h / 24} day${h === 24 ? '' : 's'}` : `${h} hours`,
        value: String(h),
      })),
    },
    summary('Offer times', error, 'Pick open slots or custom times, and how long they are held'),
  );
}

/** The buttons a notice offers its reader: none for most, an answer where the notice invites one. */
function noticeActions(notice: Notice): {
  withdrawId: string;
  rescheduleId: string;
  cancelId: string;
  book: string;
  offerFor: string;
  moveFor: string;
} {
  const none = { withdrawId: '', offerFor: '', moveFor: '', ...nextStepActions(notice).actions };
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

function plainNoticeCard(notice: Notice, zone: string): AdaptiveCardJson {
  const text = noticeText(notice, zone);
  const lines = [...text.lines, ...nextStepActions(notice).lines];
  return expandCard(
    'notice',
    { title: text.title, lines, quote: text.quote ?? '', ...noticeActions(notice) },
    summary(text.title, ...lines, text.quote && excerpt(text.quote)),
  );
}

/** A notice card without buttons (e.g. the outcome replacing a card that had some). */
export function outcomeCard(notice: Notice, zone: string): AdaptiveCardJson {
  const text = noticeText(notice, zone);
  return expandCard(
    'notice',
    {
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
  zone: string,
  status: { notice?: string; error?: string } = {},
  page?: string | null,
): AdaptiveCardJson {
  const shown = slotPage(slots, zone, TEAMS_AVAILABILITY_ROWS_PER_CARD, page);
  // A page of one day is labelled with the day: its rows need only the times.
  const oneDay = shown.key !== null && new Set(shown.items.map((s) => localDay(s.start, zone))).size === 1;
  const rowTitle = (start: Date, end: Date) => (oneDay ? formatTimes(start, end, zone) : formatSpan(start, end, zone));
  const notice = status.notice ? done(status.notice) : '';
  const booked = shown.items.filter((s) => s.held).length;
  const spoken = summary(
    'Your availability',
    notice,
    status.error,
    shown.items.length === 0
      ? 'No open or booked times yet'
      : `${plural(shown.items.length - booked, 'open time')} and ${booked} booked${shown.label ? `: ${shown.label}` : ''}`,
    'Add open time with the form at the top',
  );
  return expandCard(
    'availability',
    {
      zone,
      today: today(zone),
      notice,
      error: status.error ?? '',
      page: shown.key ?? '',
      slots: shown.items.map((s) => ({
        id: s.id,
        title: rowTitle(s.start, s.end),
        held: s.held,
        state: s.held ? 'Booked' : 'Open',
      })),
      ...shown.nav,
    },
    spoken,
  );
}

/** "08:00–08:30 GMT": a span within a day already named (both ends zoned across a clock change, as formatSpan). */
function formatTimes(start: Date, end: Date, zone: string): string {
  const s = DateTime.fromJSDate(start, { zone });
  const e = DateTime.fromJSDate(end, { zone });
  return `${s.toFormat(s.offset === e.offset ? 'HH:mm' : 'HH:mm ZZZZ')}–${e.toFormat('HH:mm ZZZZ')}`;
}

/** The availability page showing an instant (e.g. a time just added), as a page request. */
export function pageShowing(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Departments on one usage card: more would outgrow Teams' message size; one department is asked by name. */
export const TEAMS_USAGE_ROWS = 25;

export function usageCard(report: UsageReport): AdaptiveCardJson {
  const month = monthName(report.month);
  const privacy = `Counts only, never names or messages. Groups smaller than ${report.minGroupSize} people are not shown.`;
  const rows = report.rows.slice(0, TEAMS_USAGE_ROWS);
  const left = report.rows.length - rows.length;
  const more = left > 0 ? `…and ${plural(left, 'more department')}: type "usage ${report.month} <department>" for one.` : '';
  return expandCard(
    'usage',
    {
      monthName: month,
      privacy,
      more,
      rows: rows.map((r) => ({
        department: r.department,
        suppressed: r.suppressed,
        suppressedText: suppressionText(r.suppressedBecause ?? 'small_group', report.minGroupSize),
        facts: usageFacts(r),
      })),
    },
    summary(`Programme usage, ${month}`, plural(report.rows.length, 'group'), privacy),
  );
}

export function errorCard(message: string, title = 'That did not work'): AdaptiveCardJson {
  return expandCard('error', { title, message }, summary(title, message));
}

export function refusalCard(refusal: Pick<Refusal, 'code' | 'params'>): AdaptiveCardJson {
  return errorCard(refusalText(refusal));
}
