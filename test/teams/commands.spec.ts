// Cancel (early and late), availability, HR usage, channel linking and help, over HTTP; every bad input gets a
// specific answer and changes nothing.
import { expect } from 'chai';
import { cardInvoke, channelMessage, personalInstall, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage, pickSlot, slotChoices } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

describe('teams commands and cards', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_commands', { world: { employees: 3 } });
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const say = (user: TeamsUser, text: string) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text }));
  const lastCard = (user: TeamsUser) => TeamsConnectorStub.card(h.connector.sent(chatOf(user)).at(-1));
  const lastText = (user: TeamsUser) => TeamsConnectorStub.textOf(h.connector.sent(chatOf(user)).at(-1));
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));

  async function book(user: TeamsUser, pick: number): Promise<{ sessionId: string; start: Date }> {
    await say(user, 'book');
    const card = lastCard(user);
    const slot = slotChoices(card)[pick];
    const home = answerCard(await invoke(user, 'book.submit', pickSlot(card, 'book.submit', slot?.value)));
    const sessionId = String(actionData(home, 'cancel.open').at(-1)?.sessionId);
    const slotDoc = h.world.slots.find((s) => String(s._id) === slot?.value);
    return { sessionId, start: slotDoc?.start ?? new Date(NaN) };
  }

  it('welcomes on install with the commands, and stores the chat for proactive messages', async () => {
    const user = h.employee(2);
    expect((await h.post(personalInstall({ serviceUrl: h.serviceUrl, user, localTimezone: 'Asia/Tokyo' }))).status).to.equal(200);
    const welcome = JSON.stringify(lastCard(user));
    expect(welcome).to.contain('Hello Employee 3');
    expect(welcome).to.contain('reschedule');
    const overview = await h.services.sessions.overview({ ...h.world.employees[2]!, zone: 'UTC' });
    expect(overview.actor.personId).to.equal(h.world.employees[2]?.personId);
    const person = await h.services.directory.whoIs(h.world.employees[2]!.identity);
    expect(person?.zone).to.equal('Asia/Tokyo');
  });

  it('cancels early (credited back) after stating the consequence', async () => {
    const user = h.employee(0);
    const { sessionId } = await book(user, 0);
    const confirm = JSON.stringify(answerCard(await invoke(user, 'cancel.open', { sessionId })));
    expect(confirm).to.contain('credited back');
    h.connector.reset();
    answerCard(await invoke(user, 'cancel.submit', { sessionId, reason: 'Feeling better' }));
    const told = h.connector.sent(chatOf(user)).find((c) => TeamsConnectorStub.textOf(c).includes('Session cancelled'));
    expect(TeamsConnectorStub.textOf(told)).to.contain('credited back');
  });

  it('inside the window: reschedule refused, cancel is late and says so', async () => {
    const user = h.employee(1);
    const { sessionId, start } = await book(user, 1);
    const original = h.now();
    h.setNow(new Date(start.getTime() - 2 * 3_600_000));
    try {
      expect(answerMessage(await invoke(user, 'reschedule.open', { sessionId }))).to.contain("can't be rescheduled any more");
      const confirm = JSON.stringify(answerCard(await invoke(user, 'cancel.open', { sessionId })));
      expect(confirm).to.contain('late cancellation');
      h.connector.reset();
      answerCard(await invoke(user, 'cancel.submit', { sessionId, reason: 'Sick today' }));
      const told = h.connector.sent(chatOf(user)).find((c) => TeamsConnectorStub.textOf(c).includes('late cancellation'));
      expect(told).to.not.equal(undefined);
    } finally {
      h.setNow(original);
    }
  });

  it('refuses bad card input with a specific message and changes nothing', async () => {
    const user = h.employee(0);
    const { sessionId } = await book(user, 2);
    const before = await h.snapshot();
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['reschedule.submit', { sessionId, date: '2030-01-20', time: '25:99', reason: 'valid reason' }, /date or time isn't valid/],
      ['reschedule.submit', { sessionId, reason: 'no time chosen' }, /Please pick a time/],
      ['reschedule.submit', { sessionId, date: '2030-01-20', time: '10:00', reason: '' }, /give a reason/],
      ['reschedule.submit', { sessionId, date: '2030-01-20', time: '10:00', reason: 'x'.repeat(501) }, /too long/],
      ['reschedule.submit', { sessionId, date: '2029-01-20', time: '10:00', reason: 'in the past' }, /already passed/],
      ['cancel.submit', { reason: 'no session id' }, /couldn't read that/],
      ['cancel.submit', { sessionId, reason: { nested: true } }, /too long|couldn't read/],
      ['book.submit', { slotId: '' }, /isn't in the therapist's availability/],
      ['drop.everything', {}, /couldn't read that/],
    ];
    for (const [verb, data, expected] of cases) {
      expect(answerMessage(await invoke(user, verb, data)), `${verb} ${JSON.stringify(data).slice(0, 60)}`).to.match(expected);
    }
    // Someone else's session.
    expect(answerMessage(await invoke(h.employee(1), 'cancel.submit', { sessionId, reason: 'not mine' }))).to.match(
      /isn't yours|couldn't find/,
    );
    // Not registered at all.
    const stranger = { id: '29:x', aadObjectId: 'nobody', name: 'Nobody' };
    expect(answerMessage(await invoke(stranger, 'home'))).to.contain("You're not registered");
    expect(await h.snapshot()).to.equal(before);
  });

  it('therapist publishes and removes availability from the channel', async () => {
    await h.post(
      channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, text: 'availability', mentionBot: true }),
    );
    const card = TeamsConnectorStub.card(h.connector.sent(h.channelId).at(-1));
    expect(JSON.stringify(card)).to.contain('Your availability');
    const where = { serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId };
    const added = answerCard(
      await h.post(
        cardInvoke({ ...where, verb: 'availability.add', data: { date: '2030-02-04', time: '16:00', durationMinutes: '50', weeks: '2' } }),
      ),
    );
    expect(JSON.stringify(added)).to.contain('Added 2 open times');
    const removable = actionData(added, 'availability.remove');
    const removed = answerCard(
      await h.post(cardInvoke({ ...where, verb: 'availability.remove', data: { slotId: removable.at(-1)?.slotId } })),
    );
    expect(JSON.stringify(removed)).to.contain('Removed the open time');
    const refused = answerMessage(
      await h.post(
        cardInvoke({ ...where, verb: 'availability.add', data: { date: '2030-02-04', time: '16:00', durationMinutes: '5', weeks: '1' } }),
      ),
    );
    expect(refused).to.contain('between 15 minutes and 4 hours');
    await say(h.employee(0), 'availability');
    expect(lastText(h.employee(0))).to.contain('Only therapists can manage availability');
  });

  it('HR usage report, and refusals for others and bad months', async () => {
    await say(h.hr, 'usage 2030-01');
    expect(JSON.stringify(lastCard(h.hr))).to.contain('Programme usage, January 2030');
    await say(h.hr, 'usage');
    expect(JSON.stringify(lastCard(h.hr))).to.contain('Programme usage');
    await say(h.hr, 'usage 2030-13');
    expect(lastText(h.hr)).to.contain('Please give the month as YYYY-MM');
    await say(h.employee(0), 'usage 2030-01');
    expect(lastText(h.employee(0))).to.contain('only available to HR admins');
    // Names never appear in the report.
    await say(h.hr, 'usage 2030-01 Engineering');
    expect(JSON.stringify(lastCard(h.hr))).to.not.contain('Employee 1');
  });

  it('links a channel to a therapist by @mention (operator) and refuses others', async () => {
    const other = '19:other@thread.tacv2';
    h.connector.members.set(h.therapist.id, { id: h.therapist.id, aadObjectId: h.therapist.aadObjectId, name: h.therapist.name });
    const mentionOnly = { ...h.therapist, aadObjectId: '' };
    await h.post(
      channelMessage({
        serviceUrl: h.serviceUrl,
        user: h.employee(0),
        channelId: other,
        text: `link <at>${h.therapist.name}</at>`,
        mentionBot: true,
        mentions: [mentionOnly],
      }),
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(other).at(-1))).to.not.contain('now linked');
    await h.post(
      channelMessage({
        serviceUrl: h.serviceUrl,
        user: h.hr,
        channelId: other,
        text: `link <at>${h.therapist.name}</at>`,
        mentionBot: true,
        mentions: [mentionOnly],
      }),
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(other).at(-1))).to.contain('This channel is now linked to Dr Sam Rivers');
    // Relink the original channel by user id, as the operator CLI would name the therapist.
    await h.post(
      channelMessage({
        serviceUrl: h.serviceUrl,
        user: h.hr,
        channelId: h.channelId,
        text: `link ${h.therapist.aadObjectId}`,
        mentionBot: true,
      }),
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(h.channelId).at(-1))).to.contain('now linked');
  });

  it('answers help in the channel when mentioned and ignores other top-level chatter', async () => {
    await h.post(channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, text: 'hello team' }));
    expect(h.connector.sent()).to.have.length(0);
    await h.post(channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, text: 'help', mentionBot: true }));
    expect(TeamsConnectorStub.textOf(h.connector.sent(h.channelId).at(-1))).to.contain('link');
  });
});
