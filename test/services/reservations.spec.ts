import { expect } from 'chai';
import { Types } from 'mongoose';
import {
  claimDecision,
  heldSpans,
  holdBooking,
  holdRequest,
  holdTime,
  readUnitsFrom,
  releaseDecision,
} from '../../src/services/reservations/index.js';
import type { SessionDoc } from '../../src/store/models.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// The reservations module's promises at its own interface, with truly concurrent calls on the real database:
// no overlap, a loser never frees what a winner holds, a month never over its allowance, dead holds freed.
describe('reservations: the promises at the interface', () => {
  let h: CoreHarness;
  let world: World;
  const ctx = () => h.services.context;
  const at = (iso: string, minutes = 50) => ({ start: new Date(iso), end: new Date(new Date(iso).getTime() + minutes * 60_000) });
  const therapistId = () => world.therapistDoc._id;
  const employeeId = (i: number) => new Types.ObjectId(world.employees[i]?.personId);

  beforeEach(async () => {
    h = await openCoreHarness('reservations');
    world = await seedWorld(h.services, { employees: 4, slotCount: 0, allowance: 1 });
  });
  afterEach(() => h.close());

  const book = async (i: number, iso: string) =>
    holdBooking(
      ctx(),
      { therapistId: therapistId(), span: at(iso), bufferMinutes: 0 },
      { employeeId: employeeId(i), month: '2030-02', allowance: 1, units: await readUnitsFrom(ctx(), employeeId(i), '2030-02') },
      new Types.ObjectId(),
    );

  it("of overlapping holds made at once, exactly one wins, and every tick of the time is the winner's", async () => {
    const starts = ['2030-02-04T10:00:00Z', '2030-02-04T10:10:00Z', '2030-02-04T10:20:00Z', '2030-02-04T10:30:00Z']; // pairwise overlapping
    const results = await Promise.all(starts.map((iso, i) => book(i, iso)));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    const ticks = await h.db.models.Claim.find({ kind: 'busy' }).lean();
    expect(new Set(ticks.map((t) => t.owner)).size, 'one owner holds all busy time').to.equal(1);
    expect(await h.db.models.Claim.countDocuments({ kind: 'unit' }), 'losers hold no unit').to.equal(1);
  });

  it('a month is never over its allowance, however many holds race for it', async () => {
    const starts = ['2030-02-04T10:00:00Z', '2030-02-05T10:00:00Z', '2030-02-06T10:00:00Z', '2030-02-07T10:00:00Z'];
    const results = await Promise.all(starts.map(async (iso) => book(0, iso)));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.filter((r) => !r.ok && r.code === 'allowance_exhausted')).to.have.length(3);
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy' }), 'losers leave no time held').to.equal(10);
  });

  it("a request that loses to a booking gives back only what it won, never the booking's time", async () => {
    const session = {
      _id: new Types.ObjectId(),
      therapistId: therapistId(),
      employeeId: employeeId(1),
      replaces: null,
    } as unknown as SessionDoc;
    const [booked, requested] = await Promise.all([
      book(0, '2030-02-04T10:00:00Z'),
      holdRequest(ctx(), session, at('2030-02-04T10:30:00Z'), 0, { requestId: new Types.ObjectId(), newSessionId: new Types.ObjectId() }),
    ]);
    expect([booked.ok, requested.ok].filter(Boolean)).to.have.length(1);
    const winner = booked.ok ? 'book:' : 'request:';
    const left = await h.db.models.Claim.find({ kind: { $in: ['busy', 'pending'] } }).lean();
    expect(
      left.every((c) => c.owner.startsWith(winner)),
      'only the winner holds anything',
    ).to.equal(true);
    expect((await heldSpans(ctx(), therapistId(), [at(booked.ok ? '2030-02-04T10:00:00Z' : '2030-02-04T10:30:00Z')], 0))[0]).to.equal(true);
  });

  it('a hold whose session was never written is respected while young and freed by the next reader after', async () => {
    expect((await book(0, '2030-02-04T10:00:00Z')).ok).to.equal(true);
    expect(await heldSpans(ctx(), therapistId(), [at('2030-02-04T10:00:00Z')], 0)).to.deep.equal([true]);
    h.advance(GRACE_MS + 1);
    expect(await heldSpans(ctx(), therapistId(), [at('2030-02-04T10:00:00Z')], 0)).to.deep.equal([false]);
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy' })).to.equal(0);
    const removal = await holdTime(ctx(), { therapistId: therapistId(), span: at('2030-02-04T10:00:00Z'), buffer: 0, owner: 'removal:x' });
    expect(removal.ok).to.equal(true);
    if (removal.ok) await removal.release();
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy' })).to.equal(0);
  });

  it("a decision is won once; the losers' give-back never frees the winner's decision", async () => {
    const request = { _id: new Types.ObjectId(), sessionId: new Types.ObjectId() };
    const records = [0, 1, 2].map((i) => ({ owner: `attempt-${i}`, status: 'declined' }));
    const outcomes = await Promise.all(records.map((r) => claimDecision(ctx(), request, r)));
    expect(outcomes.filter((o) => o.won)).to.have.length(1);
    await Promise.all(records.filter((_, i) => !outcomes[i]?.won).map((r) => releaseDecision(ctx(), request, r)));
    const decision = await h.db.models.Claim.findById(`decision:${String(request._id)}`).lean();
    expect(decision?.owner).to.equal(records[outcomes.findIndex((o) => o.won)]?.owner);
  });
});
