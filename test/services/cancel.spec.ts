import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { bookedSession, seedWorld, type World } from '../support/fixtures.js';

const HOUR = 3_600_000;

describe('services: cancellation', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;
  let start: Date;

  beforeEach(async () => {
    h = await openCoreHarness('cancel');
    world = await seedWorld(h.services, { employees: 2, slotCount: 3 });
    ({ id: sessionId, start } = await bookedSession(h.services, world));
    h.notifier.clear();
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const used = async () => (await h.services.sessions.overview(employee())).allowance.find((a) => a.month === '2030-01')?.used;

  it('an early cancellation frees the slot and credits the allowance back', async () => {
    h.setNow(new Date(start.getTime() - 24 * HOUR - 1000));
    const preview = await h.services.sessions.cancelPreview(employee(), { sessionId });
    expect(preview).to.deep.include({ ok: true, late: false });
    const result = await h.services.sessions.cancel(employee(), { sessionId, reason: 'Work trip' });
    expect(result).to.deep.include({ ok: true, late: false });
    expect(await used()).to.equal(0);
    const open = await h.services.sessions.openSlots(employee());
    expect(open.ok && open.slots.map((s) => s.id)).to.include(String(world.slots[0]?._id));
    expect(h.notifier.kinds()).to.have.members(['session_cancelled', 'session_cancelled']);
    const audit = await h.services.context.store.audit.ofSubject(sessionId);
    expect(audit.map((a) => [a.action, a.reason])).to.deep.include(['session.cancelled', 'Work trip']);
  });

  it('at exactly 24 hours it is a late cancellation: the unit stays used, and the preview says so first', async () => {
    h.setNow(new Date(start.getTime() - 24 * HOUR));
    const preview = await h.services.sessions.cancelPreview(employee(), { sessionId });
    expect(preview.ok && preview.late).to.equal(true);
    expect(preview.ok && preview.consequence).to.match(/still count against/);
    const result = await h.services.sessions.cancel(employee(), { sessionId, reason: 'Feeling unwell' });
    expect(result).to.deep.include({ ok: true, late: true });
    expect(await used()).to.equal(1);
    const session = await h.db.models.Session.findById(sessionId).lean();
    expect(session?.status).to.equal('late_cancelled');
    // The slot is free for someone else even though the unit is not credited back.
    const other = await h.services.sessions.book(world.employees[1] as Actor, { slotId: String(world.slots[0]?._id) });
    expect(other.ok).to.equal(true);
  });

  it('the therapist may cancel too; anyone else may not', async () => {
    h.setNow(new Date(start.getTime() - 48 * HOUR));
    expect(await h.services.sessions.cancel(world.employees[1] as Actor, { sessionId, reason: 'Not mine' })).to.deep.include({
      ok: false,
      code: 'not_your_session',
    });
    expect(await h.services.sessions.cancel(world.therapist, { sessionId, reason: 'Therapist ill' })).to.deep.include({ ok: true });
  });

  it('refuses missing or too-long reasons, unknown ids and cancelled sessions, changing nothing', async () => {
    const before = await h.snapshot();
    expect(await h.services.sessions.cancel(employee(), { sessionId, reason: '  ' })).to.deep.include({ code: 'reason_missing' });
    expect(await h.services.sessions.cancel(employee(), { sessionId, reason: 'x'.repeat(1000) })).to.deep.include({
      code: 'reason_too_long',
    });
    expect(await h.services.sessions.cancel(employee(), { sessionId: 'nope', reason: 'Valid reason' })).to.deep.include({
      code: 'unknown_session',
    });
    expect(await h.services.sessions.cancel(employee(), { sessionId: '64b7f0c2a1b2c3d4e5f60718', reason: 'Valid reason' })).to.deep.include(
      {
        code: 'unknown_session',
      },
    );
    expect(await h.snapshot()).to.equal(before);
    await h.services.sessions.cancel(employee(), { sessionId, reason: 'Valid reason' });
    expect(await h.services.sessions.cancel(employee(), { sessionId, reason: 'Again' })).to.deep.include({ code: 'session_not_active' });
  });

  it('two concurrent cancellations apply once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => h.services.sessions.cancel(employee(), { sessionId, reason: 'Double click' })));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    const audit = await h.services.context.store.audit.ofSubject(sessionId);
    expect(audit.filter((a) => a.action.startsWith('session.') && a.action.includes('cancel'))).to.have.length(1);
  });
});
