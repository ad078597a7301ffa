// The retention purge reads a day of history once for every organisation due on it (a cold month costs its size per
// read, so reading it once per tenant made the hourly pass grow with the number of tenants), and still applies each
// organisation's own window: two tenants' reasons written on the same day, one window of 30 days, one of 365.
import { expect } from 'chai';
import { purgeExpiredText } from '../../src/services/data-protection/index.js';
import type { Actor } from '../../src/services/types.js';
import { recordQueries } from '../support/query-shapes.js';
import { findEverywhere } from '../support/archive.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

describe('services: retention across organisations', () => {
  let h: CoreHarness;
  let short: World;
  let long: World;

  beforeEach(async () => {
    h = await openCoreHarness('retention_tenants', new Date('2030-01-01T09:00:00Z'), { monitorCommands: true });
    const firstSlot = new Date('2030-01-10T10:00:00Z');
    short = await seedWorld(h.services, { orgId: 'acme', employees: 1, slotCount: 1, firstSlot });
    long = await seedWorld(h.services, { orgId: 'beta', employees: 1, slotCount: 1, firstSlot });
    expect((await h.services.admin.setPolicy('acme', { retentionDays: 30 })).ok).to.equal(true);
    for (const [world, reason] of [
      [short, 'QX-short-window reason'],
      [long, 'QX-long-window reason'],
    ] as const) {
      const employee = world.employees[0] as Actor;
      const booked = await h.services.sessions.book(employee, { slotId: String(world.slots[0]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      expect((await h.services.sessions.cancel(employee, { sessionId: booked.session.id, reason })).ok).to.equal(true);
    }
    await h.services.idle();
  });
  afterEach(() => h.close());

  const reasonOf = async (world: World) =>
    (await findEverywhere(h.db, 'sessions', { orgId: world.orgId })).map((s) => s.cancelReason as string | null);

  it("purges each organisation's text by its own window, with one update of each day's sessions for both", async () => {
    // 15 February: 10 January is past acme's 30 days, not beta's 365.
    h.setNow(new Date('2030-02-15T10:00:00Z'));
    const { shapes } = await recordQueries(h.db, async () => {
      for (let pass = 0; pass < 3; pass++) await purgeExpiredText(h.services.context);
    });
    expect(await reasonOf(short)).to.deep.equal([null]);
    expect(await reasonOf(long)).to.deep.equal(['QX-long-window reason']);
    const onDay = shapes.filter((s) => s.collection.startsWith('sessions') && s.filter.day === '2030-01-10');
    const sessionPurges = onDay.filter((s) => s.command === 'update');
    expect(sessionPurges.length, 'the purge reached the day').to.be.greaterThan(0);
    // One update per collection for the day, for every organisation due on it at once (after one read of each
    // collection to size the pass); none read or written document by document.
    expect(onDay.map((s) => s.command).sort()).to.deep.equal([...sessionPurges.map(() => 'find'), ...sessionPurges.map(() => 'update')]);
    expect(new Set(sessionPurges.map((s) => s.collection)).size).to.equal(sessionPurges.length);
    expect(shapes.filter((s) => s.collection.startsWith('sessions') && '_id' in s.filter && s.command === 'update')).to.deep.equal([]);
  });

  it('reads each day once, when all of it has passed the window: hourly passes after that read nothing again', async () => {
    // 10 January's session ends that day; acme's 30 days pass for all of it on 9 February, plus two days' margin.
    const sessionDays = async (at: string) => {
      h.setNow(new Date(at));
      const { shapes } = await recordQueries(h.db, () => purgeExpiredText(h.services.context));
      return shapes.filter((s) => s.collection.startsWith('sessions')).map((s) => s.filter.day);
    };
    expect(await sessionDays('2030-02-10T10:00:00Z'), 'not yet past the window with its margin').to.not.include('2030-01-10');
    expect(await reasonOf(short)).to.deep.equal(['QX-short-window reason']);
    expect(await sessionDays('2030-02-11T10:00:00Z')).to.include('2030-01-10');
    expect(await reasonOf(short)).to.deep.equal([null]);
    for (const hour of ['11:00', '12:00', '13:00']) {
      expect(await sessionDays(`2030-02-11T${hour}:00Z`), `the pass at ${hour} read 10 January again`).to.not.include('2030-01-10');
    }
    expect(await reasonOf(long)).to.deep.equal(['QX-long-window reason']);
  });

  it('purges a bounded number of documents a pass, whole organisation-days, and finishes the day in the next passes', async () => {
    expect((await h.services.admin.setPolicy('beta', { retentionDays: 30 })).ok).to.equal(true);
    h.setNow(new Date('2030-02-15T10:00:00Z'));
    // Each organisation's text: the cancellation's audit event (1 January) and the session's reason (10 January).
    const store = h.services.context.store;
    const held = await Promise.all(['2030-01-01', '2030-01-10'].map((day) => store.retention.textHeldOn(day, ['acme', 'beta'])));
    expect(held.map((byOrg) => [byOrg.get('acme'), byOrg.get('beta')])).to.deep.equal([
      [1, 1],
      [1, 1],
    ]);
    const mark = async (orgId: string) => (await store.sweepMarks.all()).get(`retention:${orgId}`) ?? '';
    // Day by day: room for two takes both organisations' 1 January; their 10 January waits, and so do their walks.
    const first = await purgeExpiredText(h.services.context, { days: 31, documents: 2 });
    expect(first.sessions + first.auditEvents + first.requests).to.equal(2);
    expect([await reasonOf(short), await reasonOf(long)]).to.deep.equal([['QX-short-window reason'], ['QX-long-window reason']]);
    expect([await mark('acme'), await mark('beta')].every((m) => m >= '2030-01-01' && m < '2030-01-10')).to.equal(true);
    // Room for one: acme's 10 January, whole; beta's waits for the pass after.
    await purgeExpiredText(h.services.context, { days: 31, documents: 1 });
    expect([await reasonOf(short), await reasonOf(long)]).to.deep.equal([[null], ['QX-long-window reason']]);
    expect((await mark('beta')) < '2030-01-10', 'beta not yet').to.equal(true);
    await purgeExpiredText(h.services.context, { days: 31, documents: 1 });
    expect(await reasonOf(long)).to.deep.equal([null]);
    expect([await mark('acme'), await mark('beta')].every((m) => m >= '2030-01-10')).to.equal(true);
    const again = await recordQueries(h.db, () => purgeExpiredText(h.services.context, { days: 31, documents: 1 }));
    expect(
      again.shapes.filter((q) => q.filter.day === '2030-01-10'),
      'nothing read again',
    ).to.deep.equal([]);
  });

  it('takes an organisation-day larger than a pass whole, so every pass makes progress', async () => {
    h.setNow(new Date('2030-02-15T10:00:00Z'));
    const store = h.services.context.store;
    expect((await store.retention.textHeldOn('2030-01-10', ['acme'])).get('acme')).to.equal(1);
    const pass = await purgeExpiredText(h.services.context, { days: 31, documents: 0 });
    expect(pass.sessions + pass.auditEvents).to.equal(1);
    expect(await purgeExpiredText(h.services.context, { days: 31, documents: 0 })).to.deep.include({ sessions: 1 });
    expect(await reasonOf(short)).to.deep.equal([null]);
  });

  it('purges in every sweep pass, not only the hourly one', async () => {
    h.setNow(new Date('2030-02-15T10:00:00Z'));
    await h.services.sweep();
    // Text that comes due within the hour (acme's window shortened) is purged by the next minute's pass.
    expect((await h.services.admin.setPolicy('beta', { retentionDays: 30 })).ok).to.equal(true);
    h.advance(61_000);
    expect((await h.services.sweep()).textPurged).to.be.greaterThan(0);
    expect(await reasonOf(long)).to.deep.equal([null]);
  });
});
