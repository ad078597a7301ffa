// `npm run admin -- sweep` delivers what it owes through the app's notifiers (issue 15): an expired request and a
// due reminder reach both sides once through the Slack Web API stand-in, a second run sends nothing again, and a
// notice for a platform the CLI's environment cannot send to (Teams without credentials) stays owed for the app.
// The app (slack-harness) books and requests; the CLI sweeps the same database with its own composition, in-process
// with the test's clock, and once as the real process.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCliConfig } from '../../src/cli/cli-config.js';
import { EXIT_OK, execute } from '../../src/cli/commands.js';
import { openDelivery } from '../../src/cli/delivery.js';
import { OperatorLookup } from '../../src/cli/operator-lookup.js';
import { createLogger } from '../../src/log.js';
import type { Actor } from '../../src/services/types.js';
import { createStore } from '../../src/store/index.js';
import { bookedSession } from '../support/fixtures.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { TEST_SIGNING_SECRET } from '../support/slack-requests.js';

const MINUTE = 60_000;
const LINK = 'https://meet.example.com/dr-sam';
const root = fileURLToPath(new URL('../../', import.meta.url));

describe("cli: the manual sweep delivers through the app's notifiers", function () {
  this.timeout(90_000);
  let h: SlackHarness;
  afterEach(async () => {
    await h?.close();
  });

  /** The app's Slack settings pointing at the stand-in; no Teams credentials. */
  const slackEnv = (): NodeJS.ProcessEnv => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: h.stub.apiUrl,
  });

  /** `npm run admin -- sweep`, in-process: the CLI's own composition over the app's database and the test's clock. */
  async function cliSweep(): Promise<{ code: number; out: string[] }> {
    const config = loadCliConfig(slackEnv());
    const delivery = openDelivery({
      config,
      store: createStore(h.db),
      log: createLogger('silent'),
      clock: () => h.now(),
      slackOverrides: { retryConfig: { retries: 0 } },
    });
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) };
    const code = await execute(delivery.services, ['sweep'], io, new OperatorLookup(h.db.models), delivery);
    return { code, out };
  }

  /** A booked session three days out with a reschedule request waiting for the therapist, as the app leaves them. */
  async function sessionWithRequest(): Promise<{ start: Date; requestId: string }> {
    await h.db.models.Person.updateOne({ _id: h.world.therapist.personId }, { $set: { meetingLink: LINK } });
    const session = await bookedSession(h.services, h.world);
    const employee = h.world.employees[0] as Actor;
    const requested = await h.services.reschedule.request(employee, {
      sessionId: session.id,
      choice: { slotId: String(h.world.slots[1]?._id) },
      reason: 'Clashes',
    });
    if (!requested.ok) throw new Error(`request refused: ${requested.code}`);
    return { start: session.start, requestId: requested.request.id };
  }

  const sent = () => h.stub.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update');
  const posts = (title: string) => h.stub.callsTo('chat.postMessage').filter((c) => c.body.text === title);
  const owed = () => h.db.models.Owed.find().lean();

  it('an expired request and a due reminder reach both sides once; a second run sends nothing again', async () => {
    h = await openSlackHarness('cli_sweep', { world: { employees: 1, slotCount: 3 } });
    const { start, requestId } = await sessionWithRequest();
    const requestMessage = (await h.db.models.RescheduleRequest.findById(requestId).lean())?.threadMessageId;
    expect(requestMessage, 'the app posted the request in the thread').to.be.a('string');
    const channel = h.world.channel.channelId;
    // Ten minutes before the session: inside the reschedule cutoff (the request expires), and the reminder is due.
    h.setNow(new Date(start.getTime() - 10 * MINUTE));
    h.stub.reset();

    const first = await cliSweep();
    expect(first.code, first.out.join('\n')).to.equal(EXIT_OK);
    expect(first.out[0]).to.include('1 requests expired').and.include('1 reminders due');
    expect(first.out, 'nothing was left for the app').to.have.length(1);

    // The therapist's request message loses its buttons in place, and both sides are told, once each.
    // So is the employee's "request sent" message (without its Withdraw button), in the employee's words.
    const updates = h.stub.callsTo('chat.update');
    const inThread = updates.filter((c) => c.body.channel === channel);
    expect(inThread.map((c) => c.body.ts)).to.deep.equal([requestMessage]);
    expect(allText(inThread[0] as (typeof updates)[number])).to.include('expired');
    const inDm = updates.filter((c) => c.body.channel !== channel);
    expect(inDm, "the employee's own message of the request").to.have.length(1);
    expect(allText(inDm[0] as (typeof updates)[number])).to.include('Your reschedule request expired');
    const expired = posts('Reschedule request expired');
    expect(expired.map((c) => c.body.channel).sort()).to.deep.equal([channel, 'UEMP1'].sort());
    const starting = posts('Session starting soon');
    expect(starting.map((c) => c.body.channel).sort()).to.deep.equal([channel, 'UEMP1'].sort());
    for (const post of starting) expect(allText(post)).to.include(`Join: ${LINK}`);
    for (const post of [...expired, ...starting].filter((c) => c.body.channel === channel)) expect(post.body.thread_ts).to.be.a('string');
    expect(await owed(), 'nothing is still owed').to.have.length(0);

    // Past the sweep's lease minute and the grace of anything unfinished: the second run really sweeps.
    const before = sent().length;
    h.setNow(new Date(start.getTime() - 7 * MINUTE));
    const second = await cliSweep();
    expect(second.code).to.equal(EXIT_OK);
    expect(second.out[0]).to.include('0 requests expired').and.include('0 reminders due');
    expect(sent()).to.have.length(before);
  });

  it('leaves the notices of a Teams employee owed for the app when Teams is not configured here, and says so', async () => {
    // The employee is on Teams, their therapist's channel in Slack.
    h = await openSlackHarness('cli_sweep_teams', { world: { employees: 1, slotCount: 3, employeePlatform: 'teams' } });
    const { start } = await sessionWithRequest();
    h.setNow(new Date(start.getTime() - 10 * MINUTE));
    h.stub.reset();

    const first = await cliSweep();
    expect(first.code, first.out.join('\n')).to.equal(EXIT_OK);
    expect(first.out).to.include('2 notices for Teams recipients left for the app: Teams is not configured here (no MicrosoftAppId).');
    // The therapist's side went out through Slack; the employee's two notices are still owed, not marked sent.
    expect(posts('Reschedule request expired').map((c) => c.body.channel)).to.deep.equal([h.world.channel.channelId]);
    expect(posts('Session starting soon').map((c) => c.body.channel)).to.deep.equal([h.world.channel.channelId]);
    const left = async () => (await owed()).map((e) => `${e.notice?.to}:${String(e.notice?.notice.kind)}`).sort();
    expect(await left()).to.deep.equal(['employee:reminder_starting', 'employee:request_expired']);

    // A later run retries them, leaves them owed again, and sends nothing twice.
    const before = sent().length;
    h.setNow(new Date(start.getTime() - 7 * MINUTE));
    const second = await cliSweep();
    expect(second.out).to.include('2 notices for Teams recipients left for the app: Teams is not configured here (no MicrosoftAppId).');
    expect(await left()).to.deep.equal(['employee:reminder_starting', 'employee:request_expired']);
    expect(sent()).to.have.length(before);
  });

  it('as the real process: delivers the reminder in Slack and says what it left for the app', async () => {
    // Real time: the process has its own clock. A session starting in ten minutes has its reminder due now.
    h = await openSlackHarness('cli_sweep_process', {
      start: new Date(),
      world: { employees: 1, slotCount: 1, employeePlatform: 'teams', firstSlot: new Date(Date.now() + 10 * MINUTE) },
    });
    // Booked two days ago (the therapist's booking notice is a day), so it starts in ten minutes now.
    h.setNow(new Date(Date.now() - 48 * 60 * MINUTE));
    await bookedSession(h.services, h.world);
    h.setNow(new Date());
    h.stub.reset();
    const uri = `${(process.env.MONGODB_URI ?? '').replace(/\/?$/, '/')}${h.db.connection.name}`;
    // Empty values keep a developer's .env from filling them in.
    const env = { ...process.env, ...slackEnv(), MONGODB_URI: uri, MicrosoftAppId: '', MicrosoftAppPassword: '', SMTP_URL: '' };
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/admin.ts', 'sweep'],
        { cwd: root, env, timeout: 60_000 },
        (err, stdout, stderr) => {
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
        },
      );
    });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include('1 reminders due');
    expect(r.stdout).to.include('1 notice for Teams recipients left for the app: Teams is not configured here (no MicrosoftAppId).');
    expect(posts('Session starting soon').map((c) => c.body.channel)).to.deep.equal([h.world.channel.channelId]);
    expect((await owed()).map((e) => e.notice?.to)).to.deep.equal(['employee']);
  });
});
