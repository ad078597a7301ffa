// An employee writes while the bot is not a member of their therapist's linked channel (never invited, or removed):
// Slack answers not_in_channel. The employee is told plainly that the message could not reach their therapist yet
// and where to get help meanwhile (never "try again", which cannot work); the operators get one alert line, a
// counter and a flag on the link that show-org and list-people print; once the bot is in the channel, the next
// message is relayed and the flag is cleared.
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { execute } from '../../src/cli/commands.js';
import { OperatorLookup } from '../../src/cli/operator-lookup.js';
import { refusalText } from '../../src/domain/refusals.js';
import { createLogger } from '../../src/log.js';
import { metricsRegistry } from '../../src/metrics.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent, nextTs } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

type Line = Record<string, unknown> & { level?: number; msg?: string };

const SUPPORT_LINE = 'the Acme care line, 0800 123 456';

async function unreachableCount(): Promise<number> {
  const metric = metricsRegistry.getSingleMetric('wellbeing_therapist_channel_unreachable_total');
  const values = (await metric?.get())?.values ?? [];
  return values.filter((v) => v.labels.platform === 'slack').reduce((n, v) => n + v.value, 0);
}

describe('slack: a therapist channel the bot is not a member of', () => {
  let h: SlackHarness;
  const lines: Line[] = [];
  const employeeDm = (text: string) => messageEvent({ user: 'UEMP1', text, channel: 'DEMP1', channelType: 'im', ts: nextTs() });
  const posts = () => h.stub.callsTo('chat.postMessage');
  const blocksText = (call: RecordedCall | undefined): string => JSON.stringify(call?.body.blocks ?? []);
  const admin = async (...argv: string[]) => {
    const out: string[] = [];
    const code = await execute(h.app.services, argv, { out: (l) => out.push(l), err: (l) => out.push(l) }, new OperatorLookup(h.db.models));
    expect(code, out.join('\n')).to.equal(0);
    return out;
  };
  const link = () => h.db.models.ChannelLink.findById(h.world.therapistDoc._id).lean().exec();

  before(async () => {
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => {
      for (const l of d.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Line);
    });
    h = await openSlackHarness('unreachable_channel', { log: createLogger('info', sink) });
    await admin('set-policy', '--org', h.world.orgId, '--support-line', SUPPORT_LINE);
    // Like Slack: a post in a channel the bot is not a member of answers not_in_channel. The bot was never invited.
    h.stub.postOnlyWhereMember = true;
    h.stub.memberOf.delete(h.world.channel.channelId);
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  it('tells the employee their message could not reach the therapist yet, and where to get help, not to try again', async () => {
    const before = await unreachableCount();
    lines.length = 0;
    const res = await h.post(eventCallback(employeeDm('I need to talk about tomorrow')));
    expect(res.status).to.equal(200);

    // The post in the therapist's channel was tried and refused; the employee's DM says why, in the new sentence.
    expect(posts()[0]?.body.channel).to.equal('CACME');
    const told = posts().filter((p) => p.body.channel === 'DEMP1');
    expect(told).to.have.length(1);
    const sentence = refusalText({ code: 'therapist_channel_unreachable', params: { supportLine: SUPPORT_LINE } }, 'employee', GB);
    expect(told[0]?.body.text).to.equal(sentence);
    expect(sentence).to.include(SUPPORT_LINE).and.include('has been told').and.not.include('try again');
    expect(String(told[0]?.body.text)).to.not.include('CACME');

    // One alert line at error level for the operators: ids and platform only, no names and no message text.
    const alerts = lines.filter((l) => l.alert === 'therapist_channel_unreachable');
    expect(alerts).to.have.length(1);
    expect(alerts[0]?.level).to.equal(50);
    expect(alerts[0]).to.include({ therapistId: String(h.world.therapistDoc._id), platform: 'slack' });
    const logged = JSON.stringify(lines);
    expect(logged).to.not.include('I need to talk about tomorrow').and.not.include('Dr Sam Rivers').and.not.include('Employee 1');

    expect(await unreachableCount()).to.equal(before + 1);
    expect((await link())?.unreachableSince).to.be.an.instanceOf(Date);
  });

  it('keeps the first time the channel was found unreachable, and counts every refused message', async () => {
    const since = (await link())?.unreachableSince;
    const before = await unreachableCount();
    await h.post(eventCallback(employeeDm('still there?')));
    expect(posts().filter((p) => p.body.channel === 'DEMP1')[0]?.body.text).to.equal(
      refusalText({ code: 'therapist_channel_unreachable', params: { supportLine: SUPPORT_LINE } }, 'employee', GB),
    );
    expect(await unreachableCount()).to.equal(before + 1);
    expect((await link())?.unreachableSince?.getTime()).to.equal(since?.getTime());
  });

  it('shows the unreachable channel to the operators in show-org and list-people', async () => {
    const org = await admin('show-org', '--org', h.world.orgId);
    expect(org.find((l) => l.startsWith('  linked therapist channels:'))).to.equal(
      '  linked therapist channels: 1 (1 the bot cannot post in: invite it there, with /invite @Wellbeing in Slack or by adding the app to the team in Teams)',
    );
    const people = await admin('list-people', '--org', h.world.orgId);
    const flagged = people.filter((l) => l.includes('channel unreachable since'));
    expect(flagged).to.have.length(1);
    expect(flagged[0]).to.include('Dr Sam Rivers').and.include(String(h.world.therapistDoc._id)).and.include('invite the bot');
  });

  it('relays the next message once the bot is in the channel, and clears the flag', async () => {
    h.stub.memberOf.add(h.world.channel.channelId);
    const before = await unreachableCount();
    await h.post(eventCallback(employeeDm('now it works')));
    const inChannel = posts().filter((p) => p.body.channel === 'CACME');
    expect(inChannel.map(blocksText).some((t) => t.includes('now it works'))).to.equal(true);
    expect(posts().filter((p) => p.body.channel === 'DEMP1' && String(p.body.text).includes("couldn't reach"))).to.have.length(0);
    expect(await unreachableCount()).to.equal(before);
    expect((await link())?.unreachableSince).to.equal(null);
    const org = await admin('show-org', '--org', h.world.orgId);
    expect(org.find((l) => l.startsWith('  linked therapist channels:'))).to.equal('  linked therapist channels: 1');
    expect((await admin('list-people', '--org', h.world.orgId)).join('\n')).to.not.include('unreachable');
  });

  it('keeps the old sentence for other failures in the channel: those may pass on a retry', async () => {
    h.stub.fail('chat.postMessage', { error: 'internal_error' }, 1, (body) => body.channel === 'CACME');
    const before = await unreachableCount();
    await h.post(eventCallback(employeeDm('a passing failure')));
    expect(posts().filter((p) => p.body.channel === 'DEMP1')[0]?.body.text).to.equal(refusalText({ code: 'relay_failed' }, 'employee', GB));
    expect(await unreachableCount()).to.equal(before);
    expect((await link())?.unreachableSince).to.equal(null);
  });
});
