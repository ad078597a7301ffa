import { expect } from 'chai';
import sinon from 'sinon';
import type { Actor } from '../../src/services/types.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// No free text is copied into claims (they are read on hot paths and outlive the change by a day): a decision's
// note and a cancellation's reason stay in the request, the session and the owed record, from which whoever
// finishes a change its caller left behind takes them.
describe('services: no free text in claims', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('claims_text');
    world = await seedWorld(h.services, { employees: 2, slotCount: 4, allowance: 4 });
  });
  afterEach(async () => {
    sinon.restore();
    await h.close();
  });

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const claimsText = async () => JSON.stringify(await h.db.models.Claim.find({}).lean());
  const sweepLater = async () => {
    h.advance(GRACE_MS + 60_001);
    await h.services.sweep();
    await h.services.idle();
  };
  async function requested(i: number, slot: number, to: number): Promise<{ sessionId: string; requestId: string }> {
    const booked = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!booked.ok) throw new Error(booked.code);
    const asked = await h.services.reschedule.request(employee(i), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(to) },
      reason: 'Clash',
    });
    if (!asked.ok) throw new Error(asked.code);
    return { sessionId: booked.session.id, requestId: asked.request.id };
  }

  it('a decline, a proposal and a cancellation leave no note or reason in any claim', async () => {
    const first = await requested(0, 0, 1);
    expect((await h.services.reschedule.decline(world.therapist, { requestId: first.requestId, note: 'NOTE-decline-123' })).ok).to.equal(
      true,
    );
    const second = await requested(1, 2, 3);
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: second.requestId,
      choice: { slotId: slotId(1) },
      note: 'NOTE-proposal-456',
    });
    expect(proposed.ok).to.equal(true);
    expect((await h.services.sessions.cancel(employee(0), { sessionId: first.sessionId, reason: 'REASON-cancel-789' })).ok).to.equal(true);
    const text = await claimsText();
    for (const secret of ['NOTE-decline-123', 'NOTE-proposal-456', 'REASON-cancel-789']) expect(text, secret).to.not.include(secret);
  });

  it('a decline whose call died after recording what it owes is finished by the sweep with its note', async () => {
    const { requestId } = await requested(0, 0, 1);
    const crash = sinon.stub(h.services.context.store.sessions, 'updateRequest').rejects(new Error('crash'));
    await h.services.reschedule.decline(world.therapist, { requestId, note: 'NOTE-kept-321' }).catch(() => undefined);
    crash.restore();
    await sweepLater();
    const request = await h.db.models.RescheduleRequest.findById(requestId).lean();
    expect(request?.status).to.equal('declined');
    expect(request?.decisionNote).to.equal('NOTE-kept-321');
  });

  it('a cancellation whose call died after recording what it owes is finished by the sweep with its reason', async () => {
    const booked = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    if (!booked.ok) throw new Error(booked.code);
    const crash = sinon.stub(h.services.context.store.sessions, 'updateSession').rejects(new Error('crash'));
    await h.services.sessions.cancel(employee(0), { sessionId: booked.session.id, reason: 'REASON-kept-654' }).catch(() => undefined);
    crash.restore();
    await sweepLater();
    const session = await h.db.models.Session.findById(booked.session.id).lean();
    expect(session?.status).to.equal('cancelled');
    expect(session?.cancelReason).to.equal('REASON-kept-654');
  });
});
