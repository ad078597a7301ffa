import { expect } from 'chai';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { identity, seedWorld } from '../support/fixtures.js';

describe('services: admin', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await openCoreHarness('admin');
  });
  afterEach(() => h.close());

  it('audits every operator change', async () => {
    const world = await seedWorld(h.services, { employees: 1, slotCount: 0 });
    await h.services.admin.setAllowance(world.employees[0]?.identity ?? identity('slack', 'x'), 2);
    await h.services.admin.setPolicy(world.orgId, { rescheduleCutoffHours: 48 });
    const actions = (await h.db.models.AuditEvent.find({ actorId: 'operator' }).lean()).map((e) => e.action);
    expect(actions).to.include.members([
      'organisation.created',
      'person.added',
      'therapist.channel_linked',
      'person.allowance_set',
      'organisation.policy_changed',
    ]);
  });

  it('refuses malformed identities with a message instead of throwing', async () => {
    const bad = { platform: 'irc', workspaceId: '', userId: '' } as unknown as Parameters<typeof h.services.admin.setAllowance>[0];
    expect(await h.services.admin.setAllowance(bad, 1)).to.have.property('ok', false);
    expect(await h.services.admin.linkChannel(bad, { platform: 'slack', workspaceId: 'T', channelId: 'C' })).to.have.property('ok', false);
  });
});
