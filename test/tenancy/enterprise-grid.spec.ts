// An Enterprise Grid org claims an employer and installs the app org-wide: one token for all its teams. Requests
// from a team of the Grid are served with it, and so is every notice addressed to that team, though a notice
// names only the team (the Grid is learnt from the team's requests).
import { expect } from 'chai';
import { eventCallback, messageEvent, type SlackRequest } from '../support/slack-requests.js';
import type { StubWorkspace } from '../support/slack-api-stub.js';
import { openTenancyWorld, PROVIDER, type TenancyWorld } from './world.js';

const NOW = new Date('2030-03-04T09:00:00Z');
const GRID = { teamId: 'THOOLI1', enterpriseId: 'EHOOLI', orgWide: true, botToken: 'xoxb-hooli-grid' } satisfies StubWorkspace;

describe('tenancy: an Enterprise Grid org-wide install', () => {
  let w: TenancyWorld;
  before(async () => {
    w = await openTenancyWorld('grid', () => NOW);
    for (const code of ['code-provider', 'code-acme']) expect((await w.install(code)).status).to.equal(200);
    w.stub.oauthCodes.set('code-grid', GRID);
    const { admin, tenancy } = w.app.services;
    expect((await admin.createOrganisation({ id: 'hooli', name: 'Hooli', zone: 'Europe/London', defaultAllowance: 2 })).ok).to.equal(true);
    expect((await tenancy.attach({ orgId: 'hooli', kind: 'slack_enterprise', externalId: GRID.enterpriseId })).ok).to.equal(true);
    const added = await admin.addPerson({
      orgId: 'hooli',
      displayName: 'Ian Hooli',
      role: 'employee',
      zone: 'Europe/London',
      identity: { platform: 'slack', workspaceId: GRID.teamId, userId: 'UH1' },
      therapist: w.therapist.identity,
    });
    expect(added.ok).to.equal(true);
  });
  after(() => w.close());
  beforeEach(() => w.stub.reset());

  const post = (request: SlackRequest) => w.postSlack(request);
  const posts = () => w.stub.callsTo('chat.postMessage');

  it('keeps the org-wide install under its Grid, not under a team', async () => {
    expect((await w.install('code-grid')).status).to.equal(200);
    const ids = (await w.db.models.Installation.find().lean().exec()).map((d) => d._id).sort();
    expect(ids).to.deep.equal(['enterprise:EHOOLI', 'team:TACME', 'team:TPROV']);
  });

  it("serves a Grid team's DM with the Grid's token, and the relay in the provider's channel with the provider's", async () => {
    const dm = messageEvent({ user: 'UH1', text: 'hello from the grid', channel: 'DUH1', channelType: 'im' });
    expect((await post(eventCallback(dm, { teamId: GRID.teamId, enterpriseId: GRID.enterpriseId, orgWide: true }))).status).to.equal(200);
    expect(
      posts()
        .filter((c) => c.body.channel === 'CTHER')
        .every((c) => c.token === PROVIDER.botToken),
    ).to.equal(true);
    expect(posts().some((c) => c.body.channel === 'CTHER')).to.equal(true);
    const toEmployee = posts().filter((c) => c.body.channel === 'UH1');
    expect(toEmployee.length).to.be.greaterThan(0);
    expect(toEmployee.every((c) => c.token === GRID.botToken)).to.equal(true);
  });

  it("sends a notice addressed to the Grid team with the Grid's org-wide token", async () => {
    const ian = await w.app.services.directory.whoIs({ platform: 'slack', workspaceId: GRID.teamId, userId: 'UH1' });
    expect(ian?.orgId).to.equal('hooli');
    const booked = await w.app.services.sessions.book(ian as NonNullable<typeof ian>, { slotId: w.slotIds[3] ?? '' });
    expect(booked.ok).to.equal(true);
    await w.app.idle(); // notices go out after the answer
    const toIan = posts().filter((c) => c.body.channel === 'UH1');
    expect(toIan).to.have.length(1);
    expect(toIan[0]?.token).to.equal(GRID.botToken);
    expect(
      posts()
        .filter((c) => c.body.channel === 'CTHER')
        .every((c) => c.token === PROVIDER.botToken),
    ).to.equal(true);
  });
});
