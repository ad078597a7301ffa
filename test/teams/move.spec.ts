// A therapist moves a session with the client's agreement (issue 19 §1), over Bot Framework activities: Move session
// on the week card opens the form, the client answers in their personal chat (Accept / Decline), the therapist's
// thread is told, inside the client's window only Cancel is left, and a race with the client's request leaves one.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { bookedSession } from '../support/fixtures.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;

describe('teams: a therapist moves a session', () => {
  let h: TeamsHarness;
  let session: { id: string; start: Date };
  beforeEach(async () => {
    h = await openTeamsHarness('teams_move', { world: { employees: 2, slotCount: 4 } });
    await say(h.employee(0), 'sessions'); // the employee's chat, for proactive notices
    session = await bookedSession(h.services as Parameters<typeof bookedSession>[0], h.world);
    h.connector.reset();
  });
  afterEach(async () => h?.close());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const say = (user: TeamsUser, text: string) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text }));
  const lastCard = (user: TeamsUser) => TeamsConnectorStub.card(h.connector.sent(chatOf(user)).at(-1));
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));
  const employee = () => h.world.employees[0] as Actor;
  const slot = (i: number) => String(h.world.slots[i]?._id);
  const threadTexts = () =>
    h.connector
      .sent()
      .filter((c) => c.conversationId.startsWith('19:'))
      .map(TeamsConnectorStub.textOf);
  const askedCard = async () => {
    await h.connector.waitFor((calls) =>
      calls.some((c) => c.conversationId === chatOf(h.employee(0)) && actionData(TeamsConnectorStub.card(c), 'proposal.accept').length > 0),
    );
    const sent = h.connector.sent(chatOf(h.employee(0))).find((c) => actionData(TeamsConnectorStub.card(c), 'proposal.accept').length > 0);
    return TeamsConnectorStub.card(sent);
  };

  it('from the week card: the form, then the client accepts in their chat; the thread and the week are told', async () => {
    await say(h.therapist, 'sessions');
    const week = lastCard(h.therapist);
    expect(actionData(week, 'move.open').map((d) => d.sessionId)).to.deep.equal([session.id]);
    const form = answerCard(await invoke(h.therapist, 'move.open', { sessionId: session.id }));
    expect(JSON.stringify(form)).to.include('Move the session with Employee 1');
    const submit = actionData(form, 'move.submit')[0];
    expect(submit?.sessionId).to.equal(session.id);

    const after = answerCard(
      await invoke(h.therapist, 'move.submit', {
        ...submit,
        [String(submit?.slotInput)]: slot(1),
        reason: 'I have a training that morning',
      }),
    );
    expect(JSON.stringify(after)).to.include('Your week').and.include('You asked Employee 1 to move the session');
    expect(JSON.stringify(after)).to.include('waiting for Employee 1');
    expect(actionData(after, 'move.open'), 'no second move while one waits').to.deep.equal([]);
    const asked = await askedCard();
    expect(JSON.stringify(asked)).to.include('Dr Sam Rivers asks to move your session').and.include('write here in this chat');
    await h.connector.waitFor(() => threadTexts().some((t) => t.includes('You asked Employee 1 to move the session')));

    h.connector.reset();
    const requestId = actionData(asked, 'proposal.accept')[0]?.requestId;
    const accepted = answerCard(await invoke(h.employee(0), 'proposal.accept', { requestId }));
    expect(JSON.stringify(accepted)).to.include('You accepted the new time');
    expect((await h.services.sessions.overview(employee())).upcoming[0]?.start.toISOString()).to.equal(
      h.world.slots[1]?.start.toISOString(),
    );
    await h.connector.waitFor(() => threadTexts().some((t) => t.includes('Session rescheduled')));
  });

  it("from the client's thread card: Move a session lists their sessions, the form, and the answer stays in the thread", async () => {
    // A second client's first booking opens their thread: its root card offers Move a session for them.
    const other = await h.services.sessions.book(h.world.employees[1] as Actor, { slotId: slot(2) });
    if (!other.ok) throw new Error(other.code);
    await h.app.idle();
    const opened = h.connector.calls.find((c) => c.kind === 'create' && actionData(TeamsConnectorStub.card(c), 'move.pick').length > 0);
    const pick = actionData(TeamsConnectorStub.card(opened), 'move.pick')[0];
    const client = h.world.employees.find((e) => e.personId === pick?.employeeId) as Actor;
    expect(client, 'the root card names its client').to.not.equal(undefined);
    const inThread = { channelId: h.channelId, threadRootId: String(opened?.newId) };
    const asTherapist = (verb: string, data: Record<string, unknown>) =>
      h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.therapist, verb, data, ...inThread }));

    const thread = answerCard(await asTherapist('move.pick', { employeeId: client.personId }));
    expect(JSON.stringify(thread))
      .to.include(`Conversation with ${client.displayName}`)
      .and.include(`Upcoming sessions with ${client.displayName}`);
    const open = actionData(thread, 'move.open');
    expect(open).to.have.length(1);
    const form = answerCard(await asTherapist('move.open', open[0] ?? {}));
    expect(
      actionData(form, 'move.pick').map((d) => d.employeeId),
      'Back returns to the thread card',
    ).to.deep.equal([client.personId]);
    const submit = actionData(form, 'move.submit')[0];
    const after = JSON.stringify(
      answerCard(await asTherapist('move.submit', { ...submit, date: '2030-01-16', time: '15:00', reason: 'A training' })),
    );
    expect(after).to.include(`You asked ${client.displayName} to move the session`).and.not.include('Your week');
    expect(await h.db.models.RescheduleRequest.countDocuments({ employeeId: client.personId, status: 'pending' })).to.equal(1);
    // Another person's client, or someone who is not a therapist: refused, nothing of the client shown.
    const stranger = answerMessage(
      await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'move.pick', data: { employeeId: client.personId } })),
    );
    expect(stranger).to.equal(refusalText({ code: 'not_therapist', params: { action: 'move' } }, 'employee', GB));
  });

  it('the client declines: the session stands, the therapist told in the thread', async () => {
    const form = answerCard(await invoke(h.therapist, 'move.open', { sessionId: session.id }));
    const submit = actionData(form, 'move.submit')[0];
    await invoke(h.therapist, 'move.submit', { ...submit, date: '2030-01-15', time: '15:00', reason: 'Conference that day' });
    const asked = await askedCard();
    h.connector.reset();
    const declined = answerCard(
      await invoke(h.employee(0), 'proposal.decline', { requestId: actionData(asked, 'proposal.decline')[0]?.requestId }),
    );
    expect(JSON.stringify(declined)).to.include('You declined to move your session');
    expect((await h.services.sessions.overview(employee())).upcoming[0]?.start.toISOString()).to.equal(session.start.toISOString());
    await h.connector.waitFor(() => threadTexts().some((t) => t.includes('Employee 1 declined to move the session')));
  });

  it('inside the client window: refused in the therapist words, nothing changed', async () => {
    h.setNow(new Date(session.start.getTime() - 2 * HOUR));
    const before = await h.snapshot();
    const refused = answerMessage(await invoke(h.therapist, 'move.open', { sessionId: session.id }));
    expect(refused).to.equal(refusalText({ code: 'move_inside_cutoff', params: { hours: 24, client: 'Employee 1' } }, 'employee', GB));
    const submitted = answerMessage(
      await invoke(h.therapist, 'move.submit', { sessionId: session.id, slotId: slot(1), reason: 'Too late for this' }),
    );
    expect(submitted).to.equal(refused);
    expect(await h.snapshot()).to.equal(before);
  });

  it('races the client own request at once: exactly one pending, the loser told whose request stands', async () => {
    const [byTherapist, byClient] = await Promise.all([
      invoke(h.therapist, 'move.submit', { sessionId: session.id, slotId: slot(1), reason: 'I have a training that morning' }),
      invoke(h.employee(0), 'reschedule.submit', { sessionId: session.id, slotId: slot(2), reason: 'Moving house' }),
    ]);
    const pending = await h.db.models.RescheduleRequest.find({ status: 'pending' }).lean();
    expect(pending).to.have.length(1);
    if (pending[0]?.requestedBy === 'therapist') {
      expect(answerMessage(byClient)).to.equal(
        refusalText({ code: 'therapist_move_pending', params: { therapist: 'Dr Sam Rivers' } }, 'employee', GB),
      );
      expect(JSON.stringify(answerCard(byTherapist))).to.include('Your week');
    } else {
      expect(answerMessage(byTherapist)).to.equal('Employee 1 already asked to move this session; answer their request first.');
    }
    expect(await h.db.models.Claim.countDocuments({ kind: 'pending' })).to.equal(1);
  });
});
