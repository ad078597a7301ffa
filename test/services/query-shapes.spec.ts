// Every read and write on a request path or in the sweep starts from an equality on a selective field (a key, the
// person's id, one day of history, a short-lived kind): the one filter FerretDB v1 answers before reading
// documents, and an index prefix on MongoDB (declared beside each schema in src/store/models.ts). The command
// monitor records every filter a full round of use cases sends, and each must match an anchor of its collection
// below: a filter that only has `$in`, `$or` or a range would read the whole collection, whose size is history.
import { expect } from 'chai';
import { actingAs } from '../../src/services/acting.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { coldCollectionOf } from '../../src/store/archive.js';
import { describeShape, equalityFields, recordQueries, type QueryShape } from '../support/query-shapes.js';

/**
 * The equalities a filter of each collection may start from. Each anchor is a set of fields that must all be
 * compared by equality; `kind` values name the short-lived claim kinds that may be read whole.
 */
const anchors: Record<string, { fields: string[]; values?: Record<string, string[]> }[]> = {
  claims: [
    { fields: ['_id'] },
    { fields: ['owner'] },
    { fields: ['employeeId'] },
    { fields: ['therapistId', 'kind'] },
    { fields: ['sessionId'] },
    { fields: ['made'] },
    { fields: ['kind', 'day'] },
    { fields: ['kind', 'month'] },
    // Retired a day after they settle, or live only while their request waits (docs/design.md §3.0).
    { fields: ['kind'], values: { kind: ['decision', 'version', 'pending', 'lease'] } },
  ],
  sessions: [
    { fields: ['_id'] },
    { fields: ['employeeId'] },
    { fields: ['therapistId'] },
    { fields: ['unitKey'] },
    { fields: ['orgId', 'month'] },
    { fields: ['orgId', 'day'] },
    { fields: ['day'] },
  ],
  reschedule_requests: [
    { fields: ['_id'] },
    { fields: ['sessionId'] },
    { fields: ['orgId', 'day'] },
    { fields: ['day'] },
    { fields: ['status'], values: { status: ['pending'] } },
  ],
  audit_events: [{ fields: ['_id'] }, { fields: ['subjectId'] }, { fields: ['orgId', 'day'] }, { fields: ['day'] }],
  markers: [{ fields: ['_id'] }, { fields: ['kind', 'day'] }, { fields: ['employeeId'] }, { fields: ['sessionId'] }],
  deliveries: [{ fields: ['_id'] }, { fields: ['day'] }],
  owed: [{ fields: ['_id'] }, { fields: ['changeId'] }],
  people: [{ fields: ['_id'] }, { fields: ['identityKey'] }, { fields: ['orgId'] }, { fields: ['therapistId'] }],
  // Extra-session recommendations (issue 19, §4): by id, the few pending ones, one organisation's day (retention).
  recommendations: [{ fields: ['_id'] }, { fields: ['status'], values: { status: ['pending'] } }, { fields: ['orgId', 'day'] }],
  // Requests to change therapist (issue 19, §6): by id, the employee's open one, the employee's, the few pending.
  therapist_changes: [
    { fields: ['_id'] },
    { fields: ['openKey'] },
    { fields: ['employeeId'] },
    { fields: ['status'], values: { status: ['pending'] } },
  ],
  slots: [{ fields: ['_id'] }, { fields: ['therapistId'] }],
  relay_threads: [{ fields: ['_id'] }, { fields: ['threadKey'] }, { fields: ['employeeId'] }],
  channel_links: [{ fields: ['_id'] }],
  sweep_marks: [{ fields: ['_id'] }],
  // Open offers are few and short-lived (one per client and therapist, open at most a week): the sweep's expiry.
  offers: [
    { fields: ['_id'] },
    { fields: ['employeeId'] },
    { fields: ['therapistId'] },
    { fields: ['status'], values: { status: ['open'] } },
  ],
  session_messages: [{ fields: ['_id'] }, { fields: ['sessionId'] }, { fields: ['employeeId'] }, { fields: ['day'] }],
};

/** Collections that may be read whole, with why: none of them grows with history. */
const readWhole: Record<string, string> = {
  organisations: 'the tenants, one document each: every policy is needed by the reminder and retention passes',
  sweep_marks: 'one document per kind of history the sweep walks',
  owed: 'only changes in flight: every entry is deleted once settled, so the sweep reads it by age',
};

/** A month's cold collection (`sessions_2030_01`) is read as its hot one is: the same anchors and indexes. */
const kindOf = (collection: string): string => coldCollectionOf(collection)?.kind ?? collection;

function anchored(shape: QueryShape): boolean {
  const equal = new Set(equalityFields(shape.filter));
  return (anchors[kindOf(shape.collection)] ?? []).some(
    (a) =>
      a.fields.every((f) => equal.has(f)) &&
      Object.entries(a.values ?? {}).every(([f, allowed]) => allowed.includes(String(shape.filter[f]))),
  );
}

describe('store: every query starts from a selective equality', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('query_shapes', new Date('2030-01-07T09:00:00Z'), { monitorCommands: true });
    world = await seedWorld(h.services, { employees: 2, slotCount: 8, slotEveryHours: 20, firstSlot: new Date('2030-01-09T10:00:00Z') });
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  /** As a platform runs a request: in the person's acting scope, after their whoIs. */
  const as = <T>(who: Actor, work: (actor: Actor) => Promise<T>): Promise<T> =>
    actingAs(who.identity, undefined, async () => work((await h.services.directory.whoIs(who.identity)) as Actor));
  const must = <T>(r: ({ ok: true } & T) | { ok: false; code?: string }): T => {
    if (!r.ok) throw new Error(`refused: ${r.code ?? 'unknown'}`);
    return r;
  };

  /** Every use case of the help article once, then the sweep passes that follow, with reminders and expiry due. */
  async function tour(): Promise<void> {
    const s = h.services;
    await as(employee(0), (e) => s.sessions.openSlots(e));
    await as(employee(0), (e) => s.sessions.overview(e));
    const booked = must(await as(employee(0), (e) => s.sessions.book(e, { slotId: slotId(0) })));
    await as(employee(1), (e) => s.sessions.book(e, { slotId: slotId(0) })); // taken: the clash path
    const other = must(await as(employee(1), (e) => s.sessions.book(e, { slotId: slotId(1) })));
    await as(employee(0), (e) => s.relay.fromEmployee(e, { text: 'hello', deliveryKey: 'shape-relay-1' }));
    await as(world.therapist, (t) => s.sessions.overview(t));
    const asked = must(
      await as(employee(0), (e) =>
        s.reschedule.request(e, { sessionId: booked.session.id, choice: { slotId: slotId(2) }, reason: 'A meeting moved' }),
      ),
    );
    const confirmed = must(await as(world.therapist, (t) => s.reschedule.confirm(t, { requestId: asked.request.id })));
    const again = must(
      await as(employee(0), (e) =>
        s.reschedule.request(e, { sessionId: confirmed.session.id, choice: { slotId: slotId(3) }, reason: 'Clash again' }),
      ),
    );
    must(await as(world.therapist, (t) => s.reschedule.decline(t, { requestId: again.request.id, note: 'Fully booked' })));
    const third = must(
      await as(employee(1), (e) =>
        s.reschedule.request(e, { sessionId: other.session.id, choice: { slotId: slotId(4) }, reason: 'Travel' }),
      ),
    );
    must(
      await as(world.therapist, (t) =>
        s.reschedule.propose(t, { requestId: third.request.id, choice: { slotId: slotId(5) }, note: 'How about' }),
      ),
    );
    // A therapist's offers: one booked, one replaced, and one left to expire in the sweep passes below.
    const offerOf = (slots: number[]) =>
      as(world.therapist, (t) =>
        s.offers.offer(t, { employeeId: employee(0).personId, times: slots.map((n) => ({ slotId: slotId(n) })), expiresInHours: 24 }),
      );
    const offered = must(await offerOf([6]));
    must(await as(employee(0), (e) => s.offers.book(e, { offerId: offered.offer.id, index: 0 })));
    must(await offerOf([7]));
    must(await offerOf([7]));
    must(await as(world.hr, (hr) => s.usage.report(hr, { month: '2030-01' })));
    must(await as(employee(0), (e) => s.sessions.cancel(e, { sessionId: confirmed.session.id, reason: 'Feeling better' })));
    expect((await s.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
    await s.idle();
    // The sweep: the first pass, a steady one, one with the proposal expired and reminders due, one once the
    // sessions are over (passed time released) and one past the retention window (text purged), each past the
    // minute's lease and the hour's.
    for (const ms of [61_000, 3_700_000, 40 * 3_600_000, 6 * 86_400_000, 40 * 86_400_000]) {
      h.advance(ms);
      await s.sweep();
      await s.idle();
    }
  }

  it('sends no filter that only a whole-collection read could answer', async () => {
    const { shapes } = await recordQueries(h.db, tour);
    const checked = shapes;
    expect(checked.length, 'the tour sends queries').to.be.greaterThan(100);
    const collections = new Set(checked.map((s) => s.collection));
    for (const c of [
      'claims',
      'sessions',
      'reschedule_requests',
      'audit_events',
      'deliveries',
      'owed',
      'people',
      'slots',
      'sweep_marks',
      'offers',
      'markers',
    ])
      expect([...collections], `the tour reaches ${c}`).to.include(c);
    // The archive walk and the readers of history reach the cold collections too, by the same anchors.
    for (const c of ['sessions_2030_01', 'reschedule_requests_2030_01', 'audit_events_2030_01'])
      expect([...collections], `the tour reaches ${c}`).to.include(c);
    const unanchored = [...new Set(checked.filter((s) => !anchored(s) && !(s.collection in readWhole)).map(describeShape))];
    expect(unanchored, 'filters without a selective equality').to.deep.equal([]);
    // Each cold collection was created with its hot collection's indexes before anything was copied into it.
    for (const cold of ['sessions_2030_01', 'reschedule_requests_2030_01', 'audit_events_2030_01']) await expectIndexed(cold);
  });

  it('holds the rule itself: a list of ids, a range or a whole kind of history is refused', () => {
    const refused: QueryShape[] = [
      { collection: 'claims', command: 'find', filter: { _id: { $in: ['a', 'b'] } } },
      { collection: 'claims', command: 'find', filter: { kind: 'busy' } },
      { collection: 'sessions', command: 'find', filter: { status: 'booked', start: { $gte: new Date() } } },
      { collection: 'audit_events', command: 'find', filter: { orgId: 'acme', at: { $lt: new Date() } } },
      { collection: 'deliveries', command: 'delete', filter: { createdAt: { $lt: new Date() } } },
      { collection: 'claims', command: 'delete', filter: { $or: [{ _id: 'a' }, { _id: 'b' }] } },
    ];
    for (const shape of refused) expect(anchored(shape), describeShape(shape)).to.equal(false);
    expect(anchored({ collection: 'claims', command: 'find', filter: { therapistId: 't', kind: 'busy', day: '2030-01-09' } })).to.equal(
      true,
    );
  });

  async function expectIndexed(collection: string): Promise<void> {
    const indexes = await h.db.connection.db!.collection(collection).indexes();
    const keys = indexes.map((i) => Object.keys(i.key));
    for (const anchor of anchors[kindOf(collection)] ?? []) {
      const covered = keys.some((k) => anchor.fields.every((f) => k.slice(0, anchor.fields.length).includes(f)));
      expect(covered, `${collection}: an index starting with ${anchor.fields.join(', ')}`).to.equal(true);
    }
  }

  it('declares an index for every anchor it allows (MongoDB answers each from an index prefix)', async () => {
    for (const collection of Object.keys(anchors)) await expectIndexed(collection);
  });
});
