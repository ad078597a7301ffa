// The therapist's booking notice and days away over Bot Framework activities to /api/messages (issue 19, §3 and §5):
// the therapist types `notice 12` and `away …` in their chat with the bot; the employee's booking card then refuses
// a time sooner than the notice (`too_soon`) or while the therapist is away (`therapist_away`), and nothing is
// held; the same booking at the notice exactly (or once they are back) goes through.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('teams: booking notice and days away, over Bot Framework activities', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    // Slots every 2 hours from Thu 10 Jan 2030 10:00 London (now: Mon 7 Jan 10:00).
    h = await openTeamsHarness('teams_booking_rules', { world: { employees: 1, allowance: 4, slotCount: 3 } });
  });
  afterEach(async () => h?.close());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const say = (user: TeamsUser, text: string) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text }));
  const lastText = (user: TeamsUser) => TeamsConnectorStub.textOf(h.connector.sent(chatOf(user)).at(-1));
  const slot = (i: number) => h.world.slots[i]!;
  const book = (i: number) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'book.submit', data: { slotId: String(slot(i)._id) } }));
  const sessions = () => h.db.models.Session.countDocuments({ employeeId: h.world.employees[0]!.personId });

  it('`notice 12`: a slot 12 hours less a minute ahead is refused as too_soon; at 12 hours it books', async () => {
    await say(h.therapist, 'notice 12');
    expect(lastText(h.therapist)).to.include('at least 12 hours ahead');
    expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.bookingNoticeHours).to.equal(12);

    await say(h.employee(0), 'sessions'); // the employee's chat is stored on their first message
    h.setNow(new Date(slot(0).start.getTime() - 12 * HOUR + MINUTE));
    const before = await h.snapshot();
    const refused = await book(0);
    expect(JSON.stringify(refused.body)).to.include(refusalText({ code: 'too_soon', params: { hours: 12 } }, 'employee', GB));
    expect(await h.snapshot(), 'nothing held or stored').to.equal(before);

    h.setNow(new Date(slot(0).start.getTime() - 12 * HOUR));
    const booked = await book(0);
    expect(JSON.stringify(booked.body)).to.not.include("hours' notice");
    expect(await sessions()).to.equal(1);
  });

  it('`away …`: a slot on a day away is refused as therapist_away with the day back; after `away clear` it books', async () => {
    await say(h.therapist, 'away 2030-01-10 2030-01-10');
    expect(lastText(h.therapist)).to.include("You're away Thu 10 Jan 2030");
    expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.awayPeriods).to.deep.equal([
      { from: '2030-01-10', to: '2030-01-10' },
    ]);
    await say(h.employee(0), 'sessions');
    const before = await h.snapshot();
    const refused = await book(1);
    expect(JSON.stringify(refused.body)).to.include(
      refusalText({ code: 'therapist_away', params: { back: 'Fri 11 Jan 2030' } }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);

    await say(h.therapist, 'away clear');
    await book(1);
    expect(await sessions()).to.equal(1);
  });

  it('an employee typing `notice 12` or `away …` is refused in words, and nothing changes', async () => {
    // Each chat is stored on its first message: say hello first, so the snapshot compares only what a refusal might change.
    for (const user of [h.therapist, h.employee(0)]) await say(user, 'help');
    const before = await h.snapshot();
    await say(h.employee(0), 'notice 12');
    expect(lastText(h.employee(0))).to.include(refusalText({ code: 'not_therapist', params: { action: 'notice' } }, 'employee', GB));
    await say(h.employee(0), 'away 2030-01-10 2030-01-11');
    expect(lastText(h.employee(0))).to.include(refusalText({ code: 'not_therapist', params: { action: 'away' } }, 'employee', GB));
    await say(h.therapist, 'notice 0');
    expect(lastText(h.therapist)).to.include(refusalText({ code: 'invalid_booking_notice' }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);
  });
});
