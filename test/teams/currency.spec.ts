// Current after every change (issue 18, items 9-11), on Teams: after each decision on a reschedule request (confirm,
// decline, propose, accept, decline a proposal, withdraw, expire, and a cancellation of its session by either side),
// every card sent earlier that offered an action on that request is updated in place at the Connector stand-in
// (PUT of its activity) and offers no action on it any more; the employee's copy offers what they can do next.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { viewerKey } from '../../src/domain/types.js';
import { cardInvoke, channelMessage, personalMessage, teamInstall, teamsUser } from '../support/teams-activities.js';
import { answerCard } from '../support/teams-cards.js';
import { TeamsConnectorStub, type ConnectorCall } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

type Json = unknown;

/** The verbs of a card's actions (not its refresh) whose data names one of `ids`. */
function actionsOn(card: Json, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const data = obj.data as Record<string, unknown> | undefined;
      if (typeof obj.type === 'string' && obj.type.startsWith('Action.') && data && Object.values(data).some((v) => ids.has(String(v)))) {
        found.push(String(data.verb ?? obj.verb));
      }
      for (const [key, value] of Object.entries(obj)) if (key !== 'refresh' && key !== 'fallback') walk(value);
    }
  };
  walk(card);
  return found;
}

describe('teams: every card that offered an action is current after each decision', () => {
  let h: TeamsHarness;
  let therapist: Actor;
  let slot = 0;
  let who = 0;

  before(async () => {
    h = await openTeamsHarness('teams_currency', { world: { employees: 4, slotCount: 40, allowance: 30 } });
    therapist = h.world.therapist;
    // Each employee has opened their 1:1 chat with the bot (stores the conversation reference).
    for (const i of [0, 1, 2, 3]) await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text: 'help' }));
    // The therapist too: their user id (for the refresh of their thread's cards) is learnt from their 1:1 chat.
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.therapist, text: 'help' }));
  });
  after(async () => h?.close());

  const nextSlot = () => String(h.world.slots[slot++]?._id);

  async function requested(): Promise<{ employee: Actor; sessionId: string; requestId: string; start: Date }> {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: nextSlot() });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.connector.reset();
    const asked = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: nextSlot() },
      reason: 'A work trip came up',
    });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    await h.app.idle();
    return { employee, sessionId: booked.session.id, requestId: asked.request.id, start: booked.session.start };
  }

  async function proposed(): Promise<{ employee: Actor; sessionId: string; requestId: string; proposalId: string; start: Date }> {
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
   * Every card sent so far with an action on one of `ids` has been updated since and offers none now; each carries
   * a refresh for its reader, which answers with the card as it now stands (no answer left either).
   */
  async function expectAllCurrent(ids: string[]): Promise<ConnectorCall[]> {
    const latest = updatedAll(ids);
    const on = new Set(ids);
    for (const update of latest) {
      const card = TeamsConnectorStub.card(update) as {
        refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
      };
      const inChat = update.conversationId.startsWith('a:personal-');
      const aad = inChat ? update.conversationId.slice('a:personal-'.length) : h.therapist.aadObjectId;
      const viewer = inChat ? teamsUser(aad) : h.therapist;
      expect(card.refresh?.userIds, `refresh of ${update.conversationId}`).to.deep.equal([viewer.id]);
      const where = inChat ? {} : { channelId: h.channelId, threadRootId: update.conversationId.split('=')[1] };
      const answered = answerCard(
        await h.post(
          cardInvoke({
            serviceUrl: h.serviceUrl,
            user: viewer,
            verb: card.refresh?.action.verb ?? '',
            data: card.refresh?.action.data,
            ...where,
          }),
        ),
      );
      expect(actionsOn(answered, on), `refreshed ${update.conversationId}`).to.deep.equal([]);
      expect(JSON.stringify(answered)).to.not.include('"Withdraw request"').and.not.include('"Accept"');
    }
    return latest;
  }

  function updatedAll(ids: string[]): ConnectorCall[] {
    const on = new Set(ids);
    const offered = h.connector.calls.filter(
      (c) => (c.kind === 'send' || c.kind === 'create') && actionsOn(TeamsConnectorStub.card(c), on).length > 0,
    );
    expect(offered.length, 'cards that offered an action on the request').to.be.greaterThan(0);
    return offered.map((posted) => {
      const latest = h.connector
        .updates()
        .filter((u) => u.activityId === posted.newId)
        .at(-1);
      const what = `card ${String(posted.newId)} in ${posted.conversationId}: ${TeamsConnectorStub.textOf(posted).slice(0, 80)}`;
      expect(latest, `${what} was never updated`).to.not.equal(undefined);
      expect(actionsOn(TeamsConnectorStub.card(latest), on), `${what} still offers`).to.deep.equal([]);
      return latest as ConnectorCall;
    });
  }

  const personal = (latest: ConnectorCall[]) =>
    latest
      .filter((c) => c.conversationId.startsWith('a:personal-'))
      .map((c) => TeamsConnectorStub.textOf(c))
      .join('\n');

  it("a waiting request: the refresh of the employee's card answers with Withdraw, the therapist's with Confirm", async () => {
    const r = await requested();
    const on = new Set([r.requestId]);
    const employee = teamsUser(r.employee.identity.userId);
    const sent = h.connector.calls.filter(
      (c) => (c.kind === 'send' || c.kind === 'create') && actionsOn(TeamsConnectorStub.card(c), on).length > 0,
    );
    const mine = sent.find((c) => c.conversationId === `a:personal-${employee.aadObjectId}`);
    const refresh = (
      TeamsConnectorStub.card(mine) as { refresh: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] } }
    ).refresh;
    expect(refresh.userIds).to.deep.equal([employee.id]);
    const answered = answerCard(
      await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: employee, verb: refresh.action.verb, data: refresh.action.data })),
    );
    expect(actionsOn(answered, on)).to.deep.equal(['request.withdraw']);
    const thread = sent.find((c) => !c.conversationId.startsWith('a:personal-'));
    const theirs = (TeamsConnectorStub.card(thread) as { refresh: { action: { verb: string; data: Record<string, unknown> } } }).refresh;
    const inThread = { channelId: h.channelId, threadRootId: (thread?.conversationId ?? '').split('=')[1] };
    const forTherapist = answerCard(
      await h.post(
        cardInvoke({ serviceUrl: h.serviceUrl, user: h.therapist, verb: theirs.action.verb, data: theirs.action.data, ...inThread }),
      ),
    );
    expect(actionsOn(forTherapist, on)).to.include('request.confirm');
  });

  it('the sessions card refreshes for its reader: a request shown pending there is current once decided', async () => {
    const r = await requested();
    const employee = teamsUser(r.employee.identity.userId);
    const home = answerCard(await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: employee, verb: 'home' })));
    const refresh = (home as { refresh?: { action: { verb: string }; userIds: string[] } }).refresh;
    expect(refresh?.userIds).to.deep.equal([employee.id]);
    expect(actionsOn(home, new Set([r.requestId]))).to.include('request.withdraw');
    expect((await h.services.reschedule.confirm(therapist, { requestId: r.requestId })).ok).to.equal(true);
    const again = answerCard(await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: employee, verb: refresh?.action.verb ?? '' })));
    expect(actionsOn(again, new Set([r.requestId]))).to.deep.equal([]);
  });

  it('confirm', async () => {
    const r = await requested();
    expect((await h.services.reschedule.confirm(therapist, { requestId: r.requestId })).ok).to.equal(true);
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('Your reschedule request was confirmed');
  });

  it('decline: the employee is offered another time', async () => {
    const r = await requested();
    expect((await h.services.reschedule.decline(therapist, { requestId: r.requestId })).ok).to.equal(true);
    const latest = (await expectAllCurrent([r.requestId])).filter((c) => c.conversationId.startsWith('a:personal-'));
    expect(actionsOn(TeamsConnectorStub.card(latest[0]), new Set([r.sessionId]))).to.include('reschedule.open');
  });

  it('propose', async () => {
    const r = await proposed();
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('proposed another time');
  });

  it('accept', async () => {
    const r = await proposed();
    expect((await h.services.reschedule.confirm(r.employee, { requestId: r.proposalId })).ok).to.equal(true);
    expect(personal(await expectAllCurrent([r.requestId, r.proposalId]))).to.include('You accepted the proposed time');
  });

  it('decline a proposal', async () => {
    const r = await proposed();
    expect((await h.services.reschedule.decline(r.employee, { requestId: r.proposalId })).ok).to.equal(true);
    expect(personal(await expectAllCurrent([r.requestId, r.proposalId]))).to.include('You declined the proposed time');
  });

  /** A fresh session of the next employee that its therapist asked to move (issue 19 §1): waits for the employee. */
  async function movedByTherapist(): Promise<{ employee: Actor; sessionId: string; requestId: string; start: Date }> {
    const employee = h.world.employees[who++ % h.world.employees.length] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: nextSlot() });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.connector.reset();
    const asked = await h.services.reschedule.move(therapist, {
      sessionId: booked.session.id,
      choice: { slotId: nextSlot() },
      reason: 'A training came up',
    });
    if (!asked.ok) throw new Error(`move refused: ${asked.code}`);
    await h.app.idle();
    return { employee, sessionId: booked.session.id, requestId: asked.request.id, start: booked.session.start };
  }

  it("a therapist's move, accepted", async () => {
    const r = await movedByTherapist();
    expect((await h.services.reschedule.confirm(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('You accepted the new time');
  });

  it("a therapist's move, declined", async () => {
    const r = await movedByTherapist();
    expect((await h.services.reschedule.decline(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('You declined to move your session');
  });

  it("a therapist's move, expired at the client's cutoff", async () => {
    const r = await movedByTherapist();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('request to move your session has expired');
  });

  it('withdraw', async () => {
    const r = await requested();
    expect((await h.services.reschedule.withdraw(r.employee, { requestId: r.requestId })).ok).to.equal(true);
    await expectAllCurrent([r.requestId]);
  });

  it('expire', async () => {
    const r = await requested();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.expireDue()).to.be.at.least(1);
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('Your reschedule request expired');
  });

  it('a Confirm refused inside the window ends the request at once, everywhere', async () => {
    const r = await requested();
    const was = h.now();
    h.setNow(new Date(r.start.getTime() - 23 * 3_600_000));
    try {
      expect(await h.services.reschedule.confirm(therapist, { requestId: r.requestId })).to.deep.include({
        ok: false,
        code: 'inside_cutoff',
      });
      await h.app.idle();
    } finally {
      h.setNow(was);
    }
    expect(personal(await expectAllCurrent([r.requestId]))).to.include('Your reschedule request expired');
  });

  it('the employee cancels the session', async () => {
    const r = await requested();
    expect((await h.services.sessions.cancel(r.employee, { sessionId: r.sessionId, reason: 'Feeling better' })).ok).to.equal(true);
    await expectAllCurrent([r.requestId]);
  });

  it('the therapist cancels the session: the employee can book again', async () => {
    const r = await proposed();
    expect((await h.services.sessions.cancel(therapist, { sessionId: r.sessionId, reason: 'I am unwell' })).ok).to.equal(true);
    await expectAllCurrent([r.requestId, r.proposalId]);
    const told = h.connector.sent().find((c) => TeamsConnectorStub.textOf(c).includes('Session cancelled by your therapist'));
    expect(JSON.stringify(TeamsConnectorStub.card(told))).to.include('book.open');
  });
});

type Refresh = { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };

/** Every card's versions (sent or created, then each update of it), in order, by its activity id. */
function cardsOn(calls: ConnectorCall[], ids: ReadonlySet<string>): { id: string; latest: ConnectorCall; offered: boolean }[] {
  const versions = new Map<string, ConnectorCall[]>();
  for (const c of calls) {
    const id = c.kind === 'send' || c.kind === 'create' ? c.newId : c.kind === 'update' ? c.activityId : undefined;
    if (!id) continue;
    versions.set(String(id), [...(versions.get(String(id)) ?? []), c]);
  }
  return [...versions].map(([id, all]) => ({
    id,
    latest: all.at(-1) as ConnectorCall,
    offered: all.some((v) => actionsOn(TeamsConnectorStub.card(v), ids).length > 0),
  }));
}

describe('teams: every card that offered an action on a session is current after the session changes', () => {
  let h: TeamsHarness;
  let therapist: Actor;
  let early = 0;
  let late = 39;
  let who = 0;

  before(async () => {
    h = await openTeamsHarness('teams_currency_sessions', { world: { employees: 4, slotCount: 40, allowance: 30 } });
    therapist = h.world.therapist;
    for (const i of [0, 1, 2, 3]) await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text: 'help' }));
  });
  after(async () => h?.close());

  const slotAt = (i: number) => h.world.slots[i] as { _id: unknown; start: Date };
  const earlySlot = () => String(slotAt(early++)._id);

  async function request(employee: Actor, sessionId: string, slotId: string): Promise<string> {
    const asked = await h.services.reschedule.request(employee, { sessionId, choice: { slotId }, reason: 'A work trip came up' });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    return asked.request.id;
  }

  /** As on Slack: a declined request (its card and the "declined" notice) and a refused Confirm, each on the session. */
  async function sessionWithCards(): Promise<{ employee: Actor; sessionId: string }> {
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
    const on = new Set([sessionId]);
    const offering = cardsOn(h.connector.calls, on).filter((m) => actionsOn(TeamsConnectorStub.card(m.latest), on).length > 0);
    expect(offering.length, 'cards offering an action on the session before it changes').to.equal(3);
    // Before the change, each card's refresh answers with the session's actions still there.
    for (const m of offering) expect(actionsOn(await refreshed(m.latest, employee), on), `refresh of ${m.id}`).to.not.deep.equal([]);
    return { employee, sessionId };
  }

  /** The card the employee is shown when the card's refresh runs (Universal Actions, trigger automatic). */
  async function refreshed(version: ConnectorCall, employee: Actor): Promise<unknown> {
    const viewer = teamsUser(employee.identity.userId);
    const refresh = (TeamsConnectorStub.card(version) as { refresh?: Refresh }).refresh;
    expect(refresh?.userIds, `refresh of ${String(version.activityId ?? version.newId)}`).to.deep.equal([viewer.id]);
    return answerCard(
      await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: viewer, verb: refresh?.action.verb ?? '', data: refresh?.action.data })),
    );
  }

  /** Every card that offered an action on the session was updated at the Connector and offers none, nor does its refresh. */
  async function expectNoneOffers(sessionId: string, employee: Actor, atLeast = 3): Promise<ConnectorCall[]> {
    await h.app.idle();
    const on = new Set([sessionId]);
    const offered = cardsOn(h.connector.calls, on).filter((m) => m.offered);
    expect(offered.length, 'cards that offered an action on the session').to.be.at.least(atLeast);
    for (const m of offered) {
      expect(m.latest.kind, `card ${m.id} was updated`).to.equal('update');
      expect(actionsOn(TeamsConnectorStub.card(m.latest), on), `card ${m.id} still offers`).to.deep.equal([]);
      expect(actionsOn(await refreshed(m.latest, employee), on), `refresh of card ${m.id} still offers`).to.deep.equal([]);
    }
    return offered.map((m) => m.latest);
  }

  it('the employee cancels it: each card says so and offers a new booking', async () => {
    const s = await sessionWithCards();
    expect((await h.services.sessions.cancel(s.employee, { sessionId: s.sessionId, reason: 'Feeling better' })).ok).to.equal(true);
    for (const latest of await expectNoneOffers(s.sessionId, s.employee)) {
      expect(TeamsConnectorStub.textOf(latest)).to.include('has been cancelled');
      expect(JSON.stringify(TeamsConnectorStub.card(latest))).to.include('book.open');
    }
  });

  it('the therapist cancels it: the same', async () => {
    const s = await sessionWithCards();
    expect((await h.services.sessions.cancel(therapist, { sessionId: s.sessionId, reason: 'I am unwell' })).ok).to.equal(true);
    for (const latest of await expectNoneOffers(s.sessionId, s.employee))
      expect(TeamsConnectorStub.textOf(latest)).to.include('has been cancelled');
  });

  it('a confirmed request moves it: each card acts on the new session, and is current again once that one is cancelled', async () => {
    const s = await sessionWithCards();
    const moving = await request(s.employee, s.sessionId, earlySlot());
    const confirmed = await h.services.reschedule.confirm(therapist, { requestId: moving });
    if (!confirmed.ok) throw new Error(`confirm refused: ${confirmed.code}`);
    const moved = confirmed.session.id;
    for (const latest of await expectNoneOffers(s.sessionId, s.employee)) {
      expect(TeamsConnectorStub.textOf(latest)).to.include('your session has moved to');
      expect(actionsOn(TeamsConnectorStub.card(latest), new Set([moved]))).to.include('cancel.open');
    }
    expect((await h.services.sessions.cancel(s.employee, { sessionId: moved, reason: 'Feeling better' })).ok).to.equal(true);
    await expectNoneOffers(moved, s.employee);
  });

  it('the employee accepts a proposed time: each card acts on the new session', async () => {
    const s = await sessionWithCards();
    const asked = await request(s.employee, s.sessionId, earlySlot());
    const proposal = await h.services.reschedule.propose(therapist, {
      requestId: asked,
      choice: { slotId: earlySlot() },
      note: 'This one?',
    });
    if (!proposal.ok) throw new Error(`proposal refused: ${proposal.code}`);
    const accepted = await h.services.reschedule.confirm(s.employee, { requestId: proposal.request.id });
    if (!accepted.ok) throw new Error(`accept refused: ${accepted.code}`);
    for (const latest of await expectNoneOffers(s.sessionId, s.employee)) {
      expect(actionsOn(TeamsConnectorStub.card(latest), new Set([accepted.session.id]))).to.include('cancel.open');
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
      expect((await h.services.sessions.cancel(employee, { sessionId: booked.session.id, reason: 'Feeling better' })).ok).to.equal(true);
      const [latest] = await expectNoneOffers(booked.session.id, employee, 1);
      expect(TeamsConnectorStub.textOf(latest)).to.include('has been cancelled');
    } finally {
      h.setNow(was);
    }
  });
});

describe('teams: a therapist who never opened a 1:1 chat with the bot still gets a refresh on their thread cards', () => {
  let h: TeamsHarness;

  before(async () => {
    h = await openTeamsHarness('teams_viewer_learnt', { world: { employees: 1, slotCount: 6, allowance: 30 }, install: false });
    // Someone else (the HR admin) installed the app in the therapist's team.
    await h.post(teamInstall({ serviceUrl: h.serviceUrl, user: h.hr, channelId: h.channelId }));
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'help' }));
    expect(await h.db.models.Address.findById(viewerKey(h.world.therapist.identity)).lean()).to.equal(null);
  });
  after(async () => h?.close());

  const threadCards = () =>
    h.connector.calls.filter(
      (c) => (c.kind === 'send' || c.kind === 'create' || c.kind === 'update') && !c.conversationId.startsWith('a:personal-'),
    );
  const refreshOf = (c: ConnectorCall | undefined) => (TeamsConnectorStub.card(c) as { refresh?: Refresh } | undefined)?.refresh;

  it('learns their user id from their reply in the thread, and the next card there carries a refresh for them', async () => {
    const employee = h.world.employees[0] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    const first = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: String(h.world.slots[1]?._id) },
      reason: 'A work trip came up',
    });
    if (!first.ok) throw new Error(`request refused: ${first.code}`);
    await h.app.idle();
    const unknown = threadCards().filter((c) => actionsOn(TeamsConnectorStub.card(c), new Set([first.request.id])).length > 0);
    expect(unknown.length).to.be.greaterThan(0);
    expect(unknown.map(refreshOf), 'no user id known yet').to.deep.equal(unknown.map(() => undefined));
    const threadRootId = (unknown[0]?.conversationId ?? '').split('=')[1];
    await h.post(channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, threadRootId, text: 'Of course' }));
    expect((await h.services.reschedule.decline(h.world.therapist, { requestId: first.request.id })).ok).to.equal(true);
    await h.app.idle();
    const decided = h.connector
      .updates()
      .filter((u) => !u.conversationId.startsWith('a:personal-'))
      .at(-1);
    expect(refreshOf(decided)?.userIds).to.deep.equal([h.therapist.id]);
  });
});
