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

  it('changes only the policy settings it is given: the cutoff and the report group size keep their values', async () => {
    const world = await seedWorld(h.services, { employees: 1, slotCount: 0, minReportGroupSize: 2 });
    expect((await h.services.admin.setPolicy(world.orgId, { rescheduleCutoffHours: 48 })).ok).to.equal(true);
    h.advance(60_000);
    const changed = await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 });
    if (!changed.ok) throw new Error(changed.error);
    expect(changed.org).to.include({ retentionDays: 30, rescheduleCutoffHours: 48, minReportGroupSize: 2 });
    const audit = await h.db.models.AuditEvent.find({ action: 'organisation.policy_changed' }).lean();
    expect(
      audit.map((e) => e.details),
      'each audit names only what changed',
    ).to.have.deep.members([{ rescheduleCutoffHours: 48 }, { retentionDays: 30 }]);
  });

  it('refuses malformed identities with a message instead of throwing', async () => {
    const bad = { platform: 'irc', workspaceId: '', userId: '' } as unknown as Parameters<typeof h.services.admin.setAllowance>[0];
    expect(await h.services.admin.setAllowance(bad, 1)).to.have.property('ok', false);
    expect(await h.services.admin.linkChannel(bad, { platform: 'slack', workspaceId: 'T', channelId: 'C' })).to.have.property('ok', false);
  });
});

describe('services: directory', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = await openCoreHarness('directory');
  });
  afterEach(() => h.close());

  it('records a zone reported by the client, ignores invalid zones, and audits the change', async () => {
    const world = await seedWorld(h.services, { employees: 1, slotCount: 0 });
    const employee = world.employees[0];
    if (!employee) throw new Error('no employee');
    await h.services.directory.updateZone(employee, 'Not/AZone');
    await h.services.directory.updateZone(employee, 'Asia/Tokyo');
    expect((await h.services.directory.whoIs(employee.identity))?.zone).to.equal('Asia/Tokyo');
    const audit = await h.db.models.AuditEvent.find({ action: 'person.zone_changed' }).lean();
    expect(audit).to.have.length(1);
  });

  it('links a channel only for operators and HR admins of the organisation', async () => {
    const world = await seedWorld(h.services, { employees: 1, slotCount: 0 });
    const channel = { platform: 'slack' as const, workspaceId: 'T0TEST', channelId: 'CNEW' };
    const employee = world.employees[0];
    if (!employee) throw new Error('no employee');
    expect(await h.services.directory.linkChannel(employee, { therapist: world.therapist.identity, channel })).to.deep.include({
      code: 'not_operator',
    });
    expect(await h.services.directory.linkChannel(world.hr, { therapist: employee.identity, channel })).to.deep.include({
      code: 'unknown_therapist',
    });
    expect(await h.services.directory.linkChannel(world.hr, { therapist: world.therapist.identity, channel })).to.deep.include({
      ok: true,
    });
    expect((await h.services.directory.therapistOfChannel(channel))?.personId).to.equal(world.therapist.personId);
  });
});
