// A therapist's own tools over HTTP (docs/design.md §9): `sessions` shows their week; Cancel (never late, always
// credited back, the employee told in those words) and Attended / No-show answer with the refreshed card; `link`
// and `hours` set their own settings. Every refusal is a clear sentence and changes nothing.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { meetingLinkSetText } from '../../src/domain/therapist-settings-text.js';
import type { Actor } from '../../src/services/types.js';
import { bookedSession } from '../support/fixtures.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;
const LINK = 'https://meet.example.com/dr-sam';

describe('teams: therapist tools', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await openTeamsHarness('teams_therapist_tools', { world: { employees: 2, allowance: 1, slotCount: 3, minReportGroupSize: 1 } });
  });
  afterEach(async () => h?.close());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const say = (user: TeamsUser, text: string) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text }));
  const lastCard = (user: TeamsUser) => TeamsConnectorStub.card(h.connector.sent(chatOf(user)).at(-1));
  const lastText = (user: TeamsUser) => TeamsConnectorStub.textOf(h.connector.sent(chatOf(user)).at(-1));
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));
  const employee = () => h.world.employees[0] as Actor;
  const stored = (id: string) => h.db.models.Session.findById(id).lean();
  const book = () => bookedSession(h.services as Parameters<typeof bookedSession>[0], h.world);

  it('cancels from the week card inside the window: credited back, the employee told so, the card refreshed', async () => {
    await say(h.employee(0), 'sessions'); // the employee's chat, for the proactive notice
    const session = await book();
    h.setNow(new Date(session.start.getTime() - 2 * HOUR)); // late, were the employee cancelling
    await say(h.therapist, 'sessions');
    const week = lastCard(h.therapist);
    expect(JSON.stringify(week)).to.include('Your week');
    expect(actionData(week, 'cancel.open').map((d) => d.sessionId)).to.deep.equal([session.id]);

    const confirm = JSON.stringify(answerCard(await invoke(h.therapist, 'cancel.open', { sessionId: session.id })));
    expect(confirm).to.include('credited back to Employee 1').and.not.include('your allowance').and.not.include('late cancellation');
    h.connector.reset();
    const after = answerCard(await invoke(h.therapist, 'cancel.submit', { sessionId: session.id, reason: 'I am unwell today' }));
    expect(JSON.stringify(after)).to.include('Your week');
    // A line on top says what was just done (issue 18, item 11).
    expect(JSON.stringify(after))
      .to.include('Session cancelled')
      .and.include("credited back to Employee 1's allowance; they have been told");
    expect(actionData(after, 'cancel.open')).to.deep.equal([]);
    expect((await stored(session.id))?.status).to.equal('cancelled');
    expect((await h.services.sessions.overview(employee())).allowance[0]?.left).to.equal(1);
    await h.connector.waitFor((calls) =>
      calls.some((c) => c.conversationId === chatOf(h.employee(0)) && TeamsConnectorStub.textOf(c).includes('Session cancelled')),
    );
    const told = h.connector
      .sent(chatOf(h.employee(0)))
      .map(TeamsConnectorStub.textOf)
      .join('\n');
    expect(told).to.include('Session cancelled by your therapist').and.include('this session is credited back to your allowance');
  });

  it('marks attendance once from the card, which refreshes; a second mark is refused; the usage report counts the no-show', async () => {
    const session = await book();
    h.setNow(new Date(session.start.getTime() + 2 * HOUR));
    await say(h.therapist, 'sessions');
    expect(actionData(lastCard(h.therapist), 'attendance.mark').map((d) => [d.sessionId, d.attendance])).to.deep.equal([
      [session.id, 'attended'],
      [session.id, 'no_show'],
    ]);
    const marked = answerCard(await invoke(h.therapist, 'attendance.mark', { sessionId: session.id, attendance: 'no_show' }));
    expect(JSON.stringify(marked)).to.include('Marked as a no-show');
    expect(actionData(marked, 'attendance.mark')).to.deep.equal([]);
    expect((await stored(session.id))?.attendance).to.equal('no_show');

    const before = await h.snapshot();
    const again = answerCard(await invoke(h.therapist, 'attendance.mark', { sessionId: session.id, attendance: 'attended' }));
    expect(JSON.stringify(again)).to.include(refusalText({ code: 'already_marked', params: { marked: 'no_show' } }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);

    await say(h.hr, 'usage 2030-01');
    expect(JSON.stringify(lastCard(h.hr))).to.include('{"title":"No-shows","value":"1"}');
  });

  it('refuses a mark before the end, from the employee, or that is not a mark, and changes nothing', async () => {
    const session = await book();
    const before = await h.snapshot();
    expect(
      JSON.stringify(answerCard(await invoke(h.therapist, 'attendance.mark', { sessionId: session.id, attendance: 'attended' }))),
    ).to.include(refusalText({ code: 'not_ended' }, 'employee', GB));
    h.setNow(new Date(session.start.getTime() + 2 * HOUR));
    const fromEmployee = await invoke(h.employee(0), 'attendance.mark', { sessionId: session.id, attendance: 'attended' });
    expect(JSON.stringify(fromEmployee.body)).to.include(refusalText({ code: 'not_your_session' }, 'employee', GB));
    expect(JSON.stringify((await invoke(h.therapist, 'attendance.mark', { sessionId: session.id, attendance: 'maybe' })).body)).to.include(
      refusalText({ code: 'bad_input' }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);
  });

  it('sets the meeting link (shown on the employee’s sessions) and the hours with typed commands', async () => {
    await book();
    await say(h.therapist, `link ${LINK}`);
    expect(lastText(h.therapist)).to.include(meetingLinkSetText(LINK, GB));
    expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.meetingLink).to.equal(LINK);
    await say(h.employee(0), 'sessions');
    expect(JSON.stringify(lastCard(h.employee(0)))).to.include(`Join: ${LINK}`);

    await say(h.therapist, 'hours Mon-Fri 09:00-17:00 within one working day');
    expect(lastText(h.therapist)).to.include('Mon–Fri, 09:00–17:00').and.include('usually reply within one working day');
    const therapist = await h.db.models.Person.findById(h.world.therapist.personId).lean();
    expect(therapist?.replyHours).to.deep.equal({ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' });
    expect(therapist?.usualReply).to.equal('within one working day');
  });

  it('refuses a link that is not https, unreadable hours, and employees or HR setting them, changing nothing', async () => {
    // Each chat is stored on its first message: say hello first, so the snapshot compares only what a refusal might change.
    for (const user of [h.therapist, h.employee(0), h.hr]) await say(user, 'help');
    const before = await h.snapshot();
    const cases: [TeamsUser, string, string][] = [
      [h.therapist, 'link http://meet.example.com/dr-sam', refusalText({ code: 'invalid_meeting_link' }, 'employee', GB)],
      [h.therapist, 'hours Mon-Fri 9-5', refusalText({ code: 'invalid_reply_hours' }, 'employee', GB)],
      [h.therapist, 'hours Fri 17:00-09:00', refusalText({ code: 'invalid_reply_hours' }, 'employee', GB)],
      [h.employee(0), `link ${LINK}`, refusalText({ code: 'not_therapist', params: { action: 'link' } }, 'employee', GB)],
      [h.hr, 'hours Mon-Fri 09:00-17:00', refusalText({ code: 'not_therapist', params: { action: 'hours' } }, 'employee', GB)],
    ];
    for (const [user, text, answer] of cases) {
      await say(user, text);
      expect(lastText(user), text).to.include(answer);
    }
    expect(await h.snapshot()).to.equal(before);
  });
});

describe('teams: a busy week card pages its upcoming sessions', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_week_pages', { world: { employees: 3, allowance: 30, slotCount: 23 } });
  });
  after(async () => h?.close());

  it('Later shows the next ten, its refresh keeps that page, and the last page says later ones follow', async () => {
    // 23 sessions: the overview lists 20 (and knows more follow), the card 10 a page.
    for (let i = 0; i < 23; i++) {
      const booked = await h.services.sessions.book(h.world.employees[i % 3] as Actor, { slotId: String(h.world.slots[i]?._id) });
      if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    }
    const invoke = (data: Record<string, unknown>) =>
      h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.therapist, verb: 'home', data })).then(answerCard);
    const first = await invoke({});
    expect(actionData(first, 'cancel.open')).to.have.length(10);
    expect(JSON.stringify(first)).to.include('Sessions 1–10 of 20 listed.');
    const later = actionData(first, 'home').find((d) => d.upcomingPage !== undefined);
    expect(later).to.deep.equal({ verb: 'home', upcomingPage: '1' });
    const second = (await invoke(later as Record<string, unknown>)) as { refresh?: { action: { data: unknown } } };
    const ids = actionData(second, 'cancel.open').map((d) => d.sessionId);
    expect(ids).to.have.length(10);
    expect(new Set([...ids, ...actionData(first, 'cancel.open').map((d) => d.sessionId)]).size, 'two different pages').to.equal(20);
    expect(JSON.stringify(second)).to.include('Sessions 11–20 of 20 listed. Later sessions are listed here as these ones pass.');
    expect(second.refresh?.action.data).to.deep.equal({ verb: 'home', upcomingPage: '1' });
    // A page that is not a page gets the first one.
    expect(actionData(await invoke({ upcomingPage: 'x' }), 'cancel.open')).to.have.length(10);
  });
});
