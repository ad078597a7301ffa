// The same booking, reschedule request and cancellation, read by three people in their own language and clock, through
// each platform's real contract: a German employee (German words, 24-hour clock, Berlin time), an American employee
// (American spelling, 12-hour clock, New York time) and their British therapist, whose channel thread stays in British
// English in the house style. The employees' languages are an operator's setting here (learning them from the
// platform is test/i18n/locale.spec.ts's concern).
import { expect } from 'chai';
import { views } from '../../src/slack/ids.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { state, viewSubmission } from '../support/slack-requests.js';
import { cardInvoke, type TeamsUser } from '../support/teams-activities.js';
import { answerCard } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

const GERMAN = { language: 'de', zone: 'Europe/Berlin' };
const AMERICAN = { language: 'en-US', zone: 'America/New_York' };

/** What each reader must and must not read. */
const german: Reading = {
  booked: ['Sitzung gebucht'],
  requested: ['Anfrage zum Verschieben gesendet'],
  cancelled: ['Sitzung abgesagt'],
  clock: /\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. Jan\. 2030, \d{2}:\d{2}–\d{2}:\d{2} MEZ\b/,
  never: /Session booked|Reschedule request sent|Session cancel|\b[AP]M\b| GMT\b/,
};
const american: Reading = {
  booked: ['Session booked'],
  requested: ['Reschedule request sent'],
  cancelled: ['Session canceled'],
  clock: /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), Jan \d{1,2}, 2030, \d{1,2}:\d{2}\s[AP]M–\d{1,2}:\d{2}\s[AP]M EST\b/,
  never: /Sitzung|cancelled|MEZ|\d{2}:\d{2}–\d{2}:\d{2} EST/,
};
/** The British therapist: English words, the house style's dates, never the clients' conventions. */
const therapistClock = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} Jan 2030, \d{2}:\d{2}–\d{2}:\d{2} GMT\b/;
const therapistNever = /Sitzung|Anfrage|MEZ|Januar|\b[AP]M\b|canceled/;

interface Reading {
  booked: readonly string[];
  requested: readonly string[];
  cancelled: readonly string[];
  clock: RegExp;
  never: RegExp;
}
type Step = 'booked' | 'requested' | 'cancelled';

function expectReads(text: string, who: Reading, step: Step): void {
  for (const words of who[step]) expect(text, `${step}: ${text}`).to.include(words);
  expect(text, `${step}: the reader's clock`).to.match(who.clock);
  expect(text, `${step}: another reader's words`).to.not.match(who.never);
}

function expectTherapistReads(text: string, words: string): void {
  expect(text).to.include(words);
  expect(text).to.match(therapistClock);
  expect(text).to.not.match(therapistNever);
}

describe('i18n through Slack: a German and an American employee, and their British therapist', () => {
  let h: SlackHarness;

  before(async () => {
    h = await openSlackHarness('i18n_slack_readers', { world: { employees: 2, allowance: 4, slotCount: 4 } });
    const [de, us] = h.world.employees;
    await h.db.models.Person.updateOne({ _id: de?.personId }, { $set: GERMAN });
    await h.db.models.Person.updateOne({ _id: us?.personId }, { $set: AMERICAN });
    h.stub.zones.set('UEMP1', GERMAN.zone);
    h.stub.zones.set('UEMP2', AMERICAN.zone);
  });
  after(() => h?.close());

  /** The messages posted since `from`: to the employee (a DM) and to the therapist's channel. */
  const posted = (from: number, user: string) => {
    const calls: RecordedCall[] = h.stub.callsTo('chat.postMessage').slice(from);
    const toChannel = calls.filter((c) => c.body.channel === h.world.channel.channelId);
    const toEmployee = calls.filter((c) => c.body.channel !== h.world.channel.channelId && c.body.channel !== 'UTHERAPIST');
    void user;
    return { employee: toEmployee.map((c) => allText(c)).join('\n'), therapist: toChannel.map((c) => allText(c)).join('\n') };
  };
  const sessionOf = async (index: number) => {
    const session = await h.db.models.Session.findOne({ employeeId: h.world.employees[index]?.personId, status: 'booked' }).lean().exec();
    return String(session?._id);
  };
  const slotId = (i: number) => String(h.world.slots[i]?._id);

  for (const [index, user, reader] of [
    [0, 'UEMP1', german],
    [1, 'UEMP2', american],
  ] as const) {
    it(`${reader === german ? 'German' : 'American'} employee: booked, a reschedule request, cancelled`, async () => {
      let mark = h.stub.callsTo('chat.postMessage').length;
      await h.post(viewSubmission({ user, callbackId: views.book, values: state.select('slot', slotId(index)) as never }));
      let seen = posted(mark, user);
      expectReads(seen.employee, reader, 'booked');
      expectTherapistReads(seen.therapist, 'booked');

      const sessionId = await sessionOf(index);
      mark = h.stub.callsTo('chat.postMessage').length;
      await h.post(
        viewSubmission({
          user,
          callbackId: views.reschedule,
          privateMetadata: { sessionId },
          values: {
            ...state.select('slot', slotId(index + 2)),
            ...state.date(null),
            ...state.time(null),
            ...state.text('reason', 'A clash'),
          } as never,
        }),
      );
      seen = posted(mark, user);
      expectReads(seen.employee, reader, 'requested');
      expectTherapistReads(seen.therapist, 'asks to reschedule');

      mark = h.stub.callsTo('chat.postMessage').length;
      await h.post(
        viewSubmission({ user, callbackId: views.cancel, privateMetadata: { sessionId }, values: state.text('reason', 'Unwell') as never }),
      );
      seen = posted(mark, user);
      expectReads(seen.employee, reader, 'cancelled');
      expectTherapistReads(seen.therapist, 'Session cancelled');
    });
  }
});

describe('i18n through Teams: a German and an American employee, and their British therapist', () => {
  let h: TeamsHarness;

  before(async () => {
    h = await openTeamsHarness('i18n_teams_readers', { world: { employees: 2, allowance: 4, slotCount: 4 } });
    await h.db.models.Person.updateOne({ _id: h.world.employees[0]?.personId }, { $set: GERMAN });
    await h.db.models.Person.updateOne({ _id: h.world.employees[1]?.personId }, { $set: AMERICAN });
  });
  after(async () => h?.close());

  /** Everything the connector carried since the last reset: the employee's 1:1 chat, and the therapist's thread. */
  const carried = (user: TeamsUser, answer: Record<string, unknown>) => {
    const all = [...h.connector.created(), ...h.connector.sent()];
    const personal = all.filter((c) => c.conversationId === `a:personal-${user.aadObjectId}`);
    const thread = all.filter((c) => !c.conversationId.startsWith('a:'));
    return {
      employee: [JSON.stringify(answer), ...personal.map((c) => TeamsConnectorStub.textOf(c))].join('\n'),
      therapist: thread.map((c) => TeamsConnectorStub.textOf(c)).join('\n'),
    };
  };
  const invoke = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    h.connector.reset();
    const answer = answerCard(await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data })));
    return carried(user, answer);
  };
  const sessionOf = async (index: number) => {
    const session = await h.db.models.Session.findOne({ employeeId: h.world.employees[index]?.personId, status: 'booked' }).lean().exec();
    return String(session?._id);
  };
  const slotId = (i: number) => String(h.world.slots[i]?._id);

  // On Teams each step is answered by the card it was made from, not by a second message: their sessions card (saying
  // what is pending), and before a cancellation the card that asks to confirm it, with its consequence.
  for (const [index, reader] of [
    [
      0,
      {
        ...german,
        booked: ['Ihre Wellbeing-Sitzungen', 'Verschieben'],
        requested: ['Verschiebung auf', 'offen'],
        cancelled: ['Diese Sitzung absagen?', 'Kontingent'],
      },
    ],
    [
      1,
      {
        ...american,
        booked: ['Your wellbeing sessions', 'Reschedule'],
        requested: ['Reschedule to', 'is pending'],
        cancelled: ['Cancel this session?'],
      },
    ],
  ] as const) {
    it(`${index === 0 ? 'German' : 'American'} employee: booked, a reschedule request, cancelled`, async () => {
      const user = h.employee(index);
      let seen = await invoke(user, 'book.submit', { slotId: slotId(index) });
      expectReads(seen.employee, reader, 'booked');
      expectTherapistReads(seen.therapist, 'booked');

      const sessionId = await sessionOf(index);
      seen = await invoke(user, 'reschedule.submit', { sessionId, slotId: slotId(index + 2), reason: 'A clash' });
      expectReads(seen.employee, reader, 'requested');
      expectTherapistReads(seen.therapist, 'asks to reschedule');

      expectReads((await invoke(user, 'cancel.open', { sessionId })).employee, reader, 'cancelled');
      seen = await invoke(user, 'cancel.submit', { sessionId, reason: 'Unwell' });
      expect(seen.employee).to.include(reader.booked[0]);
      expectTherapistReads(seen.therapist, 'Session cancelled');
    });
  }
});
