import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { AfterAnswerQueue } from '../../src/services/after-answer.js';
import { createServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import { EventNotTakenError, oncePerEvent } from '../../src/slack/deliveries.js';
import type { SlackDeps } from '../../src/slack/context.js';
import { createStore } from '../../src/store/index.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase } from '../support/db.js';
import { seedWorld } from '../support/fixtures.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

// Backpressure: a full after-answer queue sheds the notices of a change (they stay owed and the sweep sends them)
// and the Slack surface stops taking new events (Slack delivers them again), so a burst never fills memory.
describe('services: a full after-answer queue', () => {
  let db: Database;
  afterEach(() => db.close());

  it("sheds a change's notices, which stay owed until the sweep sends them once", async () => {
    db = await openTestDatabase('backpressure');
    const notifier = new RecordingNotifier();
    let now = new Date('2030-01-07T10:00:00Z');
    const queue = new AfterAnswerQueue(1, 0); // always at its bound
    const services = createServices({
      store: createStore(db),
      notifier,
      log: createLogger('silent'),
      clock: () => now,
      noticeWaitMs: 0,
      afterAnswer: queue,
    });
    const world = await seedWorld(services, { employees: 1, slotCount: 1 });
    const booked = await services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
    expect(booked.ok).to.equal(true);
    await services.idle();
    expect(queue.shed).to.be.greaterThan(0);
    expect(notifier.kinds().filter((k) => k === 'session_booked')).to.have.length(0);
    expect(await db.models.Owed.countDocuments()).to.be.greaterThan(0);
    now = new Date(now.getTime() + 120_000);
    await services.sweep();
    await services.idle();
    expect(notifier.kinds().filter((k) => k === 'session_booked')).to.have.length(2);
    expect(await db.models.Owed.countDocuments()).to.equal(0);
  });

  it('turns a new Slack event away while the queue is at its bound (503: Slack brings it again)', async () => {
    db = await openTestDatabase('backpressure_events');
    let taken = false;
    const deps = {
      overloaded: () => true,
      services: { deliveries: { take: async () => ((taken = true), 'taken' as const) } },
    } as unknown as SlackDeps;
    const attempt = oncePerEvent(
      deps,
      'direct-message',
      'Ev1',
      async () => undefined,
      async () => undefined,
    );
    await attempt.then(
      () => expect.fail('the event was taken'),
      (err: unknown) => expect(err).to.be.instanceOf(EventNotTakenError),
    );
    expect(taken, 'no delivery claim is made for an event turned away').to.equal(false);
  });
});
