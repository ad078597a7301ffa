// Slack OAuth states work once and for 10 minutes: the same state and cookie brought back a second time (a replayed
// or double-submitted redirect) exchange no second code and show Bolt's failure page; so does a state past its
// expiry, which is removed as it is met. Only a state's hash is kept in the database.
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { oauthStateModel } from '../../src/slack/oauth-state-model.js';
import { MongoStateStore, OAUTH_STATE_TTL_MS } from '../../src/slack/oauth-state-store.js';
import { openTenancyWorld, type TenancyWorld } from './world.js';

const NOW = new Date('2030-03-04T09:00:00Z');

describe('tenancy: slack OAuth states are single-use and expire', () => {
  let w: TenancyWorld;
  before(async () => {
    w = await openTenancyWorld('slack_oauth_state', () => NOW);
  });
  after(() => w.close());
  beforeEach(() => w.stub.reset());

  const states = () => w.db.connection.collection<{ _id: string; expiresAt: Date }>('slack_oauth_states');
  const exchanges = () => w.stub.callsTo('oauth.v2.access').length;

  /** The browser's first step: /slack/install issues a state (in Slack's URL) and the cookie that must match it. */
  async function begin(): Promise<{ state: string; cookie: string }> {
    const res = await fetch(`${w.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(res.headers.get('location') ?? 'http://missing/').searchParams.get('state') ?? '';
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(state).to.not.equal('');
    return { state, cookie };
  }

  /** Slack's redirect back to the app with `code` and the state, from the browser holding `cookie`. */
  async function redirect(code: string, at: { state: string; cookie: string }): Promise<{ status: number; body: string }> {
    const res = await fetch(`${w.url}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(at.state)}`, {
      headers: { cookie: at.cookie },
      redirect: 'manual',
    });
    return { status: res.status, body: await res.text() };
  }

  it('keeps only the hash of an issued state, with its expiry 10 minutes on', async () => {
    const before = Date.now();
    const { state } = await begin();
    const stored = await states().findOne({ _id: createHash('sha256').update(state).digest('hex') });
    expect(stored, 'stored by its hash').to.not.equal(null);
    expect(JSON.stringify(await states().find().toArray())).to.not.include(state);
    const expiresIn = (stored?.expiresAt.getTime() ?? 0) - before;
    expect(expiresIn).to.be.within(OAUTH_STATE_TTL_MS - 1_000, OAUTH_STATE_TTL_MS + 5_000);
  });

  it('exchanges the code once: the same state and cookie a second time get the failure page and no token', async () => {
    const issued = await begin();
    const first = await redirect('code-acme', issued);
    expect(first.status).to.equal(200);
    expect(exchanges()).to.equal(1);
    const again = await redirect('code-acme', issued);
    expect(again.status).to.equal(400);
    expect(again.body).to.include('Oops, Something Went Wrong!').and.include('slack_oauth_invalid_state');
    expect(exchanges(), 'oauth.v2.access calls').to.equal(1);
  });

  it('lets only one of two redirects racing with the same state exchange its code', async () => {
    const issued = await begin();
    const answers = await Promise.all([redirect('code-globex', issued), redirect('code-globex', issued)]);
    expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 400]);
    expect(exchanges()).to.equal(1);
  });

  it('refuses a state past its expiry without exchanging the code, and removes it', async () => {
    const issued = await begin();
    const _id = createHash('sha256').update(issued.state).digest('hex');
    await states().updateOne({ _id }, { $set: { expiresAt: new Date(Date.now() - 1_000) } });
    const res = await redirect('code-stranger', issued);
    expect(res.status).to.equal(400);
    expect(res.body).to.include('slack_oauth_invalid_state');
    expect(exchanges()).to.equal(0);
    expect(await states().countDocuments({ _id })).to.equal(0);
  });

  it('sweeps expired states by query (FerretDB has no TTL index), leaving current ones', async () => {
    const store = new MongoStateStore(oauthStateModel(w.db.connection));
    const current = await begin();
    const stale = await begin();
    const staleId = createHash('sha256').update(stale.state).digest('hex');
    await states().updateOne({ _id: staleId }, { $set: { expiresAt: new Date(Date.now() - 1) } });
    expect(await store.removeExpired(new Date())).to.be.greaterThan(0);
    expect(await states().countDocuments({ _id: staleId })).to.equal(0);
    expect((await redirect('code-provider', current)).status).to.equal(200);
  });
});
