// Offers of times over Bot Framework activities to /api/messages (issue 19 §2): the therapist opens Offer times from
// the client's thread card, submits open slots and a custom time; the client's chat gets a card with one button per
// time and None of these; one click books; both cards are updated in place; refusals are worded for who acted; two
// offers of one time at once: exactly one holds it.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { ClaimDoc } from '../../src/store/models.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage, choices } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

describe('teams: a therapist offers the next session’s times in the thread', () => {
  let h: TeamsHarness;
  const threads = new Map<number, string>();
  const headers = new Map<number, Record<string, unknown> | undefined>();

  before(async () => {
    h = await openTeamsHarness('teams_offers', { world: { employees: 3, slotCount: 6, employeeZone: 'America/New_York' } });
    for (const i of [0, 1, 2]) {
      h.connector.reset();
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text: 'Hello', localTimezone: 'America/New_York' }));
      threads.set(i, h.connector.created()[0]?.conversationId ?? '');
      headers.set(i, TeamsConnectorStub.card(h.connector.created()[0]));
    }
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const personId = (i: number) => h.world.employees[i]?.personId ?? '';
  const slotId = (i: number) => String(h.world.slots[i]?._id);
  const inThread = (i: number, verb: string, data: Record<string, unknown>) =>
    h.post(
      cardInvoke({
        serviceUrl: h.serviceUrl,
        user: h.therapist,
        verb,
        data,
        channelId: h.channelId,
        threadRootId: threads.get(i)?.split('=')[1],
      }),
    );
  const inChat = (i: number, verb: string, data: Record<string, unknown>) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(i), verb, data }));
  const submit = (i: number, fields: Record<string, unknown>) =>
    inThread(i, 'offer.submit', {
      employeeId: personId(i),
      slotIds: '',
      date1: '',
      time1: '',
      date2: '',
      time2: '',
      hours: '48',
      ...fields,
    });
  const offerCardIn = (i: number) =>
    TeamsConnectorStub.card(
      h.connector.sent(chatOf(h.employee(i))).find((c) => actionData(TeamsConnectorStub.card(c), 'offer.book').length > 0),
    );
  const claims = () => h.db.models.Claim.find({}).lean<ClaimDoc[]>().exec();

  it('the thread card offers times; the form lists the therapist’s open slots and custom times in their zone', async () => {
    expect(actionData(headers.get(0), 'offer.open')).to.deep.equal([{ verb: 'offer.open', employeeId: personId(0) }]);
    const form = answerCard(await inThread(0, 'offer.open', { employeeId: personId(0) }));
    expect(choices(form, 'slotIds').map((c) => c.value)).to.have.members(h.world.slots.map((s) => String(s._id)));
    expect(JSON.stringify(form)).to.include('Time (Europe/London)');
    expect(actionData(form, 'offer.submit')[0]).to.deep.include({ employeeId: personId(0) });
  });

  it('an employee pressing Offer times is refused', async () => {
    expect(answerMessage(await inChat(0, 'offer.open', { employeeId: personId(0) }))).to.equal('Only therapists can offer times.');
  });

  it('refuses a half-filled custom time on the form, and a stranger client, storing nothing', async () => {
    const before = await h.snapshot();
    const half = answerCard(await submit(0, { date1: '2030-01-20' }));
    expect(JSON.stringify(half)).to.include(refusalText({ code: 'malformed_time' }, 'therapist', GB));
    const nothing = answerCard(await submit(0, {}));
    expect(JSON.stringify(nothing)).to.include('Please offer 1 to 3 different times');
    expect(answerMessage(await inThread(0, 'offer.submit', { employeeId: h.world.hr.personId, slotIds: slotId(0), hours: '48' }))).to.equal(
      refusalText({ code: 'not_your_client' }, 'therapist', GB),
    );
    expect(await h.snapshot()).to.equal(before);
  });

  it('offers two slots and a custom time; the client books the second with one click; both cards are updated', async () => {
    const answer = answerCard(await submit(0, { slotIds: `${slotId(0)},${slotId(1)}`, date1: '2030-01-21', time1: '09:00', hours: '24' }));
    expect(actionData(answer, 'offer.open'), 'the form gives way to the thread header').to.deep.equal([
      { verb: 'offer.open', employeeId: personId(0) },
    ]);
    await h.connector.waitFor(() => !!offerCardIn(0) && h.connector.sent(threads.get(0)).length > 0);
    const card = offerCardIn(0);
    const buttons = actionData(card, 'offer.book');
    expect(buttons.map((b) => b.index)).to.deep.equal(['0', '1', '2']);
    expect(JSON.stringify(card)).to.include('EST'); // the client's zone
    expect(actionData(card, 'offer.decline')).to.have.length(1);
    expect(TeamsConnectorStub.textOf(h.connector.sent(threads.get(0)).at(-1))).to.include('You offered Employee 1 3 times');
    h.connector.reset();
    const booked = answerCard(await inChat(0, 'offer.book', buttons[1] ?? {}));
    expect(JSON.stringify(booked)).to.include('You booked one of the offered times');
    expect(actionData(booked, 'offer.book')).to.deep.equal([]);
    const upcoming = (await h.services.sessions.overview(h.world.employees[0] as never)).upcoming;
    expect(upcoming.map((s) => s.start.toISOString())).to.deep.equal([h.world.slots[1]?.start.toISOString()]);
    await h.connector.waitFor(() => h.connector.updates().length >= 2);
    const chatUpdate = h.connector.updates(chatOf(h.employee(0)))[0];
    expect(actionData(TeamsConnectorStub.card(chatUpdate), 'offer.book'), 'no time left to press').to.deep.equal([]);
    expect(TeamsConnectorStub.textOf(chatUpdate)).to.include('You booked one of the offered times');
    const threadUpdate = h.connector.updates(threads.get(0))[0];
    expect(TeamsConnectorStub.textOf(threadUpdate)).to.include('Employee 1 booked one of the offered times');
    expect(actionData(TeamsConnectorStub.card(threadUpdate), 'offer.open'), 'the therapist may offer again').to.have.length(1);
    const held = (await claims()).filter((c) => c.kind === 'busy');
    expect([...new Set(held.map((c) => c.sessionId))]).to.deep.equal([upcoming[0]?.id]);
    // Pressing an old button again is told plainly and changes nothing.
    const before = await h.snapshot();
    expect(answerMessage(await inChat(0, 'offer.book', buttons[0] ?? {}))).to.equal(
      refusalText({ code: 'offer_closed', params: { status: 'booked' } }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);
  });

  it('None of these frees the times, updates the card in place and tells the therapist', async () => {
    answerCard(await submit(1, { slotIds: slotId(2) }));
    await h.connector.waitFor(() => !!offerCardIn(1));
    const offerId = actionData(offerCardIn(1), 'offer.decline')[0]?.offerId;
    h.connector.reset();
    const answered = answerCard(await inChat(1, 'offer.decline', { offerId }));
    expect(JSON.stringify(answered)).to.include('You chose none of the offered times');
    await h.connector.waitFor(() => h.connector.sent(threads.get(1)).length > 0);
    expect(TeamsConnectorStub.textOf(h.connector.sent(threads.get(1)).at(-1))).to.include('Employee 2 chose none of the offered times');
    expect((await claims()).filter((c) => c.offerId === offerId && c.kind === 'busy')).to.deep.equal([]);
  });

  it('another client’s or a malformed click is refused and changes nothing', async () => {
    answerCard(await submit(1, { slotIds: slotId(3) }));
    await h.connector.waitFor(() => !!offerCardIn(1));
    const data = actionData(offerCardIn(1), 'offer.book')[0] ?? {};
    const before = await h.snapshot();
    expect(answerMessage(await inChat(2, 'offer.book', data))).to.equal(refusalText({ code: 'unknown_offer' }, 'employee', GB));
    expect(answerMessage(await inChat(1, 'offer.book', { ...data, index: 'x' }))).to.equal(
      refusalText({ code: 'bad_input' }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);
  });

  it('the same time offered to two clients at once: one offer holds it, the other form says so', async () => {
    const [a, b] = await Promise.all([submit(1, { slotIds: slotId(4) }), submit(2, { slotIds: slotId(4) })]);
    // The winner's form gives way to the thread header; the loser's form comes back saying why.
    const forms = [a, b].map((r) => JSON.stringify(answerCard(r))).filter((card) => card.includes('"verb":"offer.submit"'));
    expect(forms).to.have.length(1);
    expect(forms[0]).to.include('is no longer free in your calendar');
    const holders = (await claims()).filter((c) => c.kind === 'busy' && c._id.endsWith(String(h.world.slots[4]?.start.toISOString())));
    expect(new Set(holders.map((c) => c.offerId)).size).to.equal(1);
  });
});
