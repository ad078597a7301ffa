// Old cards on history the sweep moved to the cold collections (docs/design.md §6, "Hot and cold"): the therapist's
// Confirm on a request card in the thread, the employee's Cancel and Reschedule on an old session card. Each is
// answered, over Bot Framework activities to /api/messages, with a clear sentence that it is over; nothing changes.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { findEverywhere } from '../support/archive.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

describe('teams: old cards on archived sessions and requests', () => {
  let h: TeamsHarness;
  let sessionId = '';
  let request = { threadId: '', requestId: '' };

  before(async () => {
    h = await openTeamsHarness('teams_archived', { world: { slotCount: 4 } });
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'help', localTimezone: 'Europe/London' }));
    const employee = h.world.employees[0] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(booked.code);
    sessionId = booked.session.id;
    const asked = await h.services.reschedule.request(employee, {
      sessionId,
      choice: { slotId: String(h.world.slots[1]?._id) },
      reason: 'A clash',
    });
    if (!asked.ok) throw new Error(asked.code);
    await h.services.idle();
    await h.connector.waitFor(() =>
      h.connector.calls.some((c) => c.kind === 'send' && actionData(TeamsConnectorStub.card(c), 'request.confirm').length > 0),
    );
    const call = h.connector.calls.find((c) => c.kind === 'send' && actionData(TeamsConnectorStub.card(c), 'request.confirm').length > 0);
    request = { threadId: call?.conversationId ?? '', requestId: asked.request.id };
    expect((await h.services.reschedule.withdraw(employee, { requestId: asked.request.id })).ok).to.equal(true);
    await h.services.idle();
    // A quarter later the sweep (hourly passes) has moved January's history to its cold collections.
    h.setNow(new Date('2030-04-20T10:00:00Z'));
    for (let pass = 0; pass < 3; pass++) {
      h.setNow(new Date(h.now().getTime() + 3_660_000));
      await h.services.sweep();
      await h.services.idle();
    }
    expect((await findEverywhere(h.db, 'sessions'))[0]?.in).to.equal('sessions_2030_01');
    expect((await findEverywhere(h.db, 'reschedule_requests'))[0]?.in).to.equal('reschedule_requests_2030_01');
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const answered = (result: Awaited<ReturnType<TeamsHarness['post']>>) => JSON.stringify(result.body ?? result);
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown>, threadId?: string) =>
    h.post(
      cardInvoke({
        serviceUrl: h.serviceUrl,
        user,
        verb,
        data,
        ...(threadId ? { channelId: h.channelId, threadRootId: threadId.split('=')[1] } : {}),
      }),
    );

  it("refuses the therapist's Confirm on an archived request card as settled long ago, changing nothing", async () => {
    const before = await h.snapshot();
    const result = await invoke(h.therapist, 'request.confirm', { requestId: request.requestId }, request.threadId);
    expect(answered(result)).to.include(refusalText({ code: 'request_archived' }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);
  });

  it("refuses the employee's Cancel and Reschedule on an archived session card as over, changing nothing", async () => {
    const before = await h.snapshot();
    for (const verb of ['cancel.open', 'reschedule.open']) {
      const result = await invoke(h.employee(0), verb, { sessionId });
      expect(answered(result), verb).to.include(refusalText({ code: 'session_archived' }, 'employee', GB));
    }
    expect(await h.snapshot()).to.equal(before);
  });
});
