// The pseudo-locale run: every notice (as the wording, a Slack message, a Teams card, an e-mail and a calendar
// invitation), every refusal, every Slack modal and Home tab and every Teams card, rendered for a reader in `en-XA`,
// whose catalogue is British English with every letter accented. The people's names and words in the samples are
// accented too, so any plain ASCII word left on a screen is a sentence that bypassed the catalogue. Which screens are
// rendered is checked against what the renderers' modules export, so a new screen cannot be left out unnoticed.
import { expect } from 'chai';
import { invitationFor } from '../../src/calendar/invitation.js';
import { REFUSAL_CODES, type RefusalCode } from '../../src/domain/refusals.js';
import { refusalText } from '../../src/domain/refusals.js';
import { noticeText } from '../../src/domain/wording.js';
import { EMAILED, emailText } from '../../src/email/emailing-notifier.js';
import { PSEUDO_LOCALE, type Reader } from '../../src/i18n/locales.js';
import { wordsFor } from '../../src/i18n/words.js';
import type { Notice, NoticeKind, Recipient, RequestView } from '../../src/notices/notice.js';
import type { Actor, Overview, SlotView, UpcomingSession, UsageReport } from '../../src/services/types.js';
import * as slackAvailability from '../../src/slack/blocks/availability.js';
import * as slackChange from '../../src/slack/blocks/change-therapist.js';
import * as slackHelp from '../../src/slack/blocks/help.js';
import * as slackModals from '../../src/slack/blocks/modals.js';
import * as slackNotice from '../../src/slack/blocks/notice.js';
import * as slackOffer from '../../src/slack/blocks/offer.js';
import * as slackOverview from '../../src/slack/blocks/overview.js';
import * as slackRecommend from '../../src/slack/blocks/recommend.js';
import * as slackTherapistHome from '../../src/slack/blocks/therapist-home.js';
import * as slackUsage from '../../src/slack/blocks/usage.js';
import * as teamsCards from '../../src/teams/card-views.js';
import { sampleUsage } from '../support/teams-samples.js';
import { offerViewOf, requestViewOf, sampleCurrent, sampleProposed, sessionViewOf } from '../support/views.js';

const reader: Reader = { zone: 'America/New_York', locale: PSEUDO_LOCALE };
const w = wordsFor(reader);

// What people wrote or are called: data, never translated, accented here so it never looks like a bypass.
const EMPLOYEE = 'Àñà Ŝéñ';
const THERAPIST = 'Ðŕ Ŝàɱ Ŕîvéŕš';
const WRITTEN = 'Ŵöŕķ ţŕîþ ţĥàţ ŵééķ';
const people = { employeeName: EMPLOYEE, therapistName: THERAPIST };

const session = sessionViewOf(sampleCurrent, { ...people, joinUrl: 'https://meet.example.com/room' });
const later = sessionViewOf(sampleProposed, { ...people, id: 'ses-2' });
const request = (overrides: Partial<RequestView> = {}) =>
  requestViewOf({ ...people, reason: WRITTEN, decisionNote: WRITTEN, ...overrides });
const offer = offerViewOf(people);
const statuses = ['pending', 'confirmed', 'declined', 'proposed', 'withdrawn', 'expired'] as const;

/** Every kind of notice, with the variants whose wording differs (the compiler holds the kinds complete). */
const notices: { [K in NoticeKind]: Extract<Notice, { kind: K }>[] } = {
  relay: [{ kind: 'relay', from: 'employee', senderName: EMPLOYEE, text: WRITTEN }],
  thread_opened: [{ kind: 'thread_opened', employeeName: EMPLOYEE, employeeId: 'emp-1' }],
  reschedule_requested: [
    { kind: 'reschedule_requested', request: request() },
    { kind: 'reschedule_requested', request: request({ custom: true }) },
  ],
  reschedule_awaiting: [{ kind: 'reschedule_awaiting', request: request() }],
  reschedule_proposed: [
    { kind: 'reschedule_proposed', request: request({ requestedBy: 'therapist', awaiting: 'employee' }), acceptingLocksWithin: 24 },
    { kind: 'reschedule_proposed', request: request({ requestedBy: 'therapist', awaiting: 'employee', move: true }) },
  ],
  proposal_sent: [
    { kind: 'proposal_sent', request: request({ requestedBy: 'therapist', awaiting: 'employee' }) },
    { kind: 'proposal_sent', request: request({ requestedBy: 'therapist', awaiting: 'employee', move: true }) },
  ],
  request_decided: statuses.flatMap((status) =>
    (['employee', 'therapist'] as const).flatMap((r) => [
      { kind: 'request_decided' as const, reader: r, request: request({ status }) },
      {
        kind: 'request_decided' as const,
        reader: r,
        request: request({ status, move: true, requestedBy: 'therapist', awaiting: 'employee' }),
      },
    ]),
  ),
  reschedule_not_confirmed: (['slot_taken', 'allowance_exhausted', 'inside_cutoff', 'session_not_active', 'time_in_past'] as const).map(
    (why) => ({ kind: 'reschedule_not_confirmed' as const, request: request(), why }),
  ),
  session_rescheduled: [{ kind: 'session_rescheduled', previous: session, session: later }],
  reschedule_declined: [{ kind: 'reschedule_declined', request: request({ status: 'declined' }) }],
  request_withdrawn: [
    { kind: 'request_withdrawn', request: request({ status: 'withdrawn' }) },
    { kind: 'request_withdrawn', request: request({ status: 'withdrawn', sessionCancelled: true }) },
  ],
  request_expired: [{ kind: 'request_expired', request: request({ status: 'expired' }), cutoffHours: 24 }],
  session_booked: [{ kind: 'session_booked', session }],
  offer_made: [{ kind: 'offer_made', offer }],
  offer_sent: [
    { kind: 'offer_sent', offer },
    { kind: 'offer_sent', offer: { ...offer, status: 'booked', bookedIndex: 0 } },
  ],
  offer_declined: [{ kind: 'offer_declined', offer: { ...offer, status: 'declined' } }],
  session_cancelled: [
    { kind: 'session_cancelled', session, late: false, reason: WRITTEN, cancelledBy: 'employee' },
    { kind: 'session_cancelled', session, late: true, reason: WRITTEN, cancelledBy: 'employee' },
    { kind: 'session_cancelled', session, late: false, reason: WRITTEN, cancelledBy: 'therapist' },
    { kind: 'session_cancelled', session, late: false, reason: WRITTEN, cancelledBy: 'therapist', reader: 'therapist' },
  ],
  reminder_cutoff: [{ kind: 'reminder_cutoff', session, cutoffAt: new Date('2026-01-14T14:00:00Z'), at: new Date('2026-01-13T14:00:00Z') }],
  reminder_starting: [{ kind: 'reminder_starting', session, at: new Date('2026-01-15T13:50:00Z') }],
  care_note: [
    {
      kind: 'care_note',
      note: {
        therapistName: THERAPIST,
        therapistZone: 'Europe/London',
        usualReply: WRITTEN,
        hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' },
        supportLine: WRITTEN,
        outsideHours: true,
        awayBack: '2026-01-20',
      },
    },
  ],
  extra_sessions_approved: (['employee', 'therapist'] as const).map((r) => ({
    kind: 'extra_sessions_approved' as const,
    reader: r,
    employeeName: EMPLOYEE,
    month: '2026-01',
    sessions: 2,
  })),
  extra_sessions_declined: [{ kind: 'extra_sessions_declined', employeeName: EMPLOYEE, month: '2026-01', sessions: 1, reason: WRITTEN }],
  therapist_changed: [
    { kind: 'therapist_changed', reader: 'employee', newTherapistName: THERAPIST },
    { kind: 'therapist_changed', reader: 'therapist', employeeName: EMPLOYEE },
  ],
};
const allNotices: Notice[] = Object.values(notices).flat();

/** Words a person may read in English on purpose: the Teams commands are typed as the bot understands them. */
const TEAMS_COMMANDS = new Set([
  'help',
  'sessions',
  'book',
  'reschedule',
  'cancel',
  'availability',
  'usage',
  'link',
  'hours',
  'notice',
  'away',
  'recommend',
]);

/** Plain English words left in a text, once links, mentions, emoji, code and zone ids are set aside. */
function englishIn(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const stripped = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/:[a-z_]+:/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b[A-Z][A-Za-z_]+\/[A-Za-z_/]+\b/g, ' ');
  return [...new Set(stripped.match(/[A-Za-z]{2,}/g) ?? [])].filter((word) => !allowed.has(word));
}

const slackText = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(slackText);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = (o.type === 'plain_text' || o.type === 'mrkdwn') && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => (k === 'private_metadata' || k === 'value' ? [] : slackText(v)))];
};

/** What a person reads on a card: text, titles, labels, placeholders, errors, facts and what is spoken. */
const CARD_TEXT_KEYS = new Set(['text', 'title', 'placeholder', 'label', 'errorMessage', 'altText', 'speak', 'fallbackText']);
const cardText = (node: unknown, parent = ''): string[] => {
  if (Array.isArray(node)) return node.flatMap((n) => cardText(n, parent));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => {
    if (k === 'data' || k === 'verb' || k === 'refresh') return [];
    if (typeof v === 'string') return CARD_TEXT_KEYS.has(k) || (k === 'value' && parent === 'facts') ? [v] : [];
    return cardText(v, k);
  });
};

const problems: string[] = [];
function check(where: string, texts: string[], allowed?: ReadonlySet<string>): void {
  const words = englishIn(texts.join('\n'), allowed);
  if (words.length > 0) problems.push(`${where}: ${words.join(', ')}`);
}

const slots: SlotView[] = Array.from({ length: 6 }, (_, i) => ({
  id: `slot${i}`,
  start: new Date(Date.UTC(2030, 0, 7 + i, 14)),
  end: new Date(Date.UTC(2030, 0, 7 + i, 14, 50)),
  held: i === 5,
}));
const upcoming: UpcomingSession[] = [
  { ...session, canReschedule: true, pendingRequest: null },
  { ...later, canReschedule: false, pendingRequest: request() },
];
const actor = (roles: Actor['roles']): Actor => ({
  personId: 'p1',
  orgId: 'o1',
  displayName: EMPLOYEE,
  roles,
  zone: reader.zone,
  locale: PSEUDO_LOCALE,
  identity: { platform: 'slack', workspaceId: 'T1', userId: 'U1' },
});
const overviewOf = (roles: Actor['roles']): Overview => ({
  actor: actor(roles),
  therapistName: THERAPIST,
  upcoming,
  allowance: [
    { month: '2030-01', allowance: 4, used: 1, left: 3 },
    { month: '2030-02', allowance: 4, used: 4, left: 0 },
  ],
  cutoffHours: 24,
});
const usage: UsageReport = {
  ...sampleUsage,
  rows: sampleUsage.rows.map((row, i) => (i === 0 ? row : { ...row, department: 'Ƒîñàñçé' })),
};
const cutoff = { now: new Date(Date.UTC(2030, 0, 6)), hours: 24 };
const preview = (by: 'employee' | 'therapist', late: boolean) => ({ session, late, consequence: '', by });

/** Every Slack screen, by the function that draws it (checked against the modules' exports below). */
const slackScreens: Record<string, () => unknown[]> = {
  availabilityModal: () => [slackAvailability.availabilityModal(w, slots, w.t('common.sessions', { count: 1 }))],
  changeTherapistModal: () => [slackChange.changeTherapistModal(w)],
  changeTherapistAskedModal: () => [slackChange.changeTherapistAskedModal(w, false), slackChange.changeTherapistAskedModal(w, true)],
  helpLines: () =>
    (['home', 'slash', 'dm'] as const).flatMap((s) => [
      slackHelp.helpLines(w, actor(['employee', 'therapist', 'hr_admin', 'operator']), s),
    ]),
  helpNotificationText: () => [slackHelp.helpNotificationText(w, actor(['employee']))],
  wellbeingUsage: () => [slackHelp.wellbeingUsage(w, ['employee', 'therapist'])],
  notYourActionLines: () =>
    (['sessions', 'book', 'reschedule', 'cancel'] as const).map((a) => slackHelp.notYourActionLines(w, actor(['therapist']), a)),
  therapistSettingUsage: () => [Object.values(slackHelp.therapistSettingUsage(w))],
  rescheduleModal: () => [slackModals.rescheduleModal(w, session, slots, { cutoff }), slackModals.rescheduleModal(w, session, [])],
  cancelModal: () => [slackModals.cancelModal(w, preview('employee', false)), slackModals.cancelModal(w, preview('therapist', true))],
  bookModal: () => [slackModals.bookModal(w, slots, overviewOf(['employee']).allowance, null, [])],
  messageTherapistModal: () => [slackModals.messageTherapistModal(w, THERAPIST)],
  declineModal: () => [slackModals.declineModal(w, request(), { requestId: 'req-1' })],
  proposeModal: () => [slackModals.proposeModal(w, request(), slots, { requestId: 'req-1' }, { cutoff })],
  moveModal: () => [slackModals.moveModal(w, session, slots, { cutoff })],
  movePickerModal: () => [slackModals.movePickerModal(w, EMPLOYEE, [session])],
  sessionPickerModal: () => [
    slackModals.sessionPickerModal(w, upcoming, 'reschedule'),
    slackModals.sessionPickerModal(w, upcoming, 'cancel'),
  ],
  noticeMessage: () => allNotices.map((n) => slackNotice.noticeMessage(n, reader)),
  offerModal: () => [slackOffer.offerModal(w, slots, { employeeId: 'emp-1' })],
  allowanceLine: () => overviewOf(['employee']).allowance.map((b) => slackOverview.allowanceLine(w, b)),
  overviewBlocks: () => [slackOverview.overviewBlocks(overviewOf(['employee']), 50)],
  homeView: () => [
    slackOverview.homeView(overviewOf(['employee'])),
    slackOverview.homeView({ ...overviewOf(['employee']), upcoming: [], therapistName: null }),
  ],
  refusalHomeView: () => REFUSAL_CODES.map((code: RefusalCode) => slackOverview.refusalHomeView(w, code)),
  recommendModal: () => [
    slackRecommend.recommendModal(w, { clients: [{ id: 'emp-1', displayName: EMPLOYEE }], months: ['2030-01', '2030-02'] }),
  ],
  recommendSentModal: () => [slackRecommend.recommendSentModal(w, { employeeName: EMPLOYEE, month: '2030-01', sessions: 2 } as never)],
  therapistHomeView: () => [slackTherapistHome.therapistHomeView(actor(['therapist']), overviewOf(['therapist']), [session])],
  usageHint: () => [slackUsage.usageHint(w)],
  usageTitle: () => [slackUsage.usageTitle(w, '2030-01')],
  usageBlocks: () => [slackUsage.usageBlocks(w, usage)],
};
/** Exports of those modules that draw nothing a person reads by themselves. */
const slackNotScreens = new Set(['hasSlackAction', 'sessionLine', 'usageLine']);

const weekStatus = { text: w.t('common.sessions', { count: 2 }), refused: false };
/** Every Teams card, by the function that builds it (checked against card-views' exports below). */
const teamsScreens: Record<string, () => unknown[]> = {
  welcomeCard: () => [teamsCards.welcomeCard(EMPLOYEE, w), teamsCards.welcomeCard(null, w)],
  staffWelcomeCard: () => [teamsCards.staffWelcomeCard({ ...actor(['therapist', 'hr_admin', 'operator']) }, w)],
  homeCard: () => [
    teamsCards.homeCard(overviewOf(['employee']), w),
    teamsCards.homeCard({ ...overviewOf(['employee']), upcoming: [], therapistName: null }, w),
  ],
  weekCard: () => [
    teamsCards.weekCard(overviewOf(['therapist']), [session], w, weekStatus),
    teamsCards.weekCard(overviewOf(['therapist']), [], w),
  ],
  bookCard: () => [teamsCards.bookCard(slots, w, ''), teamsCards.bookCard([], w)],
  rescheduleFormCard: () => [
    teamsCards.rescheduleFormCard({
      sessionId: 'ses-1',
      current: session,
      therapistName: THERAPIST,
      slots,
      w,
      page: null,
      error: '',
      cutoff,
    } as never),
  ],
  cancelConfirmCard: () => [teamsCards.cancelConfirmCard(preview('employee', true), w, 24, '')],
  requestCard: () => [teamsCards.requestCard(request(), w), teamsCards.requestCard(request({ custom: true }), w)],
  moveFormCard: () => [teamsCards.moveFormCard({ session, slots, w, page: null, cutoff } as never)],
  threadCard: () => [teamsCards.threadCard({ employeeId: 'emp-1', employeeName: EMPLOYEE, sessions: [session] }, w, weekStatus)],
  proposalCard: () => [teamsCards.proposalCard(request({ requestedBy: 'therapist', awaiting: 'employee' }), w)],
  decisionCard: () => statuses.map((status) => teamsCards.decisionCard(request({ status }), w)),
  refreshedNoticeCard: () =>
    allNotices.flatMap((n) => {
      const refresh = teamsCards.refreshOf(n);
      return refresh && 'request' in n ? [teamsCards.refreshedNoticeCard(refresh, n.request, w)] : [];
    }),
  currentRequestCard: () => [
    teamsCards.currentRequestCard(request(), w, 'employee'),
    teamsCards.currentRequestCard(request(), w, 'therapist'),
  ],
  noticeCard: () => allNotices.map((n) => teamsCards.noticeCard(n, w)),
  offerCard: () => [teamsCards.offerCard(offer, w)],
  offerFormCard: () => [teamsCards.offerFormCard(slots, w, 'emp-1', '')],
  outcomeCard: () => allNotices.map((n) => teamsCards.outcomeCard(n, w)),
  availabilityCard: () => [teamsCards.availabilityCard(slots, w, {}), teamsCards.availabilityCard([], w, {})],
  usageCard: () => [teamsCards.usageCard(usage, w)],
  errorCard: () => [teamsCards.errorCard(w.t('common.sessions', { count: 0 }), w)],
  refusalCard: () => REFUSAL_CODES.map((code) => teamsCards.refusalCard({ code, params: refusalParams }, w)),
};
/** Exports that are parts of cards, not cards (their words are checked on the cards that use them). */
const teamsNotScreens = new Set(['slotInputId', 'pickedSlot', 'withRefresh', 'refreshOf', 'requestOf', 'pageShowing', 'welcomeLabels']);

/** Parameters of every refusal at once (each sentence reads the ones it names); dates as the services pass them. */
const refusalParams = {
  hours: 24,
  month: '2030-01',
  monthName: w.month('2030-01'),
  when: w.instant(sampleCurrent.start),
  back: '2030-01-20',
  action: 'offer',
  status: 'booked',
  allowance: 4,
  left: 0,
  max: 500,
  min: 3,
  noteMax: 1000,
  noteMin: 3,
  horizon: 8,
  marked: 'attended',
  client: EMPLOYEE,
  therapist: THERAPIST,
  supportLine: WRITTEN,
};

describe('i18n: the pseudo-locale run', () => {
  beforeEach(() => {
    problems.length = 0;
  });

  it('every notice: its wording, e-mail and calendar invitation', () => {
    const to: Recipient & { email: string } = {
      personId: 'p1',
      displayName: EMPLOYEE,
      zone: reader.zone,
      locale: PSEUDO_LOCALE,
      identity: { platform: 'slack', workspaceId: 'T1', userId: 'U1' },
      email: 'ana@example.com',
    };
    for (const notice of allNotices) {
      const t = noticeText(notice, reader);
      check(`notice ${notice.kind}`, [t.title, ...t.lines]);
      if (EMAILED.has(notice.kind)) {
        const mail = emailText(notice, to);
        check(`e-mail ${notice.kind}`, [mail.subject, mail.text]);
      }
      const invitation = invitationFor(notice, to, { name: 'Ŵéļļƀéîñĝ', email: 'no-reply@example.com' }, new Date('2026-01-01T00:00:00Z'));
      if (invitation) {
        const unfolded = invitation.content.replace(/\r?\n[ \t]/g, '');
        const fields = [...unfolded.matchAll(/^(?:SUMMARY|DESCRIPTION)[^:]*:(.*)$/gm)].map((m) => (m[1] ?? '').replace(/\\n/g, '\n'));
        expect(fields.length, `invitation fields of ${notice.kind}`).to.be.greaterThan(0);
        check(`invitation ${notice.kind}`, fields);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every refusal, to an employee and to a therapist', () => {
    for (const code of REFUSAL_CODES) {
      for (const audience of ['employee', 'therapist'] as const)
        check(`refusal ${code} (${audience})`, [refusalText({ code, params: refusalParams }, audience, reader)]);
    }
    expect(problems).to.deep.equal([]);
  });

  it('every Slack screen', () => {
    for (const [name, draw] of Object.entries(slackScreens)) {
      const drawn = draw();
      expect(drawn.length, `${name} drew something`).to.be.greaterThan(0);
      for (const screen of drawn)
        check(
          `slack ${name}`,
          typeof screen === 'string'
            ? [screen]
            : Array.isArray(screen) && screen.every((s) => typeof s === 'string')
              ? (screen as string[])
              : slackText(screen),
        );
    }
    expect(problems).to.deep.equal([]);
  });

  it('every Teams card', () => {
    for (const [name, build] of Object.entries(teamsScreens)) {
      const built = build();
      expect(built.length, `${name} built something`).to.be.greaterThan(0);
      for (const card of built) check(`teams ${name}`, cardText(card), TEAMS_COMMANDS);
    }
    expect(problems).to.deep.equal([]);
  });

  it('renders every screen the Slack and Teams modules export', () => {
    const slackExports = [
      slackAvailability,
      slackChange,
      slackHelp,
      slackModals,
      slackNotice,
      slackOffer,
      slackOverview,
      slackRecommend,
      slackTherapistHome,
      slackUsage,
    ]
      .flatMap((m) => Object.entries(m))
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(slackExports.filter((name) => !(name in slackScreens) && !slackNotScreens.has(name))).to.deep.equal([]);
    const teamsExports = Object.entries(teamsCards)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(teamsExports.filter((name) => !(name in teamsScreens) && !teamsNotScreens.has(name))).to.deep.equal([]);
  });

  it('finds a sentence that bypasses the catalogue (the check itself)', () => {
    expect(englishIn(`${w.t('common.sessions', { count: 2 })} Session booked`)).to.deep.equal(['Session', 'booked']);
    expect(englishIn(`${THERAPIST}: ${w.span(sampleCurrent)} (America/New_York) https://x.example/a \`/wellbeing book\``)).to.deep.equal(
      [],
    );
  });
});
