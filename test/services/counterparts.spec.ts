// The other party of a change is read once and then used for a short while (src/store/people.ts): what that
// saves in round trips, and where it must not be used — a change made through this process counts at once, one
// made by another process (the admin CLI) within the cache time, and the actor's own record is never older than
// their request.
import { MEMORY_LIFETIMES_MS, ShortMemory } from '../../src/store/memory.js';
import { expect } from 'chai';
import type { CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import type { Database } from '../../src/store/connection.js';
import { DirectoryRepository } from '../../src/store/people.js';
import { countCommands } from '../support/command-counter.js';
import { openCoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

describe('services: the other party, read once for a short while', () => {
  let db: Database;
  let services: CoreServices;
  let world: World;

  beforeEach(async () => {
    ({ db, services } = await openCoreHarness('counterparts', undefined, { monitorCommands: true }));
    world = await seedWorld(services, { employees: 1, slotCount: 3 });
  });
  afterEach(() => db.close());

  const therapistId = () => world.therapistDoc._id;

  it('reads a person once, then serves them without a round trip until they change through this process', async () => {
    const directory = services.context.store.directory;
    const first = await countCommands(db, () => directory.counterpartsOf([therapistId()]));
    expect(first.count.total).to.equal(1);
    const again = await countCommands(db, () => directory.counterpartsOf([therapistId()]));
    expect(again.count.total).to.equal(0);
    expect(again.result[0]?.displayName).to.equal(world.therapistDoc.displayName);
    // A setting the therapist changes (through another repository of the same store) is seen at once.
    await services.context.store.therapistSettings.setMeetingLink(therapistId(), 'https://meet.example.com/room');
    const changed = await countCommands(db, () => directory.counterpartsOf([therapistId()]));
    expect(changed.count.total).to.equal(1);
    expect(changed.result[0]?.meetingLink).to.equal('https://meet.example.com/room');
  });

  it('a change made by another process is seen once the cache time has passed', async () => {
    const directory = new DirectoryRepository(db.models, new ShortMemory({ ...MEMORY_LIFETIMES_MS, counterpart: 50 }));
    await directory.counterpartsOf([therapistId()]);
    await db.models.Person.updateOne({ _id: therapistId() }, { $set: { displayName: 'Dr Renamed' } });
    expect((await directory.counterpartsOf([therapistId()]))[0]?.displayName).to.equal(world.therapistDoc.displayName);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await directory.counterpartsOf([therapistId()]))[0]?.displayName).to.equal('Dr Renamed');
  });

  it("the actor's own record as read for their request is not used once they changed: a new allowance counts at once", async () => {
    const actor = (await services.directory.whoIs((world.employees[0] as Actor).identity)) as Actor;
    await services.admin.setAllowance(actor.identity, 1);
    expect((await services.sessions.book(actor, { slotId: String(world.slots[0]?._id) })).ok).to.equal(true);
    expect(await services.sessions.book(actor, { slotId: String(world.slots[1]?._id) })).to.deep.include({ code: 'allowance_exhausted' });
  });
});
