// `npm run admin -- list-recommendations | approve-recommendation <id> | decline-recommendation <id> --reason …`
// (issue 19, §4): the operator sees what waits with the clinical note, approves (the employee's allowance grows for
// that month and both sides are told through the app's notifiers: the employee's DM, the therapist's thread with
// the client) or declines (the therapist told with the reason; the employee not). The app (slack-harness) takes the
// bookings over signed requests; the CLI runs in-process with its own composition over the same database.
import { expect } from 'chai';
import { loadCliConfig } from '../../src/cli/cli-config.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, execute, parseCommandLine } from '../../src/cli/commands.js';
import { openDelivery } from '../../src/cli/delivery.js';
import { OperatorLookup } from '../../src/cli/operator-lookup.js';
import { createLogger } from '../../src/log.js';
import type { Actor } from '../../src/services/types.js';
import { views } from '../../src/slack/ids.js';
import { createStore } from '../../src/store/index.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { state, TEST_SIGNING_SECRET, viewSubmission } from '../support/slack-requests.js';

const NOTE = 'Acute stress after a redundancy round; weekly sessions advised';

describe('cli: operators decide extra sessions', function () {
  this.timeout(60_000);
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlackHarness('cli_recommendations', { world: { employees: 1, allowance: 1, slotCount: 3 } });
  });
  afterEach(() => h.close());

  async function admin(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
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
    const err: string[] = [];
    const code = await execute(
      delivery.services,
      argv,
      { out: (l) => out.push(l), err: (l) => err.push(l) },
      new OperatorLookup(h.db.models),
      delivery,
    );
    await delivery.idle();
    return { code, out, err };
  }
  const book = (slot: number) =>
    h.post(
      viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', String(h.world.slots[slot]?._id)) as never }),
    );
  const sessions = () => h.db.models.Session.countDocuments({ employeeId: h.world.employees[0]!.personId, status: 'booked' });
  const dmsToEmployee = () => h.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UEMP1');
  const threadPosts = () => h.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CACME');
  async function recommended(sessions = 1): Promise<string> {
    await book(0);
    const made = await h.services.recommendations.recommend(h.world.therapist, {
      employeeId: h.world.employees[0]!.personId,
      month: '2030-01',
      sessions,
      note: NOTE,
    });
    if (!made.ok) throw new Error(made.code);
    await h.services.idle();
    h.stub.reset();
    return made.recommendation.id;
  }

  it('lists what waits with the note; approving tells both sides and the employee books at once; again changes nothing', async () => {
    expect((await admin('list-recommendations')).out).to.deep.equal(['No recommendations wait for a decision.']);
    const id = await recommended(1);
    expect(JSON.parse((await book(1)).body).errors.slot).to.match(/used all 1 sessions/);

    const listed = await admin('list-recommendations');
    expect(listed.code).to.equal(EXIT_OK);
    expect(listed.out[0]).to.include(id).and.include('Employee 1: 1 extra session in January 2030, recommended by Dr Sam Rivers');
    expect(listed.out[1]).to.equal(`    note: ${NOTE}`);

    const approved = await admin('approve-recommendation', id, '--by', 'ana', '--reason', 'Clinical lead agreed');
    expect(approved.code).to.equal(EXIT_OK);
    expect(approved.out[0]).to.equal(
      "Approved: 1 extra session in January 2030 added to the employee's allowance. The employee and their therapist are told.",
    );
    expect(dmsToEmployee().map(allText).join('\n'))
      .to.include('More sessions added')
      .and.include('1 extra session has been added to your allowance for January 2030');
    expect(threadPosts().map(allText).join('\n')).to.include('Extra sessions approved for Employee 1');
    expect(JSON.stringify(h.stub.callsTo('chat.postMessage'))).to.not.include(NOTE);
    const audit = await h.db.models.AuditEvent.findById(`extra_sessions.approved:${id}`).lean();
    expect(audit).to.deep.include({ actorId: 'operator:ana', reason: 'Clinical lead agreed' });

    expect((await book(1)).body, 'the employee books at once').to.equal('');
    expect(await sessions()).to.equal(2);
    h.stub.reset();
    const again = await admin('approve-recommendation', '--id', id);
    expect(again.code).to.equal(EXIT_OK);
    expect(again.out[0]).to.equal('Already approved: 1 extra session in January 2030. Nothing was changed.');
    expect(h.stub.callsTo('chat.postMessage'), 'nobody is told twice').to.deep.equal([]);
    expect((await admin('list-recommendations')).out).to.deep.equal(['No recommendations wait for a decision.']);
  });

  it('declining needs a reason, tells the therapist with it and not the employee, and then cannot be approved', async () => {
    const id = await recommended(2);
    expect((await admin('decline-recommendation', id)).code).to.equal(EXIT_USAGE);
    const declined = await admin('decline-recommendation', id, '--reason', 'Refer to the support line for now');
    expect(declined.code).to.equal(EXIT_OK);
    expect(declined.out[0]).to.include('Declined: 2 extra sessions in January 2030');
    expect(threadPosts().map(allText).join('\n'))
      .to.include('Extra sessions not approved for Employee 1')
      .and.include('Refer to the support line for now');
    expect(dmsToEmployee()).to.deep.equal([]);
    const approve = await admin('approve-recommendation', id);
    expect(approve.code).to.equal(EXIT_REFUSED);
    expect(approve.err[0]).to.equal('Refused: This request has already been declined. Nothing was changed.');
    expect(await h.services.sessions.overview(h.world.employees[0] as Actor).then((o) => o.allowance[0]?.allowance)).to.equal(1);
  });

  it('refuses an unknown id in words, and reads the id as a bare argument or --id, not both', async () => {
    const unknown = await admin('approve-recommendation', '65f000000000000000000000');
    expect(unknown.code).to.equal(EXIT_REFUSED);
    expect(unknown.err[0]).to.equal("Refused: I couldn't find that recommendation. Nothing was changed.");
    expect(parseCommandLine(['approve-recommendation', 'abc']).flags.id).to.equal('abc');
    expect(() => parseCommandLine(['approve-recommendation', 'abc', '--id', 'def'])).to.throw(/one id only/);
    expect(() => parseCommandLine(['approve-recommendation'])).to.throw(/missing --id/);
  });
});
