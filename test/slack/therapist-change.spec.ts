// Changing therapist over signed requests (issue 19, §6): the employee's Home button asks privately (the therapist
// is not told); the operator's `reassign-employee` (the CLI in-process, delivering through the app's notifiers)
// cancels and credits the sessions with the previous therapist, tells the employee in their DM and the previous
// therapist in the old thread, whose replies no longer reach the employee; the next DM opens a thread in the new
// therapist's channel.
import { expect } from 'chai';
import { loadCliConfig } from '../../src/cli/cli-config.js';
import { EXIT_OK, execute } from '../../src/cli/commands.js';
import { openDelivery } from '../../src/cli/delivery.js';
import { OperatorLookup } from '../../src/cli/operator-lookup.js';
import { refusalText } from '../../src/domain/refusals.js';
import { createLogger } from '../../src/log.js';
import { actions, views } from '../../src/slack/ids.js';
import { createStore } from '../../src/store/index.js';
import { identity } from '../support/fixtures.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, viewOf } from '../support/slack-inspect.js';
import {
  appHomeOpened,
  blockActions,
  eventCallback,
  messageEvent,
  nextTs,
  state,
  TEST_SIGNING_SECRET,
  viewSubmission,
} from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: changing therapist', function () {
  this.timeout(60_000);
  let h: SlackHarness;
  let newTherapistId: string;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  beforeEach(async () => {
    h = await openSlackHarness('slack_therapist_change', { world: { employees: 1, allowance: 2, slotCount: 3 } });
    const added = await h.services.admin.addPerson({
      orgId: h.world.orgId,
      displayName: 'Dr Kim New',
      role: 'therapist',
      zone: 'Europe/London',
      identity: identity('slack', 'UNEWTHERAPIST'),
    });
    if (!added.ok) throw new Error(added.error);
    newTherapistId = String(added.person._id);
    expect(
      (
        await h.services.admin.linkChannel(identity('slack', 'UNEWTHERAPIST'), {
          platform: 'slack',
          workspaceId: 'T0TEST',
          channelId: 'CNEW',
        })
      ).ok,
    ).to.equal(true);
    h.stub.memberOf.add('CNEW');
  });
  afterEach(() => h.close());

  async function admin(...argv: string[]): Promise<{ code: number; out: string[] }> {
    const config = loadCliConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: h.stub.apiUrl,
    });
    const delivery = openDelivery({
      config,
      store: createStore(h.db),
      log: createLogger('silent'),
      clock: () => h.now(),
      slackOverrides: { retryConfig: { retries: 0 } },
    });
    const out: string[] = [];
    const code = await execute(
      delivery.services,
      argv,
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      new OperatorLookup(h.db.models),
      delivery,
    );
    await delivery.idle();
    return { code, out };
  }
  const dm = (text: string) =>
    h.post(eventCallback(messageEvent({ user: 'UEMP1', text, channel: 'DEMP1', channelType: 'im', ts: nextTs() })));
  const posts = (channel: string) => h.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

  it('asks from Home, privately; the operator reassigns; sessions credited back; the old thread closed; the next DM reaches the new therapist', async () => {
    await dm('Hello');
    const oldThreadTs = String(posts('CACME')[0]?.body.ts ?? (await h.db.models.RelayThread.findOne({}).lean())?.threadId);
    expect(
      (
        await h.post(
          viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', String(h.world.slots[0]?._id)) as never }),
        )
      ).body,
    ).to.equal('');

    await h.post(appHomeOpened('UEMP1'));
    const homeTab = h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === 'UEMP1')
      .pop();
    expect(actionValue(homeTab, actions.changeTherapist)).to.equal('change');
    expect(allText(homeTab), 'the help says what it is for').to.include('*Change therapist* (a button with your sessions): ask privately');
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.changeTherapist, value: 'change', view: home }));
    const modal = h.stub.lastCall('views.update');
    expect(viewOf(modal).callback_id).to.equal(views.changeTherapist);
    expect(allText(modal)).to.include('No reason is needed and your therapist is not told');
    h.stub.reset();
    const asked = JSON.parse((await h.post(viewSubmission({ user: 'UEMP1', callbackId: views.changeTherapist, values: {} }))).body);
    expect(JSON.stringify(asked.view)).to.include('Your request to change therapist is with the wellbeing service');
    expect(posts('CACME'), 'the therapist is not told').to.deep.equal([]);

    const listed = await admin('list-therapist-changes');
    expect(listed.out[0]).to.include(`employee ${h.world.employees[0]!.personId} Employee 1, now with Dr Sam Rivers`);
    h.stub.reset();
    const done = await admin('reassign-employee', h.world.employees[0]!.personId, newTherapistId, '--by', 'ana');
    expect(done.code).to.equal(EXIT_OK);
    expect(done.out[0]).to.include('Reassigned: 1 future session with the previous therapist cancelled and credited back');
    const toEmployee = posts('UEMP1').map(allText).join('\n');
    expect(toEmployee).to.include('You now work with Dr Kim New').and.include('Cancelled by the wellbeing service.');
    const inOldThread = posts('CACME');
    expect(inOldThread.map(allText).join('\n')).to.include('Employee 1 now works with another therapist');
    expect(inOldThread.every((c) => c.body.thread_ts === oldThreadTs)).to.equal(true);
    expect((await h.services.sessions.overview(h.world.employees[0] as never)).allowance[0]?.used).to.equal(0);

    // A reply in the old thread no longer reaches the employee; the therapist is told why.
    h.stub.reset();
    await h.post(
      eventCallback(
        messageEvent({ user: 'UTHERAPIST', text: 'Still there?', channel: 'CACME', channelType: 'channel', threadTs: oldThreadTs }),
      ),
    );
    expect(posts('UEMP1')).to.deep.equal([]);
    expect(allText(h.stub.callsTo('chat.postEphemeral').at(-1) ?? h.stub.callsTo('chat.postMessage').at(-1))).to.include(
      refusalText({ code: 'thread_closed' }, 'employee', GB),
    );
    // The next DM opens a thread in the new therapist's channel.
    await dm('Hello, new therapist');
    expect(posts('CNEW').map(allText).join('\n')).to.include('Conversation with Employee 1').and.include('Hello, new therapist');
  });
});
