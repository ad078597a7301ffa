// Current after every change (issue 18, items 9-11): after each decision on a reschedule request (confirm, decline,
// propose, accept, decline a proposal, withdraw, expire, and a cancellation of its session by either side), every
// message Slack was sent earlier that offered an action on that request is updated in place (chat.update at the
// Web API stand-in) and offers no action on it any more; the employee's copy says what they can do next.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { actions } from '../../src/slack/ids.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';

type Json = unknown;

function walk(node: Json, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** The action ids of a message's buttons whose value is one of `ids`. */
function actionsOn(call: RecordedCall, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  walk(call.body.blocks, (obj) => {
    if (typeof obj.action_id === 'string' && typeof obj.value === 'string' && ids.has(obj.value)) found.push(obj.action_id);
  });
  return found;
}

describe('slack: every message that offered an action is current after each decision', () => {
  let h: SlackHarness;
  let therapist: Actor;
  let slot = 0;
  let who = 0;

  before(async () => {
    h = await openSlackHarness('currency', { world: { employees: 4, slotCount: 40, allowance: 30 } });
    therapist = h.world.therapist;
  });
  after(() => h.close());

  const nextSlot = () => String(h.world.slots[slot++]?._id);

  /** A fresh session of the next employee with a request to move it waiting for the therapist. */
  async function requested(): Promise<{ employee: Actor; sessionId: string; requestId: string; start: Date }> {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: nextSlot() });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.stub.reset();
    const asked = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: nextSlot() },
      reason: 'A work trip came up',
    });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    await h.app.idle();
    return { employee, sessionId: booked.session.id, requestId: asked.request.id, start: booked.session.start };
  }

  /** A proposal from the therapist, answering a fresh request: waits for the employee. */
  async function proposed(): Promise<{ employee: Actor; sessionId: string; requestId: string; proposalId: string }> {
    const r = await requested();
    const sent = await h.services.reschedule.propose(therapist, {
      requestId: r.requestId,
      choice: { slotId: nextSlot() },
      note: 'Could we do this instead?',
    });
    if (!sent.ok) throw new Error(`proposal refused: ${sent.code}`);
    await h.app.idle();
    return { ...r, proposalId: sent.request.id };
  }

  /**
   * Every message posted so far with a button on one of `ids` has been updated in place since, and its latest
   * version has no button on them. Returns the latest versions, to read.
   */
  function expectAllCurrent(ids: string[]): RecordedCall[] {
    const on = new Set(ids);
    const offered = h.stub.callsTo('chat.postMessage').filter((c) => actionsOn(c, on).length > 0);
    expect(offered.length, 'messages that offered an action on the request').to.be.greaterThan(0);
    return offered.map((posted) => {
      const channel = posted.answer?.channel;
      const ts = posted.answer?.ts;
      const latest = h.stub
        .callsTo('chat.update')
        .filter((u) => u.body.channel === channel && u.body.ts === ts)
        .at(-1);
      const what = `"${String(posted.body.text)}" (${String(channel)} ${String(ts)})`;
      expect(latest, `${what} was never updated`).to.not.equal(undefined);
      expect(actionsOn(latest as RecordedCall, on), `${what} still offers`).to.deep.equal([]);
      return latest as RecordedCall;
    });
  }

  /** The employee's own direct message about the request, as it now reads. */
  const employeeCopy = (latest: RecordedCall[], employee: Actor) =>
    latest.filter((c) => String(c.body.channel).slice(1) === employee.identity.userId.slice(1));

  it('confirm: the request in the thread and the employee\'s "request sent" (Withdraw) are updated', async () => {
    const r = await requested();
    expect((await h.services.reschedule.confirm(therapist, { requestId: r.requestId })).ok).to.equal(true);
    await h.app.idle();
    const latest = expectAllCurrent([r.requestId]);
    expect(allText(employeeCopy(latest, r.employee)[0])).to.include('Your reschedule request was confirmed');
  });

  it('decline: both are updated, and the employee is offered another time or a word with their therapist', async () => {
    const r = await requested();
    expect((await h.services.reschedule.decline(therapist, { requestId: r.requestId })).ok).to.equal(true);
    await h.app.idle();
    const [copy] = employeeCopy(expectAllCurrent([r.requestId]), r.employee);
    expect(allText(copy)).to.include('Your reschedule request was declined');
    expect(actionsOn(copy as RecordedCall, new Set([r.sessionId, 'message']))).to.include.members([
      actions.sessionReschedule,
      actions.messageTherapist,
    ]);
  });

  it('propose: the request and the "request sent" are updated; the proposal carries the only live answer', async () => {
    const r = await proposed();
    const latest = expectAllCurrent([r.requestId]);
    expect(allText(employeeCopy(latest, r.employee)[0])).to.include('proposed another time');
    const proposal = h.stub.callsTo('chat.postMessage').filter((c) => actionsOn(c, new Set([r.proposalId])).length > 0);
    expect(proposal.flatMap((c) => actionsOn(c, new Set([r.proposalId])))).to.include.members([
      actions.proposalAccept,
      actions.proposalDecline,
    ]);
  });

  /** A fresh session of the next employee that its therapist asked to move (issue 19 §1): waits for the employee. */
  async function movedByTherapist(): Promise<{ employee: Actor; sessionId: string; requestId: string; start: Date }> {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: nextSlot() });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.stub.reset();
    const asked = await h.services.reschedule.move(therapist, {
      sessionId: booked.session.id,
      choice: { slotId: nextSlot() },
      reason: 'A training came up',
    });
    if (!asked.ok) throw new Error(`move refused: ${asked.code}`);
    await h.app.idle();
    return { employee, sessionId: booked.session.id, requestId: asked.request.id, start: booked.session.start };
  }

  it("a therapist's move, accepted: the client's Accept / Decline / Message therapist and the thread post are updated", async () => {
    const r = await movedByTherapist();
    expect((await h.services.reschedule.confirm(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    await h.app.idle();
    const latest = expectAllCurrent([r.requestId]);
    expect(employeeCopy(latest, r.employee).map(allText).join('\n')).to.include('You accepted the new time');
    expect(latest.map(allText).join('\n')).to.include('accepted the new time');
  });

  it("a therapist's move, declined: both are updated, the client offered another time or a word with their therapist", async () => {
    const r = await movedByTherapist();
    expect((await h.services.reschedule.decline(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    await h.app.idle();
    const [copy] = employeeCopy(expectAllCurrent([r.requestId]), r.employee);
    expect(allText(copy)).to.include('You declined to move your session');
    expect(actionsOn(copy as RecordedCall, new Set([r.sessionId, 'message']))).to.include(actions.messageTherapist);
  });

  it("a therapist's move left unanswered expires at the client's cutoff: both are updated", async () => {
    const r = await movedByTherapist();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    const [copy] = employeeCopy(expectAllCurrent([r.requestId]), r.employee);
    expect(allText(copy)).to.include('request to move your session has expired');
  });

  it('accept: the proposal (Accept / Decline) and its thread post are updated', async () => {
    const r = await proposed();
    expect((await h.services.reschedule.confirm(r.employee, { requestId: r.proposalId })).ok).to.equal(true);
    await h.app.idle();
    const latest = expectAllCurrent([r.requestId, r.proposalId]);
    expect(employeeCopy(latest, r.employee).map(allText).join('\n')).to.include('You accepted the proposed time');
  });

  it('decline a proposal: the proposal and its thread post are updated', async () => {
    const r = await proposed();
    expect((await h.services.reschedule.decline(r.employee, { requestId: r.proposalId })).ok).to.equal(true);
    await h.app.idle();
    const latest = expectAllCurrent([r.requestId, r.proposalId]);
    expect(employeeCopy(latest, r.employee).map(allText).join('\n')).to.include('You declined the proposed time');
  });

  it('withdraw: the request in the thread and the "request sent" are updated', async () => {
    const r = await requested();
    expect((await h.services.reschedule.withdraw(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    await h.app.idle();
    expectAllCurrent([r.requestId]);
  });

  it('expire: both are updated when the session enters the window; the employee can still message their therapist', async () => {
    const r = await requested();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    const [copy] = employeeCopy(expectAllCurrent([r.requestId]), r.employee);
    expect(allText(copy)).to.include('Your reschedule request expired');
    expect(actionsOn(copy as RecordedCall, new Set(['message']))).to.include(actions.messageTherapist);
  });

  it('expire: a proposal left unanswered is updated too', async () => {
    const r = await proposed();
    const session = await h.services.sessions.get(r.employee, { sessionId: r.sessionId });
    if (!session.ok) throw new Error('no session');
    const was = h.now();
    h.setNow(new Date(session.session.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    expectAllCurrent([r.requestId, r.proposalId]);
  });

  it('a Confirm refused inside the window ends the request at once: no Withdraw, no buttons in the thread, nothing waiting on Home', async () => {
    const r = await requested();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.confirm(therapist, { requestId: r.requestId })).to.deep.include({
        ok: false,
        code: 'inside_cutoff',
      });
      await h.app.idle();
      const [copy] = employeeCopy(expectAllCurrent([r.requestId]), r.employee);
      expect(allText(copy)).to.include('Your reschedule request expired');
      const upcoming = (await h.services.sessions.overview(r.employee)).upcoming.find((u) => u.id === r.sessionId);
      expect(upcoming?.pendingRequest ?? null, 'still waiting on Home').to.equal(null);
      // Its time is free again.
      expect(await h.services.reschedule.expireDue()).to.equal(0);
    } finally {
      h.setNow(was);
    }
  });

  it('the employee cancels the session: its waiting request is closed everywhere it offered an action', async () => {
    const r = await requested();
    expect((await h.services.sessions.cancel(r.employee, { sessionId: r.sessionId, reason: 'Feeling better' })).ok).to.equal(true);
    await h.app.idle();
    expectAllCurrent([r.requestId]);
  });

  it('the therapist cancels the session: its waiting proposal is closed everywhere, and the employee can book again', async () => {
    const r = await proposed();
    expect((await h.services.sessions.cancel(therapist, { sessionId: r.sessionId, reason: 'I am unwell' })).ok).to.equal(true);
    await h.app.idle();
    expectAllCurrent([r.requestId, r.proposalId]);
    const cancelled = h.stub.callsTo('chat.postMessage').find((c) => allText(c).includes('Session cancelled by your therapist'));
    expect(actionsOn(cancelled as RecordedCall, new Set(['book']))).to.include(actions.bookOpen);
  });
});

/**
 * Every version of every message (posted, then each chat.update of it), in order, by where it is: a message offered
 * an action on a session if any version did, and is current when its latest version offers none.
 */
function messagesOn(calls: RecordedCall[], ids: ReadonlySet<string>): { key: string; latest: RecordedCall; offered: boolean }[] {
  const versions = new Map<string, RecordedCall[]>();
  for (const c of calls) {
    const at = c.method === 'chat.postMessage' ? c.answer : c.method === 'chat.update' ? { channel: c.body.channel, ts: c.body.ts } : null;
    if (!at) continue;
    const key = `${String(at.channel)} ${String(at.ts)}`;
    versions.set(key, [...(versions.get(key) ?? []), c]);
  }
  return [...versions].map(([key, all]) => ({
    key,
    latest: all.at(-1) as RecordedCall,
    offered: all.some((v) => actionsOn(v, ids).length > 0),
  }));
}

describe('slack: every message that offered an action on a session is current after the session changes', () => {
  let h: SlackHarness;
  let therapist: Actor;
  let early = 0;
  let late = 39;
  let who = 0;

  before(async () => {
    h = await openSlackHarness('currency-sessions', { world: { employees: 4, slotCount: 40, allowance: 30 } });
    therapist = h.world.therapist;
  });
  after(() => h.close());

  const slotAt = (i: number) => h.world.slots[i] as { _id: unknown; start: Date };
  const earlySlot = () => String(slotAt(early++)._id);

  async function request(employee: Actor, sessionId: string, slotId: string): Promise<string> {
    const asked = await h.services.reschedule.request(employee, { sessionId, choice: { slotId }, reason: 'A work trip came up' });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    return asked.request.id;
  }

  /**
   * A session far ahead whose employee holds three direct messages offering an action on it: a declined request (its
   * own message, and the "declined" notice, each with Pick another time) and a Confirm refused because the asked time
   * had passed (Pick another time / Cancel session).
   */
  async function sessionWithMessages(): Promise<{ employee: Actor; sessionId: string }> {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(slotAt(late--)._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    const sessionId = booked.session.id;
    const declined = await request(employee, sessionId, earlySlot());
    expect((await h.services.reschedule.decline(therapist, { requestId: declined })).ok).to.equal(true);
    const passedSlot = slotAt(early);
    const passing = await request(employee, sessionId, earlySlot());
    await h.app.idle();
    const was = h.now();
    h.setNow(new Date(passedSlot.start.getTime() + 60_000));
    try {
      expect(await h.services.reschedule.confirm(therapist, { requestId: passing })).to.deep.include({ ok: false, code: 'time_in_past' });
    } finally {
      h.setNow(was);
    }
    expect((await h.services.reschedule.withdraw(employee, { requestId: passing })).ok).to.equal(true);
    await h.app.idle();
    const offering = messagesOn(h.stub.calls, new Set([sessionId])).filter(
      (m) => m.offered && actionsOn(m.latest, new Set([sessionId])).length > 0,
    );
    expect(offering.length, 'messages offering an action on the session before it changes').to.equal(3);
    return { employee, sessionId };
  }

  /** Every message that ever offered an action on the session offers none now; returns their latest versions. */
  function expectNoneOffers(sessionId: string, atLeast = 3): RecordedCall[] {
    const on = new Set([sessionId]);
    const offered = messagesOn(h.stub.calls, on).filter((m) => m.offered);
    expect(offered.length, 'messages that offered an action on the session').to.be.at.least(atLeast);
    for (const m of offered) expect(actionsOn(m.latest, on), `${m.key} "${String(m.latest.body.text)}" still offers`).to.deep.equal([]);
    return offered.map((m) => m.latest);
  }

  it('the employee cancels it: each says so and offers a new booking instead', async () => {
    const s = await sessionWithMessages();
    expect((await h.services.sessions.cancel(s.employee, { sessionId: s.sessionId, reason: 'Feeling better' })).ok).to.equal(true);
    await h.app.idle();
    for (const latest of expectNoneOffers(s.sessionId)) {
      expect(allText(latest)).to.include('has been cancelled');
      expect(actionsOn(latest, new Set(['book']))).to.include(actions.bookOpen);
    }
    expect(await h.services.context.store.sessionMessages.ofSession(s.sessionId), 'nothing left to update').to.deep.equal([]);
  });

  it('the therapist cancels it: the same', async () => {
    const s = await sessionWithMessages();
    expect((await h.services.sessions.cancel(therapist, { sessionId: s.sessionId, reason: 'I am unwell' })).ok).to.equal(true);
    await h.app.idle();
    for (const latest of expectNoneOffers(s.sessionId)) expect(allText(latest)).to.include('has been cancelled');
  });

  it('a confirmed request moves it: each now acts on the new session, and is updated again when that one is cancelled', async () => {
    const s = await sessionWithMessages();
    const moving = await request(s.employee, s.sessionId, earlySlot());
    const confirmed = await h.services.reschedule.confirm(therapist, { requestId: moving });
    if (!confirmed.ok) throw new Error(`confirm refused: ${confirmed.code}`);
    await h.app.idle();
    const moved = confirmed.session.id;
    for (const latest of expectNoneOffers(s.sessionId)) {
      expect(allText(latest)).to.include('your session has moved to');
      expect(actionsOn(latest, new Set([moved])), 'acts on the new session').to.include(actions.sessionCancel);
    }
    expect((await h.services.sessions.cancel(s.employee, { sessionId: moved, reason: 'Feeling better' })).ok).to.equal(true);
    await h.app.idle();
    const again = messagesOn(h.stub.calls, new Set([moved])).filter((m) => m.offered);
    expect(again.length, 'the moved messages').to.be.at.least(3);
    for (const m of again) expect(actionsOn(m.latest, new Set([moved])), `${m.key} still offers`).to.deep.equal([]);
  });

  it('the employee accepts a proposed time: each now acts on the new session', async () => {
    const s = await sessionWithMessages();
    const asked = await request(s.employee, s.sessionId, earlySlot());
    const proposal = await h.services.reschedule.propose(therapist, {
      requestId: asked,
      choice: { slotId: earlySlot() },
      note: 'This one?',
    });
    if (!proposal.ok) throw new Error(`proposal refused: ${proposal.code}`);
    const accepted = await h.services.reschedule.confirm(s.employee, { requestId: proposal.request.id });
    if (!accepted.ok) throw new Error(`accept refused: ${accepted.code}`);
    await h.app.idle();
    for (const latest of expectNoneOffers(s.sessionId)) {
      expect(actionsOn(latest, new Set([accepted.session.id])), 'acts on the new session').to.include(actions.sessionCancel);
    }
  });

  it('expire: the expired request offered Cancel session; a late cancellation then updates it', async () => {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(slotAt(late--)._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    await request(employee, booked.session.id, earlySlot());
    const was = h.now();
    h.setNow(new Date(booked.session.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
      const on = new Set([booked.session.id]);
      expect(messagesOn(h.stub.calls, on).filter((m) => actionsOn(m.latest, on).includes(actions.sessionCancel))).to.have.length(1);
      expect((await h.services.sessions.cancel(employee, { sessionId: booked.session.id, reason: 'Feeling better' })).ok).to.equal(true);
      await h.app.idle();
      const [latest] = expectNoneOffers(booked.session.id, 1);
      expect(allText(latest)).to.include('has been cancelled');
    } finally {
      h.setNow(was);
    }
  });
});
