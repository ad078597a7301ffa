// `npm run admin -- stamp-history`: history written before it was bucketed by day (no `day`, no `made`, busy ticks
// without their therapist) is stamped so the sweep and the retention purge reach it by equality, and the claims an
// older version kept for passed time are released; live claims stay, and a second run changes nothing.
import { expect } from 'chai';
import { EXIT_OK } from '../../src/cli/commands.js';
import { openCliHarness, type CliHarness } from './harness.js';

describe('cli: stamp-history brings data written by an older version into the walked history', () => {
  let h: CliHarness;
  beforeEach(async () => {
    h = await openCliHarness('stamp_history');
  });
  afterEach(() => h.close());

  it('stamps days and claim fields, releases passed claims, keeps live ones, and is idempotent', async () => {
    const now = Date.now();
    const past = new Date(now - 40 * 86_400_000);
    const future = new Date(now + 5 * 86_400_000);
    const therapist = '0123456789abcdef01234567';
    const raw = h.db.connection.db!;
    await raw.collection('sessions').insertOne({ orgId: 'acme', start: past, end: past, month: '2020-01', status: 'booked' });
    await raw.collection('audit_events').insertOne({ _id: 'a1', orgId: 'acme', at: past } as never);
    await raw.collection('deliveries').insertOne({ _id: 'd1', createdAt: past } as never);
    await raw.collection('claims').insertMany([
      { _id: `busy:${therapist}:${past.toISOString()}`, kind: 'busy', owner: 'old', createdAt: past },
      { _id: `busy:${therapist}:${future.toISOString()}`, kind: 'busy', owner: 'old', createdAt: new Date(now) },
      { _id: 'unit:e1:2020-01:1', kind: 'unit', owner: 'old', employeeId: 'e1', month: '2020-01', createdAt: past },
      // Once-only markers an older version kept among the claims: they move to `markers`, kept as they were.
      { _id: 'attendance:s1', kind: 'attendance', owner: 'old', sessionId: 's1', data: { attendance: 'attended' }, createdAt: past },
      { _id: 'reminder:s2:cutoff', kind: 'reminder', owner: 'old', createdAt: new Date(now) },
    ] as never[]);

    expect(await h.run('stamp-history')).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.match(
      /Stamped 1 sessions, 0 requests, 1 audit events, 1 delivery keys and 5 claims; moved 2 once-only markers out of claims; released 2 claims/,
    );
    const day = past.toISOString().slice(0, 10);
    expect(await raw.collection('sessions').findOne({ day }), 'session stamped with its day').to.not.equal(null);
    expect(await raw.collection('audit_events').findOne({ _id: 'a1', day } as never)).to.not.equal(null);
    expect(await raw.collection('deliveries').findOne({ _id: 'd1', day } as never)).to.not.equal(null);
    const left = await raw.collection('claims').find({}).toArray();
    expect(left.map((c) => c._id)).to.deep.equal([`busy:${therapist}:${future.toISOString()}`]);
    expect(left[0]).to.include({ therapistId: therapist, day: future.toISOString().slice(0, 10) });
    const markers = await raw.collection('markers').find({}).sort({ _id: 1 }).toArray();
    expect(markers.map((m) => m._id)).to.deep.equal(['attendance:s1', 'reminder:s2:cutoff']);
    expect(markers[0]).to.deep.include({ kind: 'attendance', data: { attendance: 'attended' } });
    expect(markers[1]).to.include({ day: new Date(now).toISOString().slice(0, 10) });
    // The live tick is now found as the slot lists find it: by its therapist and day.
    expect(await h.services.context.store.claims.busyAmong([String(left[0]?._id)])).to.have.length(1);

    expect(await h.run('stamp-history')).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.match(
      /Stamped 0 sessions, 0 requests, 0 audit events, 0 delivery keys and 0 claims; moved 0 once-only markers out of claims; released 0 claims/,
    );
  });
});
