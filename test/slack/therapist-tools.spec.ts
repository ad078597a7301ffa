// A therapist's own tools over signed requests (docs/design.md §9): from their App Home they cancel a session (never
// late, always credited back, the employee told in those words) and mark recent sessions once; with /wellbeing they
// set their meeting link and hours. Every refusal is a clear sentence and changes nothing.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { meetingLinkSetText } from '../../src/domain/therapist-settings-text.js';
import type { Actor } from '../../src/services/types.js';
import { actions, commands, views } from '../../src/slack/ids.js';
import { bookedSession } from '../support/fixtures.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, viewOf } from '../support/slack-inspect.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { appHomeOpened, blockActions, slashCommand, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;
const LINK = 'https://meet.example.com/dr-sam';

describe('slack: therapist tools', () => {
  let h: SlackHarness;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  beforeEach(async () => {
    h = await openSlackHarness('therapist_tools', { world: { employees: 2, allowance: 1, slotCount: 3, minReportGroupSize: 1 } });
  });
  afterEach(() => h.close());

  const employee = (i = 0) => h.world.employees[i] as Actor;
  const homeOf = (user: string): RecordedCall | undefined =>
    h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === user)
      .pop();
  const dmsTo = (user: string) => h.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === user);
  const command = (text: string, user = 'UTHERAPIST') =>
    h.post(slashCommand({ command: commands.wellbeing, text, user, channel: `D${user}`, responseUrl: h.stub.responseUrl() }));
  const reply = () => allText(h.stub.lastCall('response_url'));
  const stored = (id: string) => h.db.models.Session.findById(id).lean();

  describe('cancelling from App Home', () => {
    it('inside the window: credited back in the therapist’s words, the employee told it is credited back to their allowance', async () => {
      const session = await bookedSession(h.services, h.world);
      expect((await h.services.sessions.overview(employee())).allowance[0]?.left).to.equal(0);
      h.setNow(new Date(session.start.getTime() - 2 * HOUR)); // inside the 24-hour window: late for an employee
      await h.post(appHomeOpened('UTHERAPIST'));
      expect(actionValue(homeOf('UTHERAPIST'), actions.sessionCancel)).to.equal(session.id);

      h.stub.reset();
      await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.sessionCancel, value: session.id, view: home }));
      const modal = h.stub.lastCall('views.update');
      expect(viewOf(modal).callback_id).to.equal(views.cancel);
      expect(allText(modal))
        .to.include('credited back to Employee 1')
        .and.not.include('your allowance')
        .and.not.include('Late cancellation');

      const res = await h.post(
        viewSubmission({
          user: 'UTHERAPIST',
          callbackId: views.cancel,
          privateMetadata: JSON.parse(viewOf(modal).private_metadata ?? '{}'),
          values: state.text('reason', 'I am unwell today') as never,
        }),
      );
      expect(res.body).to.equal('');
      expect((await stored(session.id))?.status).to.equal('cancelled');
      expect((await h.services.sessions.overview(employee())).allowance[0]?.left).to.equal(1);
      const told = dmsTo('UEMP1').map(allText).join('\n');
      expect(told).to.include('Session cancelled by your therapist').and.include('this session is credited back to your allowance');
      // The therapist's Home tab is redrawn without the session.
      expect(actionValue(homeOf('UTHERAPIST'), actions.sessionCancel)).to.equal(undefined);
    });

    it('refuses a session that is not theirs, and changes nothing', async () => {
      const session = await bookedSession(h.services, h.world);
      const before = await h.snapshot();
      const res = await h.post(
        viewSubmission({
          user: 'UEMP2',
          callbackId: views.cancel,
          privateMetadata: { sessionId: session.id },
          values: state.text('reason', 'Not mine at all') as never,
        }),
      );
      expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([refusalText({ code: 'not_your_session' }, 'employee', GB)]);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('attendance from App Home', () => {
    it('lists an ended session under Recent sessions, marks a no-show once, and the usage report counts it', async () => {
      const session = await bookedSession(h.services, h.world);
      h.setNow(new Date(session.start.getTime() + 2 * HOUR));
      await h.post(appHomeOpened('UTHERAPIST'));
      expect(allText(homeOf('UTHERAPIST'))).to.include('Recent sessions');
      expect(actionValue(homeOf('UTHERAPIST'), actions.attendanceNoShow)).to.equal(session.id);

      h.stub.reset();
      await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.attendanceNoShow, value: session.id, view: home }));
      expect(allText(h.stub.lastCall('views.update'))).to.include('Marked as a no-show');
      expect((await stored(session.id))?.attendance).to.equal('no_show');
      expect(actionValue(homeOf('UTHERAPIST'), actions.attendanceNoShow)).to.equal(undefined);

      // A second click (a stale Home tab, or another instance) is refused in words, and nothing changes.
      const before = await h.snapshot();
      await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.attendanceAttended, value: session.id, view: home }));
      expect(allText(h.stub.lastCall('views.update'))).to.include(
        refusalText({ code: 'already_marked', params: { marked: 'no_show' } }, 'employee', GB),
      );
      expect(await h.snapshot()).to.equal(before);

      await h.post(
        slashCommand({ command: commands.usage, text: '2030-01', user: 'UHR', channel: 'DHR', responseUrl: h.stub.responseUrl() }),
      );
      expect(reply()).to.include('*No-shows*\n1');
    });

    it('refuses before the session has ended, and an employee marking it', async () => {
      const session = await bookedSession(h.services, h.world);
      const before = await h.snapshot();
      await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.attendanceAttended, value: session.id, view: home }));
      expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'not_ended' }, 'employee', GB));
      h.setNow(new Date(session.start.getTime() + 2 * HOUR));
      await h.post(blockActions({ user: 'UEMP1', actionId: actions.attendanceAttended, value: session.id, view: home }));
      expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'not_your_session' }, 'employee', GB));
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('/wellbeing link and /wellbeing hours', () => {
    it('sets the meeting link, which the employee then sees on their App Home and in the booking confirmation', async () => {
      await command(`link ${LINK}`);
      expect(reply()).to.equal(meetingLinkSetText(LINK, GB));
      expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.meetingLink).to.equal(LINK);
      await h.post(
        viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', String(h.world.slots[0]?._id)) as never }),
      );
      expect(dmsTo('UEMP1').map(allText).join('\n')).to.include(`Join: ${LINK}`);
      await h.post(appHomeOpened('UEMP1'));
      expect(allText(homeOf('UEMP1'))).to.include(LINK);
      await command('link remove');
      expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.meetingLink).to.equal(null);
    });

    it('sets the usual hours and reply time', async () => {
      await command('hours Mon-Fri 09:00-17:00 "usually within one working day"');
      expect(reply()).to.include('Mon–Fri, 09:00–17:00 (Europe/London)').and.include('usually reply within one working day');
      const therapist = await h.db.models.Person.findById(h.world.therapist.personId).lean();
      expect(therapist?.replyHours).to.deep.equal({ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' });
      expect(therapist?.usualReply).to.equal('within one working day');
    });

    it('refuses a link that is not https, hours it cannot read or that end before they start, and anyone but a therapist', async () => {
      const before = await h.snapshot();
      await command('link http://meet.example.com/dr-sam');
      expect(reply()).to.equal(refusalText({ code: 'invalid_meeting_link' }, 'employee', GB));
      await command('link javascript:alert(1)');
      expect(reply()).to.equal(refusalText({ code: 'invalid_meeting_link' }, 'employee', GB));
      await command('hours Mon-Fri 9-5');
      expect(reply()).to.equal(refusalText({ code: 'invalid_reply_hours' }, 'employee', GB));
      await command('hours Mon 17:00-09:00');
      expect(reply()).to.equal(refusalText({ code: 'invalid_reply_hours' }, 'employee', GB));
      await command(`link ${LINK}`, 'UEMP1');
      expect(reply()).to.equal(refusalText({ code: 'not_therapist', params: { action: 'link' } }, 'employee', GB));
      await command('hours Mon-Fri 09:00-17:00', 'UHR');
      expect(reply()).to.equal(refusalText({ code: 'not_therapist', params: { action: 'hours' } }, 'employee', GB));
      expect(await h.snapshot()).to.equal(before);
    });

    it('sets the booking notice with /wellbeing notice; refuses what is not 1 to 72 hours, and anyone but a therapist', async () => {
      const before = await h.snapshot();
      for (const bad of ['notice 0', 'notice 73', 'notice soon']) {
        await command(bad);
        expect(reply(), bad).to.equal(refusalText({ code: 'invalid_booking_notice' }, 'employee', GB));
      }
      await command('notice 12', 'UEMP1');
      expect(reply()).to.equal(refusalText({ code: 'not_therapist', params: { action: 'notice' } }, 'employee', GB));
      expect(await h.snapshot()).to.equal(before);
      await command('notice 12');
      expect(reply()).to.include('at least 12 hours ahead');
      expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.bookingNoticeHours).to.equal(12);
    });

    it('sets days away with /wellbeing away, says so, and refuses dates it cannot read', async () => {
      await command('away someday');
      expect(reply()).to.equal(refusalText({ code: 'invalid_away_period' }, 'employee', GB));
      await command('away 2030-02-03 2030-02-07');
      expect(reply()).to.include("You're away Sun 3 Feb 2030 – Thu 7 Feb 2030");
      expect((await h.db.models.Person.findById(h.world.therapist.personId).lean())?.awayPeriods).to.deep.equal([
        { from: '2030-02-03', to: '2030-02-07' },
      ]);
      await command('away clear');
      expect(reply()).to.equal('You have no days away set.');
    });

    it('tells staff how, in the help of /wellbeing', async () => {
      await command('');
      expect(reply())
        .to.include(`${commands.wellbeing} link https://`)
        .and.include(`${commands.wellbeing} hours Mon-Fri 09:00-17:00`)
        .and.include(`${commands.wellbeing} notice 12`);
    });
  });
});
