// Every card template expands with sample data into a card the Adaptive Cards library parses without errors
// or warnings, with no template expression left over and times in the reader's zone.
import { recommendCard } from '../../src/teams/recommend-card.js';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { wordsFor } from '../../src/i18n/words.js';
import {
  availabilityCard,
  bookCard,
  cancelConfirmCard,
  decisionCard,
  errorCard,
  homeCard,
  weekCard,
  noticeCard,
  proposalCard,
  refusalCard,
  requestCard,
  moveFormCard,
  threadCard,
  rescheduleFormCard,
  staffWelcomeCard,
  usageCard,
  welcomeCard,
} from '../../src/teams/card-views.js';
import { cardNames, type AdaptiveCardJson, type CardName } from '../../src/teams/cards.js';
import { offerCard, offerFormCard } from '../../src/teams/card-views.js';
import { offerViewOf } from '../support/views.js';
import { actionData } from '../support/teams-cards.js';
import {
  sampleActor,
  sampleCancelPreview,
  sampleOverview,
  sampleRequest,
  sampleSession,
  sampleSlots,
  sampleUsage,
} from '../support/teams-samples.js';

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsLib {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: ParseEvent[] };
    version: { major: number; minor: number };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsLib;

function problems(card: AdaptiveCardJson): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const found = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  found.push(...parsed.validateProperties().validationEvents.map((e) => e.message));
  return found;
}

function leftoverExpressions(card: AdaptiveCardJson): string[] {
  const json = JSON.stringify(card).replaceAll('${notATemplate}', '').replaceAll('${x}', '');
  return json.match(/\$\{[^}]*\}|"\$(data|when)"/g) ?? [];
}

const zone = 'America/New_York';
const w = wordsFor({ zone, locale: 'en-GB' });
// Ninety slots every four hours: more than one card holds, so the cards page by week.
const manySlots = Array.from({ length: 90 }, (_, i) => {
  const start = new Date(Date.UTC(2026, 2, 2, 8) + i * 4 * 3_600_000);
  return { id: `slot-${i}`, start, end: new Date(start.getTime() + 50 * 60_000), held: i % 7 === 0 };
});
const samples: Record<CardName, () => AdaptiveCardJson[]> = {
  welcome: () => [welcomeCard('Alex', w), welcomeCard(null, w), staffWelcomeCard({ ...sampleActor, roles: ['therapist', 'hr_admin'] }, w)],
  home: () => [homeCard(sampleOverview, w), homeCard({ ...sampleOverview, upcoming: [], therapistName: null }, w)],
  week: () => [
    weekCard(sampleOverview, [sampleSession], w, { text: 'Marked as attended.', refused: false }),
    weekCard({ ...sampleOverview, upcoming: [] }, [], w, { text: 'Already marked.', refused: true }),
    weekCard(sampleOverview, [], w),
  ],
  book: () => [
    bookCard(sampleSlots, w),
    bookCard([], w, 'That slot is no longer free.'),
    bookCard(manySlots, w),
    bookCard(manySlots, w, '', '2026-03-09'),
  ],
  thread: () => [
    threadCard({ employeeId: 'e-1', employeeName: 'Alex', sessions: [sampleSession] }, w),
    threadCard({ employeeId: 'e-1', employeeName: 'Alex', sessions: [] }, w, { text: 'Nothing', refused: true }),
  ],
  'move-form': () => [
    moveFormCard({ session: sampleSession, slots: sampleSlots, w }),
    moveFormCard({ session: sampleSession, slots: [], w }),
    moveFormCard({
      session: sampleSession,
      slots: manySlots,
      w,
      page: '2026-03-09',
      cutoff: { now: new Date('2026-03-08T00:00:00Z'), hours: 24 },
    }),
  ],
  'reschedule-form': () => [
    rescheduleFormCard({ sessionId: 's-1', current: sampleSession, therapistName: 'Dr Sam', slots: sampleSlots, w }),
    rescheduleFormCard({ sessionId: 's-1', current: sampleSession, therapistName: 'Dr Sam', slots: [], w, error: 'x' }),
    rescheduleFormCard({
      sessionId: 's-1',
      current: sampleSession,
      therapistName: 'Dr Sam',
      slots: manySlots,
      w,
      page: '2026-03-09',
      cutoff: { now: new Date('2026-03-08T00:00:00Z'), hours: 24 },
    }),
  ],
  'cancel-confirm': () => [
    cancelConfirmCard(sampleCancelPreview, w, 24),
    cancelConfirmCard({ ...sampleCancelPreview, late: false }, w, 24, 'e'),
  ],
  request: () => [requestCard(sampleRequest, w)],
  proposal: () => [proposalCard({ ...sampleRequest, requestedBy: 'therapist', awaiting: 'employee' }, w)],
  decision: () => [
    decisionCard({ ...sampleRequest, status: 'confirmed' }, w),
    decisionCard({ ...sampleRequest, status: 'declined', decisionNote: 'Sorry, not possible' }, w),
    decisionCard({ ...sampleRequest, status: 'withdrawn', sessionCancelled: true }, w),
    decisionCard({ ...sampleRequest, status: 'expired' }, w),
  ],
  notice: () => [
    noticeCard({ kind: 'relay', from: 'employee', senderName: 'Alex', text: 'Hello *there* ${x}' }, w),
    noticeCard({ kind: 'thread_opened', employeeName: 'Alex' }, w),
    noticeCard({ kind: 'session_cancelled', session: sampleSession, late: true, reason: 'ill', cancelledBy: 'employee' }, w),
    noticeCard({ kind: 'session_rescheduled', previous: sampleSession, session: sampleSession }, w),
    noticeCard({ kind: 'reschedule_awaiting', request: sampleRequest }, w),
    noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'slot_taken' }, w),
    noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'session_not_active' }, w),
  ],
  availability: () => [
    availabilityCard(sampleSlots, w, { notice: 'Added 2 slots.' }),
    availabilityCard([], w),
    availabilityCard(manySlots, w, {}, '2026-03-16'),
  ],
  usage: () => [usageCard(sampleUsage, w)],
  error: () => [errorCard('Something', w), refusalCard({ code: 'inside_cutoff', params: { hours: 24 } }, w)],
  offer: () => [offerCard(offerViewOf(), w), offerCard(offerViewOf({ status: 'booked', bookedIndex: 1 }), w)],
  'offer-form': () => [offerFormCard(sampleSlots, w, 'emp-1'), offerFormCard([], w, 'emp-1', 'That date or time is not valid.')],
  recommend: () => [
    recommendCard({ clients: [{ id: '65f000000000000000000001', displayName: 'Alex Employee' }], months: ['2026-03', '2026-04'] }, w),
    recommendCard(
      { clients: [{ id: '65f000000000000000000001', displayName: 'Alex Employee' }], months: ['2026-03', '2026-04'] },
      w,
      'Refused.',
    ),
  ],
};

describe('teams cards', () => {
  for (const name of cardNames) {
    it(`${name}: template is a 1.5 card and every expansion parses cleanly`, () => {
      const raw = JSON.parse(readFileSync(new URL(`../../cards/${name}.json`, import.meta.url), 'utf8')) as { version: string };
      expect(raw.version).to.equal('1.5');
      for (const card of samples[name]()) {
        expect(problems(card), name).to.deep.equal([]);
        expect(leftoverExpressions(card), name).to.deep.equal([]);
      }
    });
  }

  it('formats times in the reader zone, keeps user text verbatim and numbers typed', () => {
    const card = requestCard(sampleRequest, wordsFor({ zone: 'America/New_York', locale: 'en-GB' }));
    const json = JSON.stringify(card);
    expect(json).to.contain('10:00'); // 14:00 UTC is 10:00 in New York on 10 March 2026 (EDT)
    expect(json).to.contain('A work trip \\"moved\\" <b>unexpectedly</b> ${notATemplate}');
    expect(json).to.match(/"maxLength":500/);
    const london = JSON.stringify(requestCard(sampleRequest, wordsFor({ zone: 'Europe/London', locale: 'en-GB' })));
    expect(london).to.contain('14:00');
  });

  it('home card offers reschedule only where the rules allow it, and says why with the shared sentence', () => {
    const inside = { ...sampleSession, id: 's-3', canReschedule: false, pendingRequest: null };
    const withInside = JSON.stringify(homeCard({ ...sampleOverview, upcoming: [...sampleOverview.upcoming, inside] }, w));
    expect(withInside).to.contain("can't be rescheduled any more");
    const json = JSON.stringify(homeCard(sampleOverview, w));
    // Each Action.Execute names its verb once outside its data.
    expect(json.match(/"verb":"reschedule\.open","data"/g)).to.have.length(1);
    expect(json.match(/"verb":"cancel\.open","data"/g)).to.have.length(2);
    expect(sampleActor.zone).to.equal('Europe/London');
  });

  it('a failed Confirm card offers what the employee can still do, and only that', () => {
    const open = noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'slot_taken' }, w);
    expect(JSON.stringify(open)).to.contain('could not be confirmed');
    expect(actionData(open, 'reschedule.open')[0]?.sessionId).to.equal(sampleRequest.sessionId);
    expect(actionData(open, 'cancel.open')[0]?.sessionId).to.equal(sampleRequest.sessionId);
    const cutoff = noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'inside_cutoff' }, w);
    expect(actionData(cutoff, 'reschedule.open')).to.have.length(0);
    expect(actionData(cutoff, 'cancel.open')).to.have.length(1);
    const gone = noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'session_not_active' }, w);
    expect(actionData(gone, 'reschedule.open').length + actionData(gone, 'cancel.open').length).to.equal(0);
  });

  it('long lists are paged by week (the availability rows by days): every card stays under 40 KB and names what it shows', () => {
    for (const [card, label] of [
      [bookCard(manySlots, w), 'Week of Monday 2 March'],
      [availabilityCard(manySlots, w), 'Monday 2 to Wednesday 4 March'],
      [rescheduleFormCard({ sessionId: 's', current: sampleSession, therapistName: 'T', slots: manySlots, w }), 'Week of Monday 2 March'],
    ] as const) {
      expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(40_000);
      expect(JSON.stringify(card)).to.contain(label);
    }
    expect(actionData(bookCard(manySlots, w, '', '2026-03-09'), 'book.page').map((d) => d.page)).to.deep.equal([
      '2026-03-02',
      '2026-03-16',
    ]);
  });

  it('request cards word withdrawn and cancelled states, and no card uses the unreadable Warning colour', () => {
    const cancelled = JSON.stringify(decisionCard({ ...sampleRequest, status: 'withdrawn', sessionCancelled: true }, w));
    expect(cancelled).to.contain('Session cancelled');
    expect(cancelled).to.not.contain('stays at');
    const withdrawn = JSON.stringify(decisionCard({ ...sampleRequest, status: 'withdrawn' }, w));
    expect(withdrawn).to.contain('withdrew this request');
    for (const name of cardNames) {
      for (const card of samples[name]()) expect(JSON.stringify(card), name).to.not.contain('"Warning"');
    }
  });
});
