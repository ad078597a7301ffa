import { expect } from 'chai';
import { DateTime } from 'luxon';
import { createLogger } from '../../src/log.js';
import { liveClaims } from '../../src/services/reservations/index.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import { connectDatabase, type Database } from '../../src/store/connection.js';
import { createStore } from '../../src/store/index.js';
import type { ClaimDoc } from '../../src/store/models.js';
import { CrashInjector } from '../support/crash-injector.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { serverUri } from '../support/db.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { mulberry32 } from '../support/json-fuzz.js';

// Two instances of the app on one database take a mixed burst of everything people do, truly at once (a
// confirmation is double-clicked across the two), while instance A is killed mid-burst; A comes back new, the
// sweep runs, and an audit of the database and of what was sent checks every promise. CHAOS_ROUNDS and
// CHAOS_SEED (`npm run soak` runs many rounds) make it longer or replay one.
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 8);
const SEED = Number(process.env.CHAOS_SEED ?? 20261204);
const OPS_PER_ROUND = Number(process.env.CHAOS_OPS ?? 36);
const ALLOWANCE = 2;

interface Instance {
  services: CoreServices;
  crash: CrashInjector;
}

describe('services: chaos (two instances, one killed mid-burst, then the sweep)', function () {
  this.timeout(600_000);
  let h: CoreHarness;
  let second: Database;
  let world: World;
  const random = mulberry32(SEED);
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];
  const stats = { ops: 0, done: 0, refused: 0, failed: 0, kills: 0, finishedBySweep: 0, duplicateNotices: 0 };

  /** A new instance over its own connection and store (as after a restart: nothing remembered). */
  function instance(db: Database): Instance {
    const store = createStore(db);
    const crash = new CrashInjector(store);
    const services = createServices({
      store,
      notifier: h.notifier,
      log: createLogger('silent'),
      clock: () => h.now(),
      claimGraceMs: GRACE_MS,
    });
    return { services, crash };
  }

  before(async () => {
    h = await openCoreHarness('chaos');
    second = await connectDatabase(await serverUri(), h.db.connection.name);
    world = await seedWorld(h.services, { employees: 6, slotCount: 0, allowance: ALLOWANCE });
    // Slots on three January days: 50 minutes every hour, so custom times can overlap booked ones.
    for (const day of ['2030-01-14', '2030-01-15', '2030-01-16']) {
      const added = await h.services.availability.add(world.therapist, { date: day, time: '09:00', durationMinutes: 50, weeks: 1 });
      if (!added.ok) throw new Error(added.code);
      for (const time of ['10:00', '11:00', '12:00', '14:00', '15:00']) {
        const more = await h.services.availability.add(world.therapist, { date: day, time, durationMinutes: 50, weeks: 1 });
        if (!more.ok) throw new Error(more.code);
      }
    }
  });
  after(async () => {
    process.stdout.write(`      chaos: ${JSON.stringify({ seed: SEED, rounds: ROUNDS, ...stats })}\n`);
    await second.close();
    await h.close();
  });

  const employees = () => world.employees as Actor[];
  const dms: { who: Actor; key: string }[] = [];
  const employeeById = (id: string) => employees().find((e) => e.personId === id) as Actor;

  /** One operation of the burst, chosen from the state as it was when the burst began. */
  async function burstOps(a: Instance, b: Instance): Promise<(() => Promise<unknown>)[]> {
    const [slots, sessions, requests] = await Promise.all([
      h.db.models.Slot.find({}).lean(),
      h.db.models.Session.find({ status: 'booked' }).lean(),
      h.db.models.RescheduleRequest.find({ status: 'pending' }).lean(),
    ]);
    const either = () => (random() < 0.5 ? a : b).services;
    const ops: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < OPS_PER_ROUND; i++) {
      const roll = random();
      const session = pick(sessions);
      const request = pick(requests);
      const slot = pick(slots);
      const s = either();
      if (roll < 0.25 && slot) {
        const who = pick(employees()) as Actor;
        ops.push(() => s.sessions.book(who, { slotId: String(slot._id) }));
      } else if (roll < 0.4 && session && slot) {
        const custom = random() < 0.3;
        const at = DateTime.fromJSDate(slot.start, { zone: 'Europe/London' }).plus({ minutes: custom ? 20 : 0 });
        const choice = custom ? { date: at.toFormat('yyyy-MM-dd'), time: at.toFormat('HH:mm') } : { slotId: String(slot._id) };
        ops.push(() => s.sessions.overview(employeeById(String(session.employeeId))));
        ops.push(() =>
          s.reschedule.request(employeeById(String(session.employeeId)), { sessionId: String(session._id), choice, reason: 'Chaos' }),
        );
      } else if (roll < 0.55 && request) {
        // A double click: the same confirmation on both instances at once.
        const who = request.awaiting === 'therapist' ? world.therapist : employeeById(String(request.employeeId));
        ops.push(() => a.services.reschedule.confirm(who, { requestId: String(request._id) }));
        ops.push(() => b.services.reschedule.confirm(who, { requestId: String(request._id) }));
      } else if (roll < 0.6 && request) {
        const who = request.awaiting === 'therapist' ? world.therapist : employeeById(String(request.employeeId));
        ops.push(() => s.reschedule.decline(who, { requestId: String(request._id), note: 'Not then' }));
      } else if (roll < 0.67 && request && slot && request.awaiting === 'therapist') {
        ops.push(() =>
          s.reschedule.propose(world.therapist, {
            requestId: String(request._id),
            choice: { slotId: String(slot._id) },
            note: 'How about this?',
          }),
        );
      } else if (roll < 0.73 && request && request.awaiting === 'therapist') {
        ops.push(() => s.reschedule.withdraw(employeeById(String(request.employeeId)), { requestId: String(request._id) }));
      } else if (roll < 0.87 && session) {
        const byTherapist = random() < 0.3;
        const who = byTherapist ? world.therapist : employeeById(String(session.employeeId));
        ops.push(() => s.sessions.cancel(who, { sessionId: String(session._id), reason: 'Chaos' }));
      } else {
        // A DM delivered to both instances (a platform retry landing on the other one).
        const who = pick(employees()) as Actor;
        const key = `chaos-dm-${stats.ops}-${i}`;
        dms.push({ who, key });
        ops.push(() => a.services.relay.fromEmployee(who, { text: key, deliveryKey: key }));
        ops.push(() => b.services.relay.fromEmployee(who, { text: key, deliveryKey: key }));
      }
    }
    return ops;
  }

  async function runRound(round: number): Promise<void> {
    const a = instance(h.db);
    const b = instance(second);
    const ops = await burstOps(a, b);
    const killAfterMs = 10 + Math.floor(random() * 150);
    const killer = setTimeout(() => {
      a.crash.kill();
      stats.kills++;
    }, killAfterMs);
    const results = await Promise.allSettled(ops.map((op) => op()));
    clearTimeout(killer);
    await Promise.allSettled([a.services.idle(), b.services.idle()]);
    stats.ops += ops.length;
    stats.failed += results.filter((r) => r.status === 'rejected').length;
    stats.refused += results.filter((r) => r.status === 'fulfilled' && (r.value as { ok?: boolean }).ok === false).length;
    stats.done += results.filter((r) => r.status === 'fulfilled' && (r.value as { ok?: boolean }).ok !== false).length;
    // A comes back as a new process; the sweep finishes what the dead calls left, once their grace has passed.
    const back = instance(h.db);
    h.advance(GRACE_MS + 60_001);
    // Slack delivers again what was not answered 200 (the dead instance's, and those in flight on it): every DM
    // of the round once more, after the dead taker's claim has gone stale.
    await Promise.all(dms.map((dm) => b.services.relay.fromEmployee(dm.who, { text: dm.key, deliveryKey: dm.key })));
    const first = await back.services.sweep();
    await back.services.idle();
    h.advance(60_001);
    const again = await b.services.sweep();
    for (const r of [first, again]) stats.finishedBySweep += r.rolledForward + r.owedSettled;
    await b.services.idle();
    await audit(`round ${round}`);
  }

  async function audit(label: string): Promise<void> {
    const sessions = await h.db.models.Session.find({}).lean();
    const counted = sessions.filter((s) => s.status === 'booked' || s.status === 'late_cancelled');
    // No overlapping live sessions.
    const live = sessions.filter((s) => s.status === 'booked').sort((x, y) => x.start.getTime() - y.start.getTime());
    for (let i = 1; i < live.length; i++) {
      expect(live[i]!.start.getTime(), `${label}: live sessions overlap`).to.be.at.least(live[i - 1]!.end.getTime());
    }
    // No month over its allowance, no unit shared.
    const perMonth = new Map<string, number>();
    for (const s of counted)
      perMonth.set(`${String(s.employeeId)}:${s.month}`, (perMonth.get(`${String(s.employeeId)}:${s.month}`) ?? 0) + 1);
    for (const [key, n] of perMonth) expect(n, `${label}: ${key} over its allowance`).to.be.at.most(ALLOWANCE);
    expect(new Set(counted.map((s) => s.unitKey)).size, `${label}: a unit counted twice`).to.equal(counted.length);
    // Exactly one audit event per change (their ids are the change's), and nothing still owed.
    const audited = new Set((await h.db.models.AuditEvent.find({}, { _id: 1 }).lean()).map((e) => String(e._id)));
    for (const s of sessions.filter((x) => !x.replaces))
      expect(audited.has(`booked:${String(s._id)}`), `${label}: booking not audited`).to.equal(true);
    for (const s of sessions.filter((x) => x.status === 'cancelled' || x.status === 'late_cancelled')) {
      expect(audited.has(`version:${String(s._id)}:${s.version}`), `${label}: cancellation not audited`).to.equal(true);
    }
    const decided = await h.db.models.RescheduleRequest.find({ status: { $ne: 'pending' } }).lean();
    for (const r of decided) expect(audited.has(`decision:${String(r._id)}`), `${label}: ${r.status} request not audited`).to.equal(true);
    expect(await h.db.models.Owed.countDocuments(), `${label}: notices still owed after the sweep`).to.equal(0);
    // Every owed notice was sent (to both sides), duplicates counted.
    const sent = h.notifier.sent;
    const told = new Map<string, number>();
    for (const x of sent) {
      const n = x.notice as { kind: string; session?: { id: string } };
      if (n.session && ['session_booked', 'session_cancelled', 'session_rescheduled'].includes(n.kind)) {
        const key = `${n.kind}:${n.session.id}:${x.op}`;
        told.set(key, (told.get(key) ?? 0) + 1);
      }
    }
    for (const s of sessions.filter((x) => !x.replaces)) {
      for (const op of ['person', 'thread'])
        expect(told.get(`session_booked:${String(s._id)}:${op}`), `${label}: booking not told (${op})`).to.be.at.least(1);
    }
    for (const s of sessions.filter((x) => x.replaces)) {
      for (const op of ['person', 'thread'])
        expect(told.get(`session_rescheduled:${String(s._id)}:${op}`), `${label}: move not told (${op})`).to.be.at.least(1);
    }
    stats.duplicateNotices = [...told.values()].reduce((n, v) => n + Math.max(0, v - 1), 0);
    // Every pending request holds its marker and its time.
    const pending = await h.db.models.RescheduleRequest.find({ status: 'pending' }).lean();
    for (const r of pending) {
      const marker = await h.db.models.Claim.findById(`pending:${String(r.sessionId)}`).lean();
      expect(marker?.requestId, `${label}: a pending request without its marker`).to.equal(String(r._id));
      expect(
        await h.db.models.Claim.countDocuments({ kind: 'busy', requestId: String(r._id) }),
        `${label}: a pending request holds no time`,
      ).to.be.greaterThan(0);
    }
    // No dead claim after the sweep.
    const claims = await h.db.models.Claim.find({ kind: { $in: ['busy', 'unit', 'pending'] } }).lean<ClaimDoc[]>();
    const alive = await liveClaims(h.services.context, claims);
    const dead = claims.filter((c) => !alive.has(c._id)).map((c) => c._id);
    expect(dead, `${label}: dead claims after the sweep: ${dead.join(' ')}`).to.deep.equal([]);
    // DMs: never relayed twice.
    const relayed = new Map<string, number>();
    for (const x of sent) {
      const n = x.notice as { kind: string; text?: string };
      if (n.kind === 'relay' && n.text?.startsWith('chaos-dm-')) relayed.set(n.text, (relayed.get(n.text) ?? 0) + 1);
    }
    for (const [key, n] of relayed) expect(n, `${label}: ${key} relayed twice`).to.equal(1);
    const lost = dms.filter((dm) => !relayed.has(dm.key)).map((dm) => dm.key);
    expect(lost, `${label}: DMs lost`).to.deep.equal([]);
  }

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round} of ${ROUNDS}: every promise holds afterwards`, async () => runRound(round));
  }

  it('the burst did real work: most calls went through, some were refused, and A was killed', () => {
    expect(stats.kills).to.equal(ROUNDS);
    expect(stats.ops).to.be.greaterThan(ROUNDS * OPS_PER_ROUND * 0.9);
    expect(stats.refused).to.be.greaterThan(0);
    expect(stats.done).to.be.greaterThan(stats.ops / 4);
  });
});
