import { expect } from 'chai';
import { findEverywhere } from '../support/archive.js';
import type { Actor } from '../../src/services/types.js';
import { SETTLED_CLAIM_RETENTION_MS } from '../../src/services/reservations/index.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// The claims collection holds what is live, not history: the sweep frees busy time that has passed and claims
// whose holder is gone, and retires a settled change's claims after their retention; live claims stay.
describe('services: the sweep keeps only live claims', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('claims_sweep');
    world = await seedWorld(h.services, { employees: 2, slotCount: 4, allowance: 4 });
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const count = (filter: object) => h.db.models.Claim.countDocuments(filter);
  const sweepAt = async (ms: number) => {
    h.advance(ms);
    const report = await h.services.sweep();
    await h.services.idle();
    return report;
  };
  async function book(i: number, slot: number): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!r.ok) throw new Error(r.code);
    return r.session.id;
  }

  it('frees busy time of dead holders and pending markers of decided requests; keeps what is live', async () => {
    const kept = await book(0, 0);
    const moved = await book(1, 1);
    const asked = await h.services.reschedule.request(employee(1), { sessionId: moved, choice: { slotId: slotId(2) }, reason: 'Clash' });
    if (!asked.ok) throw new Error(asked.code);
    const live = { busy: await count({ kind: 'busy' }), pending: await count({ kind: 'pending' }), unit: await count({ kind: 'unit' }) };
    // Left behind by calls that died: time held for a session never written, a marker of a decided request.
    const old = new Date(h.now().getTime() - GRACE_MS - 1);
    const claims = h.services.context.store.claims;
    await claims.claim('busy:dead:2030-02-01T10:00:00.000Z', 'busy', 'book:x', { sessionId: '0123456789abcdef01234567' }, old);
    await claims.claim(`pending:${kept}`, 'pending', 'request:y', { sessionId: kept, requestId: '0123456789abcdef01234568' }, old);
    const report = await sweepAt(60_001);
    expect(report.claimsReleased).to.equal(2);
    expect(await count({ kind: 'busy' })).to.equal(live.busy);
    expect(await count({ kind: 'pending' })).to.equal(live.pending);
    expect(await count({ kind: 'unit' })).to.equal(live.unit);
    // The waiting request still holds its time: the slot cannot be booked.
    expect(await h.services.sessions.book(employee(0), { slotId: slotId(2) })).to.deep.include({ code: 'slot_taken' });
  });

  it('frees the busy time of sessions that have ended, keeps their units (the month counts them)', async () => {
    await book(0, 0);
    await book(1, 3);
    const sessions = await h.db.models.Session.find({}).sort({ start: 1 }).lean();
    h.setNow(new Date((sessions[0]?.end.getTime() ?? 0) + 60_000));
    const report = await sweepAt(60_001);
    expect(report.claimsReleased).to.be.greaterThan(0);
    const left = await h.db.models.Claim.find({ kind: 'busy' }).lean();
    expect(left.length).to.be.greaterThan(0);
    for (const c of left) expect(c.sessionId).to.equal(String(sessions[1]?._id));
    expect(await count({ kind: 'unit' })).to.equal(2);
  });

  it('releases the units of a month once it is over everywhere; the sessions the usage report counts are untouched', async () => {
    await book(0, 0);
    await book(1, 3);
    await sweepAt(60_001);
    // Two months later the sessions' month is over everywhere on Earth. The sweep walks the days and months since
    // its last pass a few at a time (each one read by equality), so a long pause is caught up over a few passes.
    h.setNow(new Date(h.now().getTime() + 62 * 86_400_000));
    const sessions = JSON.stringify(await h.db.models.Session.find({}).sort({ _id: 1 }).lean());
    const report = async () => {
      const r = await h.services.usage.report(world.hr, { month: '2030-01' });
      if (!r.ok) throw new Error(r.code);
      return r.report;
    };
    const counted = JSON.stringify(await report());
    let passes = 0;
    while ((await count({ kind: { $in: ['unit', 'busy'] } })) > 0 && passes < 10) {
      await sweepAt(60_001);
      passes++;
    }
    expect(passes).to.be.within(1, 6);
    expect(await count({ kind: 'unit' })).to.equal(0);
    expect(await count({ kind: 'busy' })).to.equal(0);
    // Ended, in a month over everywhere: the sessions left the hot collection for their month's cold one, whole.
    await sweepAt(3_600_000 + 60_001);
    expect(await h.db.models.Session.countDocuments({})).to.equal(0);
    const moved = (await findEverywhere(h.db, 'sessions')).map(
      ({ in: where, ...doc }) => (expect(where).to.equal('sessions_2030_01'), doc),
    );
    expect(JSON.stringify(moved)).to.equal(sessions);
    expect(JSON.stringify(await report()), 'the usage report counts them as before').to.equal(counted);
  });

  it("retires a settled change's decision and version claims once no stale call can still try them", async () => {
    const sessionId = await book(0, 0);
    const asked = await h.services.reschedule.request(employee(0), { sessionId, choice: { slotId: slotId(1) }, reason: 'Clash' });
    if (!asked.ok) throw new Error(asked.code);
    expect((await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id })).ok).to.equal(true);
    const cancelled = await h.services.sessions.cancel(employee(0), {
      sessionId: String((await h.db.models.RescheduleRequest.findById(asked.request.id).lean())?.newSessionId),
      reason: 'Plans',
    });
    expect(cancelled.ok).to.equal(true);
    await sweepAt(60_001);
    expect(await count({ kind: 'decision' })).to.equal(1);
    expect(await count({ kind: 'version' })).to.equal(2);
    const report = await sweepAt(SETTLED_CLAIM_RETENTION_MS);
    expect(report.claimsRetired).to.equal(3);
    expect(await count({ kind: { $in: ['decision', 'version'] } })).to.equal(0);
    // Deciding it again is still refused: the request itself says it is decided.
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id })).to.deep.include({
      code: 'already_decided',
    });
  });
});
