// App Home follows every notice (issue 7, item 8): whenever the Slack notifier tells a reader something, their
// Home tab is republished once, however many notices one change sends them, and a failed publish never fails the
// notice that was delivered.
import { LogLevel, WebClient } from '@slack/web-api';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import type { Recipient, RequestView } from '../../src/notices/notice.js';
import { HomePublisher } from '../../src/slack/home.js';
import { actions } from '../../src/slack/ids.js';
import { SlackNotifier } from '../../src/slack/notifier.js';
import type { Actor } from '../../src/services/types.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText, hasAction } from '../support/slack-inspect.js';

describe('slack: App Home republished after notices', () => {
  let h: SlackHarness;
  let notifier: SlackNotifier;
  let homes: HomePublisher;
  let employee: Actor;

  const recipientOf = (actor: Actor): Recipient => ({
    personId: actor.personId,
    displayName: actor.displayName,
    zone: actor.zone,
    locale: actor.locale,
    identity: actor.identity,
    email: null,
  });
  const thread = () => ({ channel: h.world.channel, threadId: '1.0' });

  before(async () => {
    h = await openSlackHarness('home_publish', { world: { employees: 1, slotCount: 3 } });
    employee = h.world.employees[0] as Actor;
    const client = new WebClient('xoxb-test', { slackApiUrl: h.stub.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    homes = new HomePublisher(client, h.services, createLogger('silent'), 300);
    notifier = new SlackNotifier(client, createLogger('silent'), homes);
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  const publishes = () => h.stub.callsTo('views.publish');

  it("republishes the employee's overview once after a burst of notices to them", async () => {
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(booked.code);
    await h.app.idle(); // the app's own notifier republishes after the booking's notices
    h.stub.reset();
    const to = recipientOf(employee);
    await notifier.notifyPerson(to, { kind: 'session_booked', session: booked.session });
    await notifier.notifyPerson(to, { kind: 'session_booked', session: booked.session });
    await notifier.notifyPerson(to, { kind: 'session_booked', session: booked.session });
    await homes.idle();
    expect(publishes()).to.have.length(1);
    expect(publishes()[0]?.body.user_id).to.equal('UEMP1');
    // The overview as it is now: the booked session with its buttons.
    expect(hasAction(publishes()[0], actions.sessionCancel)).to.equal(true);
  });

  it("republishes the therapist's Home after a post or an update in their thread, not after a relayed message", async () => {
    const therapist = recipientOf(h.world.therapist);
    await notifier.postToThread(thread(), therapist, { kind: 'relay', from: 'employee', senderName: 'E', text: 'hello' });
    await homes.idle();
    expect(publishes()).to.have.length(0);
    const request = {
      id: 'r1',
      sessionId: 's1',
      current: { start: new Date('2030-01-10T10:00:00Z'), end: new Date('2030-01-10T10:50:00Z') },
      proposed: { start: new Date('2030-01-11T10:00:00Z'), end: new Date('2030-01-11T10:50:00Z') },
      custom: false,
      reason: 'r',
      requestedBy: 'employee',
      awaiting: 'therapist',
      status: 'confirmed',
      decisionNote: null,
      employeeName: 'E',
      therapistName: 'T',
    } satisfies RequestView;
    await notifier.updateThreadMessage(thread(), '1.1', therapist, { kind: 'request_decided', request });
    await homes.idle();
    expect(publishes().map((c) => c.body.user_id)).to.deep.equal(['UTHERAPIST']);
    // The therapist's Home lists their upcoming sessions (the one booked above), not only their commands.
    expect(allText(publishes()[0])).to.include('with Employee 1');
    expect(allText(publishes()[0])).to.include('/wellbeing-availability');
  });

  it('a failing publish is logged, never thrown: the notice still counts as delivered', async () => {
    h.stub.fail('views.publish', { error: 'invalid_auth' }, 1);
    await notifier.notifyPerson(recipientOf(employee), { kind: 'thread_opened', employeeName: 'x' });
    const to = recipientOf(employee);
    const booked = (await h.services.sessions.overview(employee)).upcoming[0];
    if (!booked) throw new Error('no session');
    await notifier.notifyPerson(to, { kind: 'session_booked', session: booked });
    await homes.idle();
    expect(publishes()).to.have.length(1);
  });
});
