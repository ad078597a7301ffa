// Reminders through the real sweep of two app instances over one database and one controllable clock, delivered by
// each instance's Slack notifier to the Web API stand-in: each reminder reaches each side exactly once, however the
// passes race (the service-level races are in test/services/reminders.spec.ts; this is the platform end of them).
import { expect } from 'chai';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { bookedSession } from '../support/fixtures.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { TEST_SIGNING_SECRET } from '../support/slack-requests.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const LINK = 'https://meet.example.com/dr-sam';

describe('slack: reminders from the sweep of two instances, each sent once', () => {
  let h: SlackHarness;
  let second: App;

  before(async () => {
    h = await openSlackHarness('reminders_sweep', { world: { employees: 1, slotCount: 2 } });
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: h.stub.apiUrl,
    });
    second = createApp({ config, db: h.db, log: createLogger('silent'), clock: () => h.now() });
    await h.db.models.Person.updateOne({ _id: h.world.therapist.personId }, { $set: { meetingLink: LINK } });
  });
  after(async () => {
    await second?.close();
    await h?.close();
  });

  const posts = (title: string) => h.stub.callsTo('chat.postMessage').filter((c) => c.body.text === title);
  /** Both instances sweep at once, a few times over, and their Slack work is waited for. */
  async function sweepBoth(rounds = 2): Promise<void> {
    for (let i = 0; i < rounds; i++) await Promise.all([h.services.sweep(), second.services.sweep(), h.services.sweep()]);
    await Promise.all([h.app.idle(), second.idle()]);
  }

  it('the cutoff reminder reaches the employee once (a therapist cannot move a session), the starting one (with the join link) both', async () => {
    const session = await bookedSession(h.services, h.world);
    const channel = h.world.channel.channelId;

    h.setNow(new Date(session.start.getTime() - 24 * HOUR - 20 * HOUR)); // 20 h before the reschedule cutoff
    await sweepBoth();
    const cutoff = posts('Reminder: your session can still be moved');
    expect(cutoff.map((c) => c.body.channel)).to.deep.equal(['UEMP1']);

    h.setNow(new Date(session.start.getTime() - 10 * MINUTE));
    await sweepBoth();
    h.setNow(new Date(session.start.getTime() - 8 * MINUTE)); // the next minute's passes find nothing more
    await sweepBoth();
    const starting = posts('Session starting soon');
    expect(starting.map((c) => c.body.channel).sort()).to.deep.equal([channel, 'UEMP1'].sort());
    for (const post of starting) expect(allText(post)).to.include(`Join: ${LINK}`);
    // The therapist's copy is in the employee's thread of their channel.
    expect(starting.find((c) => c.body.channel === channel)?.body.thread_ts).to.be.a('string');
    expect(posts('Reminder: your session can still be moved')).to.have.length(1);
  });
});
