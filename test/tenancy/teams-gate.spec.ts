// The Teams tenancy gate: an activity from a tenant no organisation claims, or from a person registered under
// another organisation than the tenant's, is answered with its refusal and stores nothing (no person, no
// conversation reference, no delivery key); claimed tenants go through, and a new claim is seen at once.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { cardInvoke, cardSubmit, personalInstall, personalMessage, teamInstall, teamsUser } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const NOT_SET_UP = refusalText({ code: 'organisation_not_set_up' }, 'employee', GB);
const OTHER_ORG = refusalText({ code: 'other_organisation' }, 'employee', GB);

describe('tenancy: the Teams tenant check', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('tenancy_teams_gate');
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const stranger = teamsUser('aad-stranger', 'Stranger');
  const texts = () => h.connector.sent().map((c) => TeamsConnectorStub.textOf(c));

  /** Posts the activity and checks that not one document changed. */
  async function refusedStoringNothing(activity: Parameters<TeamsHarness['post']>[0]) {
    const before = await h.snapshot();
    const res = await h.post(activity);
    expect(await h.snapshot()).to.equal(before);
    return res;
  }

  it('answers a 1:1 message from an unclaimed tenant "not set up yet" and stores nothing', async () => {
    const res = await refusedStoringNothing(
      personalMessage({ serviceUrl: h.serviceUrl, user: stranger, tenantId: 'tenant-unclaimed', text: 'hello?' }),
    );
    expect(res.status).to.equal(200);
    expect(texts()).to.have.length(1);
    expect(texts()[0]).to.include(NOT_SET_UP);
  });

  it('answers a card action from an unclaimed tenant in the invoke response, and an Action.Submit in the chat, storing nothing', async () => {
    const invoke = await refusedStoringNothing(
      cardInvoke({ serviceUrl: h.serviceUrl, user: stranger, tenantId: 'tenant-unclaimed', verb: 'cancel.open', data: { sessionId: 'x' } }),
    );
    expect(invoke.status).to.equal(200);
    expect(JSON.stringify(invoke.body)).to.include(NOT_SET_UP);
    await refusedStoringNothing(
      cardSubmit({ serviceUrl: h.serviceUrl, user: stranger, tenantId: 'tenant-unclaimed', verb: 'cancel.open', id: 'submit-1' }),
    );
    expect(texts()).to.have.length(1);
    expect(texts()[0]).to.include(NOT_SET_UP);
  });

  it('stays silent when the app is added to a team of an unclaimed tenant, remembering no channel', async () => {
    const res = await refusedStoringNothing(
      teamInstall({ serviceUrl: h.serviceUrl, user: stranger, tenantId: 'tenant-unclaimed', channelId: '19:stranger@thread.tacv2' }),
    );
    expect(res.status).to.equal(200);
    expect(h.connector.calls).to.have.length(0);
  });

  it('refuses a person registered under another organisation than the tenant, storing nothing', async () => {
    const { admin, tenancy } = h.app.services;
    const globex = await admin.createOrganisation({ id: 'globex', name: 'Globex', zone: 'Europe/London', defaultAllowance: 1 });
    expect(globex.ok).to.equal(true);
    // Registered with Acme while the tenant was nobody's; the tenant is then claimed by Globex.
    const person = await admin.addPerson({
      orgId: h.world.orgId,
      displayName: 'Moved Person',
      role: 'employee',
      zone: 'Europe/London',
      identity: { platform: 'teams', workspaceId: 'tenant-globex', userId: 'aad-moved' },
      therapist: h.world.therapist.identity,
    });
    expect(person.ok).to.equal(true);
    expect((await tenancy.attach({ orgId: 'globex', kind: 'teams_tenant', externalId: 'tenant-globex' })).ok).to.equal(true);
    const moved = teamsUser('aad-moved', 'Moved Person');
    await refusedStoringNothing(
      personalMessage({ serviceUrl: h.serviceUrl, user: moved, tenantId: 'tenant-globex', text: 'my sessions?' }),
    );
    const invoke = await refusedStoringNothing(
      cardInvoke({ serviceUrl: h.serviceUrl, user: moved, tenantId: 'tenant-globex', verb: 'book.open' }),
    );
    expect(texts()).to.have.length(1);
    expect(texts()[0]).to.include(OTHER_ORG);
    expect(JSON.stringify(invoke.body)).to.include(OTHER_ORG);
  });

  it('lets a claimed tenant through: the install is remembered and answered', async () => {
    const res = await h.post(personalInstall({ serviceUrl: h.serviceUrl, user: h.employee(0) }));
    expect(res.status).to.equal(200);
    expect(texts().join('\n')).not.to.include(NOT_SET_UP);
    expect(texts()).to.have.length(1);
    expect(await h.db.models.Address.countDocuments({ _id: { $regex: h.employee(0).aadObjectId } })).to.equal(1);
  });

  it('sees a tenant attached after a refusal at once: the next activity goes through', async () => {
    const newcomer = teamsUser('aad-newcomer', 'Newcomer');
    await h.post(personalInstall({ serviceUrl: h.serviceUrl, user: newcomer, tenantId: 'tenant-late' }));
    expect(texts()[0]).to.include(NOT_SET_UP);
    h.connector.reset();
    expect((await h.app.services.tenancy.attach({ orgId: h.world.orgId, kind: 'teams_tenant', externalId: 'tenant-late' })).ok).to.equal(
      true,
    );
    await h.post(personalInstall({ serviceUrl: h.serviceUrl, user: newcomer, tenantId: 'tenant-late' }));
    expect(texts()).to.have.length(1);
    expect(texts()[0]).not.to.include(NOT_SET_UP);
  });
});
