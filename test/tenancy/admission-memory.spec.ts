// A person admitted for their organisation is admitted again for a short while without being read (the check runs
// before every answer), but never past a change: one made through this process counts at once.
import { expect } from 'chai';
import type { CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import type { Database } from '../../src/store/connection.js';
import { countCommands } from '../support/command-counter.js';
import { openCoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

describe('tenancy: admission remembered for a short while', () => {
  let db: Database;
  let services: CoreServices;
  let world: World;

  beforeEach(async () => {
    ({ db, services } = await openCoreHarness('admission_memory', undefined, { monitorCommands: true }));
    world = await seedWorld(services, { employees: 1, slotCount: 0 });
    expect((await services.tenancy.attach({ orgId: world.orgId, kind: 'slack_team', externalId: world.channel.workspaceId })).ok).to.equal(
      true,
    );
  });
  afterEach(() => db.close());

  const origin = () => ({ platform: 'slack' as const, teamId: world.channel.workspaceId });
  const identity = () => (world.employees[0] as Actor).identity;

  it('reads the person once; the next check is answered from memory and leaves the reading to the request', async () => {
    const first = await services.tenancy.admit(origin(), identity());
    expect(first.ok && String(first.person?._id)).to.equal((world.employees[0] as Actor).personId);
    const again = await countCommands(db, () => services.tenancy.admit(origin(), identity()));
    expect(again.count.total).to.equal(0);
    expect(again.result).to.deep.include({ ok: true, orgId: world.orgId, person: undefined });
  });

  it('a person moved to another organisation through this process is refused at their next request', async () => {
    await services.tenancy.admit(origin(), identity());
    const person = await services.context.store.directory.byIdentity(identity());
    expect((await services.admin.createOrganisation({ id: 'globex', name: 'Globex', zone: 'UTC', defaultAllowance: 2 })).ok).to.equal(true);
    await services.context.store.directory.updatePerson(person?._id as never, { orgId: 'globex' });
    expect(await services.tenancy.admit(origin(), identity())).to.deep.equal({ ok: false, code: 'other_organisation' });
  });

  it('a workspace detached is refused at once, whoever was admitted from it', async () => {
    await services.tenancy.admit(origin(), identity());
    expect((await services.tenancy.detach({ orgId: world.orgId, kind: 'slack_team', externalId: world.channel.workspaceId })).ok).to.equal(
      true,
    );
    expect(await services.tenancy.admit(origin(), identity())).to.deep.equal({ ok: false, code: 'organisation_not_set_up' });
  });
});
