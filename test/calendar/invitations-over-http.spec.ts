// Invitations through both HTTP surfaces of one app, with a local SMTP server: an employee on Slack books and asks
// to move a session with signed requests, their therapist on Teams confirms in the thread and then cancels from the
// week card. Every change e-mails both sides an invitation that updates one event: same UID, rising SEQUENCE,
// METHOD:CANCEL at the end, read with the iCalendar parser.
import { expect } from 'chai';
import { views } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { eventOf } from '../support/invitations.js';
import { startMailbox, type Mailbox } from '../support/mailbox.js';
import { state, viewSubmission } from '../support/slack-requests.js';
import { cardInvoke } from '../support/teams-activities.js';
import { answerCard } from '../support/teams-cards.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

const employeeMail = 'employee@example.com';
const therapistMail = 'therapist@example.com';

describe('calendar: invitations through Slack and Teams', () => {
  let h: TeamsHarness;
  let mailbox: Mailbox;

  before(async () => {
    mailbox = await startMailbox();
    h = await openTeamsHarness('calendar_over_http', {
      slack: true,
      world: { employeePlatform: 'slack', therapistPlatform: 'teams', employees: 1, slotCount: 4 },
      env: { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}` },
    });
    await h.db.models.Person.updateOne({ _id: h.world.employees[0]?.personId }, { $set: { email: employeeMail } });
    await h.db.models.Person.updateOne({ _id: h.world.therapist.personId }, { $set: { email: therapistMail } });
  });
  after(async () => {
    await h?.close();
    await mailbox?.close();
  });

  const slotId = (i: number) => String(h.world.slots[i]?._id);
  const employee = () => h.world.employees[0] as Actor;
  const currentSessionId = async () => (await h.services.sessions.overview(employee())).upcoming[0]?.id ?? '';
  /** E-mail goes out after the chat notices: wait until each side has `count` invitations. */
  async function invitationsOf(address: string, count: number) {
    for (let i = 0; i < 100 && mailbox.to(address).filter((m) => m.calendar).length < count; i++)
      await new Promise((r) => setTimeout(r, 50));
    return mailbox
      .to(address)
      .filter((m) => m.calendar)
      .map(eventOf);
  }

  it('book (Slack) -> reschedule confirmed (Teams) -> cancelled by the therapist (Teams): one event, rising SEQUENCE, CANCEL', async () => {
    const user = employee().identity.userId;
    expect(
      (await h.postSlack(viewSubmission({ user, callbackId: views.book, values: state.select('slot', slotId(0)) as never }))).body,
    ).to.equal('');
    const booked = await currentSessionId();
    const asked = await h.postSlack(
      viewSubmission({
        user,
        callbackId: views.reschedule,
        privateMetadata: { sessionId: booked },
        values: {
          ...state.select('slot', slotId(2)),
          ...state.date(null),
          ...state.time(null),
          ...state.text('reason', 'A work trip came up'),
        } as never,
      }),
    );
    expect(asked.body).to.equal('');
    const [request] = await h.db.connection.collection('reschedule_requests').find({}).toArray();
    const [thread] = await h.db.connection.collection('relay_threads').find({}).toArray();
    const where = { serviceUrl: h.serviceUrl, channelId: h.channelId, threadRootId: String(thread?.threadId).split('=')[1] };
    const decided = answerCard(
      await h.post(cardInvoke({ ...where, user: h.therapist, verb: 'request.confirm', data: { requestId: String(request?._id) } })),
    );
    expect(JSON.stringify(decided)).to.contain('Confirmed');

    const moved = await currentSessionId();
    const week = answerCard(
      await h.post(
        cardInvoke({
          serviceUrl: h.serviceUrl,
          user: h.therapist,
          verb: 'cancel.submit',
          data: { sessionId: moved, reason: 'A private matter' },
        }),
      ),
    );
    expect(JSON.stringify(week)).to.contain('Your week');

    for (const address of [employeeMail, therapistMail]) {
      const events = await invitationsOf(address, 3);
      expect(
        events.map((e) => e.method),
        address,
      ).to.deep.equal(['REQUEST', 'REQUEST', 'CANCEL']);
      expect(new Set(events.map((e) => e.uid)).size, 'one event').to.equal(1);
      expect(events.map((e) => e.sequence)).to.deep.equal([0, 1, 2]);
      expect(events.map((e) => e.start.toJSDate().toISOString())).to.deep.equal(
        [0, 2, 2].map((i) => h.world.slots[i]?.start.toISOString()),
      );
    }
    // The employee's e-mail words the therapist's cancellation as the chat does.
    expect(mailbox.to(employeeMail).at(-1)?.text).to.include('this session is credited back to your allowance');
    const everything = mailbox.mails.map((m) => `${m.text}\n${m.calendar?.content ?? ''}`).join('\n');
    expect(everything).to.not.include('A work trip came up').and.not.include('A private matter');
  });
});
