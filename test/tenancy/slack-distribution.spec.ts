// One instance, three Slack workspaces: installs through Bolt's OAuth redirect (state verified), tokens sealed at
// rest, each request and each notice made with its own workspace's token, rotation by Bolt's installer, uninstall,
// and an installed but unclaimed workspace answered "not set up yet" with nothing stored.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { snapshotDatabase } from '../support/db.js';
import { eventCallback, messageEvent, nextTs, slashCommand, type SlackRequest } from '../support/slack-requests.js';
import { ACME, GLOBEX, openTenancyWorld, PROVIDER, STRANGER, type TenancyWorld } from './world.js';
import { GB } from '../support/readers.js';

const NOW = new Date('2030-03-04T09:00:00Z');

describe('tenancy: slack distribution across workspaces', () => {
  let w: TenancyWorld;
  before(async () => {
    w = await openTenancyWorld('slack', () => NOW);
  });
  after(() => w.close());
  beforeEach(() => w.stub.reset());

  const post = (request: SlackRequest) => w.postSlack(request);
  const dm = (teamId: string, user: string, text: string) =>
    eventCallback(messageEvent({ user, text, channel: `D${user}`, channelType: 'im' }), { teamId });
  const posts = () => w.stub.callsTo('chat.postMessage');

  it('refuses an OAuth redirect whose state was not issued to this browser, storing nothing', async () => {
    const forged = await w.install('code-acme', { state: 'forged-state' });
    const noCookie = await w.install('code-acme', { withCookie: false });
    expect(forged.status).to.not.equal(200);
    expect(noCookie.status).to.not.equal(200);
    expect(w.stub.callsTo('oauth.v2.access')).to.have.length(0);
    expect(await w.db.models.Installation.countDocuments()).to.equal(0);
  });

  it('installs each workspace through the OAuth redirect, sealing its tokens at rest', async () => {
    for (const code of ['code-provider', 'code-acme', 'code-globex', 'code-stranger']) {
      const res = await w.install(code);
      expect(res.status, code).to.equal(200);
    }
    expect(w.stub.callsTo('oauth.v2.access')).to.have.length(4);
    const stored = await w.db.connection.collection('slack_installations').find().sort({ _id: 1 }).toArray();
    expect(stored.map((d) => d._id)).to.deep.equal(['team:TACME', 'team:TGLOBEX', 'team:TPROV', 'team:TSTRANGER']);
    const raw = JSON.stringify(stored);
    for (const secret of ['xoxb-provider', 'xoxb-acme', 'xoxb-globex', 'xoxe-globex', 'xoxb-stranger']) expect(raw).not.to.include(secret);
  });

  it("relays each employer's DM into the provider's therapist channel with the provider's token", async () => {
    await post(dm(ACME.teamId, 'UA1', 'hello from acme'));
    await post(dm(GLOBEX.teamId, 'UG1', 'hello from globex'));
    const inChannel = posts().filter((c) => c.body.channel === 'CTHER');
    expect(inChannel.length).to.be.greaterThan(1);
    expect(inChannel.every((c) => c.token === PROVIDER.botToken)).to.equal(true);
    // Outside the channel only the care note reaches each employee, in their own workspace with its own token.
    const elsewhere = posts().filter((c) => c.body.channel !== 'CTHER');
    expect(elsewhere.map((c) => c.body.channel)).to.deep.equal(['UA1', 'UG1']);
    expect(elsewhere[0]?.token).to.equal(ACME.botToken);
    // Globex's token rotates: whatever its current form, it is Globex's own.
    expect(String(elsewhere[1]?.token).startsWith(GLOBEX.botToken)).to.equal(true);
  });

  it("relays the therapist's reply to each employee with that employee's workspace token", async () => {
    const threads = await w.db.models.RelayThread.find().lean().exec();
    const threadOf = (employeeId: string) => threads.find((t) => String(t.employeeId) === employeeId)?.threadId ?? '';
    await post(
      eventCallback(
        messageEvent({
          user: 'UTHER',
          text: 'hi acme',
          channel: 'CTHER',
          channelType: 'channel',
          threadTs: threadOf(w.acmeEmployee.personId),
        }),
        { teamId: PROVIDER.teamId },
      ),
    );
    await post(
      eventCallback(
        messageEvent({
          user: 'UTHER',
          text: 'hi globex',
          channel: 'CTHER',
          channelType: 'channel',
          threadTs: threadOf(w.globexEmployee.personId),
        }),
        { teamId: PROVIDER.teamId },
      ),
    );
    const toAcme = posts().find((c) => c.body.channel === 'UA1');
    const toGlobex = posts().find((c) => c.body.channel === 'UG1');
    expect(toAcme?.token).to.equal(ACME.botToken);
    // Globex's install rotates tokens and its first one expires within Bolt's refresh window: it was refreshed.
    expect(toGlobex?.token).to.match(/^xoxb-globex-r\d+$/);
    expect(w.stub.callsTo('oauth.v2.access').some((c) => c.body.grant_type === 'refresh_token')).to.equal(true);
  });

  it('books for employees of both employers with one therapist, telling each side in its own workspace', async () => {
    const [slotA, slotG] = w.slotIds;
    const a = await w.app.services.sessions.book(w.acmeEmployee, { slotId: slotA ?? '' });
    const g = await w.app.services.sessions.book(w.globexEmployee, { slotId: slotG ?? '' });
    expect(a.ok && g.ok).to.equal(true);
    await w.app.idle(); // notices go out after the answer
    const sent = posts();
    expect(sent.find((c) => c.body.channel === 'UA1')?.token).to.equal(ACME.botToken);
    expect(sent.find((c) => c.body.channel === 'UG1')?.token).to.match(/^xoxb-globex/);
    expect(sent.filter((c) => c.body.channel === 'CTHER').every((c) => c.token === PROVIDER.botToken)).to.equal(true);
    // Each client keeps their own organisation's rules: Globex allows one session a month, Acme two.
    const again = await w.app.services.sessions.book(w.globexEmployee, { slotId: w.slotIds[2] ?? '' });
    expect(again.ok ? 'booked' : again.code).to.equal('allowance_exhausted');
  });

  it('answers an installed but unclaimed workspace "not set up yet" with its own token, storing nothing', async () => {
    await w.app.idle(); // Home tabs republished after earlier notices may still refresh a rotating token
    const before = await snapshotDatabase(w.db);
    await post(dm(STRANGER.teamId, 'UX1', 'hello?'));
    const res = await post(
      slashCommand({ command: '/wellbeing', user: 'UX1', channel: 'DUX1', responseUrl: w.stub.responseUrl(), teamId: STRANGER.teamId }),
    );
    const text = refusalText({ code: 'organisation_not_set_up' }, 'employee', GB);
    expect(res.status).to.equal(200);
    expect(JSON.parse(res.body)).to.deep.include({ response_type: 'ephemeral', text });
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.body.text).to.equal(text);
    expect(posts()[0]?.token).to.equal(STRANGER.botToken);
    const after = JSON.parse(await snapshotDatabase(w.db)) as Record<string, unknown[]>;
    const was = JSON.parse(before) as Record<string, unknown[]>;
    for (const name of new Set([...Object.keys(after), ...Object.keys(was)])) expect(after[name], name).to.deep.equal(was[name]);
  });

  it('deletes the installation when a workspace uninstalls the app or revokes its bot token', async () => {
    await post(eventCallback({ type: 'app_uninstalled', event_ts: nextTs() }, { teamId: STRANGER.teamId }));
    await post(eventCallback({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] }, event_ts: nextTs() }, { teamId: GLOBEX.teamId }));
    const left = (await w.db.models.Installation.find().lean().exec()).map((d) => d._id).sort();
    expect(left).to.deep.equal(['team:TACME', 'team:TPROV']);
    // A notice to the uninstalled workspace now has no token to go with: it fails instead of using another's.
    await post(dm(GLOBEX.teamId, 'UG1', 'still there?'));
    expect(
      posts()
        .filter((c) => c.token === PROVIDER.botToken || c.token === ACME.botToken)
        .filter((c) => c.body.channel === 'UG1'),
    ).to.have.length(0);
  });
});
