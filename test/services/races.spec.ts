import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import type { SlotDoc } from '../../src/store/models.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// Concurrency through the real database protocol: every call below runs truly at once. Each test asserts the
// state afterwards (claims, counts, a second attempt), not only who won.
describe('services: racing decisions and held requests', () => {
  let h: CoreHarness;
  let world: World;
  let january: SlotDoc[];
  let february: SlotDoc[];
  let spareFebruary: SlotDoc;
  const TRIALS = 10;

  async function addDay(day: string): Promise<SlotDoc[]> {
    for (let hour = 8; hour < 8 + TRIALS; hour++) {
      const added = await h.services.availability.add(world.therapist, {
        date: day,
        time: `${String(hour).padStart(2, '0')}:00`,
        durationMinutes: 50,
        weeks: 1,
      });
      if (!added.ok) throw new Error(added.code);
    }
    const from = DateTime.fromISO(day, { zone: 'Europe/London' });
    return h.services.context.store.sessions.slotsBetween(world.therapistDoc._id, from.toJSDate(), from.plus({ days: 1 }).toJSDate());
  }

  beforeEach(async () => {
    h = await openCoreHarness('races');
    world = await seedWorld(h.services, { employees: TRIALS + 1, slotCount: 0, allowance: 1 });
    january = await addDay('2030-01-30');
    february = await addDay('2030-02-06');
    const spare = await h.services.availability.add(world.therapist, { date: '2030-02-20', time: '10:00', durationMinutes: 50, weeks: 1 });
    if (!spare.ok) throw new Error(spare.code);
    spareFebruary = (await h.services.context.store.sessions.slot(String(spare.slots[0]?.id))) as SlotDoc;
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  async function bookedFor(i: number, slot: SlotDoc): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: String(slot._id) });
    if (!r.ok) throw new Error(`booking refused: ${r.code}`);
    return r.session.id;
  }
  async function requestFor(i: number, sessionId: string, slot: SlotDoc): Promise<string> {
    const r = await h.services.reschedule.request(employee(i), { sessionId, choice: { slotId: String(slot._id) }, reason: 'Moving house' });
    if (!r.ok) throw new Error(`request refused: ${r.code}`);
    return r.request.id;
  }

  it(`three concurrent confirms of one request (x${TRIALS}): applied once, the winner keeps its time and unit`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const sessionId = await bookedFor(trial, january[trial] as SlotDoc);
      const target = february[trial] as SlotDoc;
      const requestId = await requestFor(trial, sessionId, target);
      const results = await Promise.all([0, 1, 2].map(() => h.services.reschedule.confirm(world.therapist, { requestId })));
      expect(
        results.filter((r) => r.ok),
        `trial ${trial}`,
      ).to.have.length(1);
      const replacement = await h.db.models.Session.findOne({ replaces: sessionId }).lean();
      expect(replacement?.status).to.equal('booked');
      // The new time's busy ticks all exist and all belong to the replacement; the old time's are gone.
      const ticks = await h.db.models.Claim.find({ kind: 'busy', _id: new RegExp(target.start.toISOString().slice(0, 13)) }).lean();
      expect(ticks).to.have.length(10);
      expect(new Set(ticks.map((c) => c.sessionId))).to.deep.equal(new Set([String(replacement?._id)]));
      expect(await h.db.models.Claim.countDocuments({ kind: 'busy', sessionId })).to.equal(0);
      // February's unit moved with the session and stays held: a second booking in February is refused.
      expect(await h.db.models.Claim.countDocuments({ kind: 'unit', employeeId: employee(trial).personId, month: '2030-02' })).to.equal(1);
      expect(await h.db.models.Claim.countDocuments({ kind: 'unit', employeeId: employee(trial).personId, month: '2030-01' })).to.equal(0);
      expect(await h.services.sessions.book(employee(trial), { slotId: String(spareFebruary._id) })).to.deep.include({
        code: 'allowance_exhausted',
      });
      // And nobody else can book the time it moved to.
      expect(await h.services.sessions.book(employee(TRIALS), { slotId: String(target._id) })).to.deep.include({ code: 'slot_taken' });
    }
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(TRIALS);
  });

  it('a requested time is held while the request waits, and freed when it is declined, withdrawn or expires', async () => {
    const [a, b, c] = [0, 1, 2];
    const sa = await bookedFor(a, january[0] as SlotDoc);
    const sb = await bookedFor(b, january[1] as SlotDoc);
    const sc = await bookedFor(c, january[2] as SlotDoc);
    const ra = await requestFor(a, sa, january[5] as SlotDoc);
    const rb = await requestFor(b, sb, january[6] as SlotDoc);
    const rc = await requestFor(c, sc, january[7] as SlotDoc);
    const open = await h.services.sessions.openSlots(employee(TRIALS));
    const offered = open.ok ? open.slots.map((s) => s.id) : [];
    for (const i of [5, 6, 7]) {
      expect(offered).to.not.include(String(january[i]?._id));
      expect(await h.services.sessions.book(employee(TRIALS), { slotId: String(january[i]?._id) })).to.deep.include({ code: 'slot_taken' });
    }
    expect((await h.services.reschedule.decline(world.therapist, { requestId: ra })).ok).to.equal(true);
    expect((await h.services.reschedule.withdraw(employee(b), { requestId: rb })).ok).to.equal(true);
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy', requestId: { $in: [ra, rb] } })).to.equal(0);
    expect((await h.services.sessions.book(employee(TRIALS), { slotId: String(january[5]?._id) })).ok).to.equal(true);
    expect((await h.services.sessions.book(employee(TRIALS - 1), { slotId: String(january[6]?._id) })).ok).to.equal(true);
    // Inside the cutoff the sweep expires c's request and its time is offered again.
    h.setNow(new Date((january[2] as SlotDoc).start.getTime() - 3_600_000));
    expect((await h.services.sweep()).expired).to.equal(1);
    expect((await h.db.models.RescheduleRequest.findById(rc).lean())?.status).to.equal('expired');
    // (An hour's booking notice, so a time later today can be offered at all.)
    expect((await h.services.bookingNotice.setOwn(world.therapist, '1')).ok).to.equal(true);
    const later = await h.services.sessions.openSlots(employee(TRIALS - 2));
    expect(later.ok && later.slots.map((s) => s.id)).to.include(String(january[7]?._id));
  });

  it(`a booking racing a request for the same time (x${TRIALS}): exactly one gets it`, async () => {
    const requester = 0;
    let sessionId = await bookedFor(requester, january[0] as SlotDoc);
    for (let trial = 1; trial < TRIALS; trial++) {
      const target = january[trial] as SlotDoc;
      const [booking, asked] = await Promise.all([
        h.services.sessions.book(employee(trial), { slotId: String(target._id) }),
        h.services.reschedule.request(employee(requester), { sessionId, choice: { slotId: String(target._id) }, reason: 'Moving house' }),
      ]);
      expect([booking.ok, asked.ok].filter(Boolean), `trial ${trial}`).to.have.length(1);
      const holders = await h.db.models.Claim.find({ kind: 'busy', _id: new RegExp(target.start.toISOString().slice(0, 13)) }).lean();
      expect(new Set(holders.map((c) => c.owner)).size).to.equal(1);
      if (asked.ok) {
        expect((await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id })).ok).to.equal(true);
        sessionId = String((await h.db.models.Session.findOne({ replaces: sessionId }).lean())?._id);
      }
    }
    const booked = await h.db.models.Session.find({ status: 'booked' }).lean();
    const starts = booked.map((s) => s.start.getTime());
    expect(new Set(starts).size).to.equal(starts.length);
  });
});
