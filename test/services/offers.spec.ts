// A therapist offers a client times for their next session (docs/design.md §2, rule 11), through the services and the
// real database: the times are held for that client until they book one, decline or the offer expires; one open
// offer per client and therapist; races for one offered time (two offers, an offer against an ordinary booking) have
// exactly one winner, with the claims asserted afterwards.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { Types } from 'mongoose';
import type { OfferView } from '../../src/notices/notice.js';
import type { Actor } from '../../src/services/types.js';
import type { ClaimDoc, SlotDoc } from '../../src/store/models.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { GB } from '../support/readers.js';

describe('services: a therapist offers the next session’s times', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('offers');
    world = await seedWorld(h.services, { employees: 3, slotCount: 6, allowance: 2 });
    await h.services.idle();
    h.notifier.clear();
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  const slot = (i: number) => world.slots[i] as SlotDoc;
  const claims = () => h.db.models.Claim.find({}).lean<ClaimDoc[]>().exec();
  const busyOf = (all: ClaimDoc[], s: { start: Date }) =>
    all.filter((c) => c.kind === 'busy' && c._id === `busy:${String(world.therapistDoc._id)}:${s.start.toISOString()}`);
  const units = async (i: number) => (await claims()).filter((c) => c.kind === 'unit' && c.employeeId === employee(i).personId);

  async function offer(i: number, slots: number[], expiresInHours?: number): Promise<OfferView> {
    const r = await h.services.offers.offer(world.therapist, {
      employeeId: employee(i).personId,
      times: slots.map((n) => ({ slotId: String(slot(n)._id) })),
      ...(expiresInHours ? { expiresInHours } : {}),
    });
    if (!r.ok) throw new Error(`offer refused: ${r.code}`);
    await h.services.idle();
    return r.offer;
  }

  it('holds the offered times for that client only, and tells the client and the therapist', async () => {
    const made = await offer(0, [0, 1]);
    expect(made.status).to.equal('open');
    expect(made.expiresAt.getTime() - h.now().getTime()).to.equal(48 * 3_600_000);
    expect(h.notifier.kinds('person')).to.deep.equal(['offer_made']);
    expect(h.notifier.kinds().filter((k) => k === 'offer_sent')).to.have.length(1);
    // Another client cannot book an offered time: it is held.
    const other = await h.services.sessions.book(employee(1), { slotId: String(slot(0)._id) });
    expect(other.ok ? 'booked' : other.code).to.equal('slot_taken');
    // Still held once its claims are past the grace period (judged by the offer, like a pending request) and swept.
    h.advance(10 * 60_000);
    await h.services.sweep();
    const later = await h.services.sessions.book(employee(1), { slotId: String(slot(1)._id) });
    expect(later.ok ? 'booked' : later.code).to.equal('slot_taken');
    const stored = await h.services.context.store.offers.offer(made.id);
    expect(stored?.personMessage, 'the client’s message is kept to update it').to.not.equal(null);
    expect(stored?.threadMessageId, 'the therapist’s post is kept to update it').to.be.a('string');
  });

  it('books one offered time with one click: a unit of its month, the others let go, both messages updated', async () => {
    const made = await offer(0, [0, 1, 2]);
    h.notifier.clear();
    const booked = await h.services.offers.book(employee(0), { offerId: made.id, index: 1 });
    if (!booked.ok) throw new Error(booked.code);
    await h.services.idle();
    expect(booked.session.start.toISOString()).to.equal(slot(1).start.toISOString());
    const all = await claims();
    expect(
      busyOf(all, slot(1)).map((c) => c.sessionId),
      'the booking took over its time',
    ).to.deep.equal([booked.session.id]);
    expect(busyOf(all, slot(0)), 'the other times are free').to.deep.equal([]);
    expect(busyOf(all, slot(2))).to.deep.equal([]);
    expect(
      all.filter((c) => c.kind === 'offer' && c._id.startsWith('offer:')),
      'no open offer left for the pair',
    ).to.deep.equal([]);
    expect((await units(0)).map((u) => u.sessionId)).to.deep.equal([booked.session.id]);
    expect((await h.services.context.store.offers.offer(made.id))?.status).to.equal('booked');
    const updates = h.notifier.sent.filter((s) => s.op === 'update' || s.op === 'person-update');
    expect(updates.map((u) => [u.op, u.notice.kind, 'offer' in u.notice ? u.notice.offer.status : ''])).to.have.deep.members([
      ['person-update', 'offer_made', 'booked'],
      ['update', 'offer_sent', 'booked'],
    ]);
    expect(h.notifier.kinds().filter((k) => k === 'session_booked')).to.have.length(2);
    // A freed time is bookable by another client; a second click on the offer is refused clearly.
    expect((await h.services.sessions.book(employee(1), { slotId: String(slot(0)._id) })).ok).to.equal(true);
    const again = await h.services.offers.book(employee(0), { offerId: made.id, index: 2 });
    expect(again.ok ? 'booked' : again.code).to.equal('offer_closed');
    // The booked session is an ordinary session: cancelling it frees its time and credits the unit.
    expect((await h.services.sessions.cancel(employee(0), { sessionId: booked.session.id, reason: 'Feeling better' })).ok).to.equal(true);
    await h.services.idle();
    expect(busyOf(await claims(), slot(1))).to.deep.equal([]);
    expect(await units(0)).to.deep.equal([]);
  });

  it('three concurrent clicks on the offer book it once, with one unit', async () => {
    const made = await offer(0, [0, 1]);
    const results = await Promise.all([0, 1, 1].map((index) => h.services.offers.book(employee(0), { offerId: made.id, index })));
    await h.services.idle();
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(await h.db.models.Session.countDocuments({ employeeId: new Types.ObjectId(employee(0).personId) })).to.equal(1);
    expect(await units(0)).to.have.length(1);
    const all = await claims();
    expect(busyOf(all, slot(0)).length + busyOf(all, slot(1)).length, 'only the booked time stays held').to.equal(1);
  });

  it('declining lets every time go and tells the therapist in the thread', async () => {
    const made = await offer(0, [0, 1]);
    h.notifier.clear();
    const declined = await h.services.offers.decline(employee(0), { offerId: made.id });
    expect(declined.ok).to.equal(true);
    await h.services.idle();
    const all = await claims();
    expect(all.filter((c) => c.offerId === made.id && c.kind === 'busy')).to.deep.equal([]);
    expect(await units(0)).to.deep.equal([]);
    expect(h.notifier.kinds('thread')).to.deep.equal(['offer_declined']);
    expect(h.notifier.kinds('person-update')).to.deep.equal(['offer_made']);
    const book = await h.services.offers.book(employee(0), { offerId: made.id, index: 0 });
    expect(book.ok ? 'booked' : book.code).to.equal('offer_closed');
  });

  it('expires at its time: the sweep lets the times go and updates both messages; a click after that is refused', async () => {
    const made = await offer(0, [0, 1], 2);
    h.notifier.clear();
    h.advance(2 * 3_600_000 - 1000);
    expect((await h.services.sweep()).offersExpired, 'not before its time').to.equal(0);
    h.advance(61_000);
    const report = await h.services.sweep();
    await h.services.idle();
    expect(report.offersExpired).to.equal(1);
    expect((await h.services.context.store.offers.offer(made.id))?.status).to.equal('expired');
    expect((await claims()).filter((c) => c.offerId === made.id && c.kind !== 'offer')).to.deep.equal([]);
    expect(h.notifier.sent.filter((s) => s.op === 'update' || s.op === 'person-update').map((s) => s.notice.kind)).to.have.members([
      'offer_made',
      'offer_sent',
    ]);
    const late = await h.services.offers.book(employee(0), { offerId: made.id, index: 0 });
    expect(late.ok ? 'booked' : late.code).to.equal('offer_closed');
    expect((await h.services.sessions.book(employee(1), { slotId: String(slot(0)._id) })).ok, 'the time is free again').to.equal(true);
  });

  it('an expired offer no longer holds its times, even before the sweep comes (liveness like a pending request)', async () => {
    await offer(0, [0], 1);
    h.advance(3_600_000 + 1000);
    expect((await h.services.sessions.book(employee(1), { slotId: String(slot(0)._id) })).ok).to.equal(true);
  });

  it('a new offer to the same client replaces the old: its times let go, its messages updated, one open offer', async () => {
    const first = await offer(0, [0, 1]);
    h.notifier.clear();
    const second = await offer(0, [1, 2]);
    const all = await claims();
    expect(all.filter((c) => c.offerId === first.id && c.kind === 'busy')).to.deep.equal([]);
    expect(
      busyOf(all, slot(1)).map((c) => c.offerId),
      'a time offered again is held by the new offer',
    ).to.deep.equal([second.id]);
    expect((await h.services.context.store.offers.offer(first.id))?.status).to.equal('replaced');
    expect(all.filter((c) => c._id.startsWith('offer:')).map((c) => c.offerId)).to.deep.equal([second.id]);
    const updated = h.notifier.sent.filter((s) => s.op === 'person-update');
    expect(updated.map((u) => ('offer' in u.notice ? u.notice.offer.status : ''))).to.deep.equal(['replaced']);
    const old = await h.services.offers.book(employee(0), { offerId: first.id, index: 0 });
    expect(old.ok ? 'booked' : old.code).to.equal('offer_closed');
  });

  it('refuses bad offers clearly and changes nothing', async () => {
    const before = await h.snapshot();
    const cases: [Parameters<typeof h.services.offers.offer>[1], string][] = [
      [{ employeeId: employee(0).personId, times: [] }, 'invalid_offer'],
      [{ employeeId: employee(0).personId, times: [0, 1, 2, 3].map((n) => ({ slotId: String(slot(n)._id) })) }, 'invalid_offer'],
      [{ employeeId: employee(0).personId, times: [{ slotId: String(slot(0)._id) }], expiresInHours: 169 }, 'invalid_offer'],
      [{ employeeId: employee(0).personId, times: [{ slotId: String(slot(0)._id) }], expiresInHours: 0 }, 'invalid_offer'],
      [
        {
          employeeId: employee(0).personId,
          times: [
            { date: '2030-01-10', time: '10:00' },
            { date: '2030-01-10', time: '10:30' },
          ],
        },
        'invalid_offer',
      ],
      [{ employeeId: employee(0).personId, times: [{ date: '2030-01-01', time: '10:00' }] }, 'time_in_past'],
      [{ employeeId: employee(0).personId, times: [{ date: '2030-03-01', time: '10:00' }] }, 'invalid_offer'],
      [{ employeeId: world.hr.personId, times: [{ slotId: String(slot(0)._id) }] }, 'not_your_client'],
    ];
    for (const [input, code] of cases) {
      const r = await h.services.offers.offer(world.therapist, input);
      expect(r.ok ? 'offered' : r.code, JSON.stringify(input)).to.equal(code);
    }
    const byClient = await h.services.offers.offer(employee(0), {
      employeeId: employee(1).personId,
      times: [{ slotId: String(slot(0)._id) }],
    });
    expect(byClient.ok ? 'offered' : byClient.code).to.equal('not_therapist');
    expect(await h.snapshot()).to.equal(before);
  });

  it('refuses a time in the therapist’s days away, saying when they are back, and holds nothing', async () => {
    expect((await h.services.away.setOwn(world.therapist, '2030-01-20 2030-01-21')).ok).to.equal(true);
    const before = await h.snapshot();
    const r = await h.services.offers.offer(world.therapist, {
      employeeId: employee(0).personId,
      times: [{ date: '2030-01-21', time: '15:00' }],
    });
    expect(r.ok ? 'offered' : r.code).to.equal('own_time_while_away');
    expect(r.ok ? '' : refusalText(r, 'employee', GB)).to.include('back on');
    expect(await h.snapshot()).to.equal(before);
  });

  it('books under the month’s allowance: a used-up month is refused and the offer stays open', async () => {
    // Allowance 2: the client books two open slots of January, then tries an offered January time.
    expect((await h.services.sessions.book(employee(0), { slotId: String(slot(3)._id) })).ok).to.equal(true);
    expect((await h.services.sessions.book(employee(0), { slotId: String(slot(4)._id) })).ok).to.equal(true);
    const made = await offer(0, [0]);
    const r = await h.services.offers.book(employee(0), { offerId: made.id, index: 0 });
    expect(r.ok ? 'booked' : r.code).to.equal('allowance_exhausted');
    expect(await units(0)).to.have.length(2);
    expect((await h.services.context.store.offers.offer(made.id))?.status).to.equal('open');
    expect(
      busyOf(await claims(), slot(0)).map((c) => c.offerId),
      'still held for the client',
    ).to.deep.equal([made.id]);
    expect((await h.services.offers.decline(employee(0), { offerId: made.id })).ok, 'and can still be declined').to.equal(true);
  });

  it('another person’s click on the offer is refused and changes nothing', async () => {
    const made = await offer(0, [0]);
    const before = await h.snapshot();
    for (const who of [employee(1), world.therapist]) {
      const r = await h.services.offers.book(who, { offerId: made.id, index: 0 });
      expect(r.ok ? 'booked' : r.code).to.equal('unknown_offer');
      const d = await h.services.offers.decline(who, { offerId: made.id });
      expect(d.ok ? 'declined' : d.code).to.equal('unknown_offer');
    }
    expect(await h.snapshot()).to.equal(before);
  });

  it('a booking whose caller died after its decision is undone after the grace period, and the next click books', async () => {
    const made = await offer(0, [0, 1]);
    // The decision claim a dead booking left behind (its session was never written).
    await h.services.context.store.claims.claim(
      `offered:${made.id}`,
      'offer',
      'offer-decision:dead',
      { offerId: made.id, data: { outcome: 'booked', index: 0 } },
      h.now(),
    );
    const meanwhile = await h.services.offers.book(employee(0), { offerId: made.id, index: 0 });
    expect(meanwhile.ok ? 'booked' : meanwhile.code, 'while its caller may still be running').to.equal('offer_closed');
    h.advance(61_000);
    const later = await h.services.offers.book(employee(0), { offerId: made.id, index: 0 });
    expect(later.ok).to.equal(true);
    await h.services.idle();
    expect(await units(0)).to.have.length(1);
  });

  describe('data protection', () => {
    const record = (i: number) => h.services.context.store.directory.person(employee(i).personId);

    it('a subject access export lists the person’s offers, their held times and what was audited about them', async () => {
      const made = await offer(0, [0, 1]);
      const exported = await h.services.admin.exportPerson((await record(0))!, null);
      expect(exported.offers.map((o) => String(o._id))).to.deep.equal([made.id]);
      expect(exported.claims.filter((c) => c.offerId === made.id && c.kind === 'busy').length).to.be.greaterThan(0);
      expect(exported.auditEvents.map((e) => e.action)).to.include('offer.made');
      const therapists = await h.services.admin.exportPerson(world.therapistDoc, null);
      expect(therapists.offers.map((o) => String(o._id))).to.deep.equal([made.id]);
    });

    it('erasure withdraws the client’s open offer (times let go, the therapist’s post updated) and forgets their message', async () => {
      const made = await offer(0, [0, 1]);
      h.notifier.clear();
      expect((await h.services.admin.erasePerson((await record(0))!, null)).ok).to.equal(true);
      await h.services.idle();
      const stored = await h.services.context.store.offers.offer(made.id);
      expect(stored?.status).to.equal('withdrawn');
      expect(stored?.personMessage).to.equal(null);
      expect((await claims()).filter((c) => c.offerId === made.id && c.kind !== 'offer')).to.deep.equal([]);
      expect(h.notifier.sent.filter((s) => s.op === 'update').map((s) => ('offer' in s.notice ? s.notice.offer.status : ''))).to.deep.equal(
        ['withdrawn'],
      );
      expect((await h.services.sessions.book(employee(1), { slotId: String(slot(0)._id) })).ok).to.equal(true);
    });

    it('offboarding a therapist withdraws their open offers', async () => {
      const made = await offer(1, [2]);
      expect((await h.services.admin.offboardPerson(world.therapistDoc)).ok).to.equal(true);
      await h.services.idle();
      expect((await h.services.context.store.offers.offer(made.id))?.status).to.equal('withdrawn');
      expect(busyOf(await claims(), slot(2))).to.deep.equal([]);
    });
  });

  describe('races for one offered time (truly concurrent calls)', () => {
    const TRIALS = 5;

    it(`the same time offered to two clients at once (x${TRIALS}): exactly one offer holds it, the other is refused`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const target = slot(trial % 6);
        const results = await Promise.all(
          [0, 1].map((i) =>
            h.services.offers.offer(world.therapist, { employeeId: employee(i).personId, times: [{ slotId: String(target._id) }] }),
          ),
        );
        await h.services.idle();
        const won = results.filter((r) => r.ok);
        expect(won, `trial ${trial}`).to.have.length(1);
        const lost = results.find((r) => !r.ok);
        expect(lost && !lost.ok ? lost.code : 'none').to.equal('offer_time_taken');
        const winner = won[0] && won[0].ok ? won[0].offer.id : '';
        const all = await claims();
        expect([...new Set(busyOf(all, target).map((c) => c.offerId))], 'every tick held by the winner').to.deep.equal([winner]);
        const losers = all.filter((c) => !!c.offerId && c.offerId !== winner && !c._id.startsWith('offered:'));
        expect(losers, 'the refused offer holds nothing (nor its pair marker)').to.deep.equal([]);
        expect(await h.db.models.Offer.countDocuments({ status: 'open' }), 'one offer stored').to.equal(1);
        // Clean up for the next trial: the winner's client declines.
        const owner = results.findIndex((r) => r.ok);
        expect((await h.services.offers.decline(employee(owner), { offerId: winner })).ok).to.equal(true);
        await h.services.idle();
      }
    });

    it(`a client booking an offered time races another client's ordinary booking of that slot (x${TRIALS}): exactly one session`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const target = slot(trial);
        const made = await offer(0, [trial]);
        const [viaOffer, ordinary] = await Promise.all([
          h.services.offers.book(employee(0), { offerId: made.id, index: 0 }),
          h.services.sessions.book(employee(1), { slotId: String(target._id) }),
        ]);
        await h.services.idle();
        expect([viaOffer.ok, ordinary.ok].filter(Boolean), `trial ${trial}`).to.have.length(1);
        const sessions = await h.db.models.Session.find({ start: target.start, status: 'booked' }).lean().exec();
        expect(sessions).to.have.length(1);
        const all = await claims();
        expect([...new Set(busyOf(all, target).map((c) => c.sessionId))]).to.deep.equal([String(sessions[0]?._id)]);
        const session = sessions[0];
        if (session)
          await h.services.sessions.cancel(session.employeeId.equals(employee(0).personId) ? employee(0) : employee(1), {
            sessionId: String(session._id),
            reason: 'Next trial',
          });
        await h.services.idle();
      }
    });

    it(`an offer of a slot races another client's ordinary booking of it (x${TRIALS}): one wins, the loser holds nothing`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const target = slot(trial);
        const [offered, ordinary] = await Promise.all([
          h.services.offers.offer(world.therapist, { employeeId: employee(0).personId, times: [{ slotId: String(target._id) }] }),
          h.services.sessions.book(employee(1), { slotId: String(target._id) }),
        ]);
        await h.services.idle();
        expect([offered.ok, ordinary.ok].filter(Boolean), `trial ${trial}`).to.have.length(1);
        const holders = [...new Set(busyOf(await claims(), target).map((c) => c.offerId ?? c.sessionId))];
        expect(holders).to.deep.equal([offered.ok ? offered.offer.id : ordinary.ok ? ordinary.session.id : '']);
        if (!offered.ok) expect(offered.code).to.equal('offer_time_taken');
        if (offered.ok) await h.services.offers.decline(employee(0), { offerId: offered.offer.id });
        if (ordinary.ok) await h.services.sessions.cancel(employee(1), { sessionId: ordinary.session.id, reason: 'Next trial' });
        await h.services.idle();
      }
    });
  });
});
