// Store benchmark (issue 2, item 10): the core use cases through the real services on the real database.
//
// 1. Booking cycles: N concurrent clients (employees, each with slots of their own so nobody is refused) run
//    book -> cancel -> book -> request reschedule -> therapist confirms -> cancel, in rounds: every client
//    does step k at the same time, so each operation's throughput is its count over the wall time of its
//    phases. Beside each: the same number of plain driver insertOne calls at the same concurrency.
// 2. The HR usage report over 100 000 sessions of one month (2 000 employees in 10 departments), beside a
//    plain driver find of the same 100 000 documents.
//
// Every part gets a fresh database on MONGODB_URI, dropped afterwards. Loopback only, bounded loops.
//   MONGODB_URI=mongodb://127.0.0.1:27018/ node --import tsx bench/store.ts
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { Types } from 'mongoose';
import { SilentNotifier } from '../src/cli/silent-notifier.js';
import { monthOf } from '../src/domain/time.js';
import { identityKey, type PlatformIdentity } from '../src/domain/types.js';
import { createLogger } from '../src/log.js';
import { createServices, type CoreServices } from '../src/services/index.js';
import type { Actor, UsageReport } from '../src/services/types.js';
import { actorOf } from '../src/services/views.js';
import { connectDatabase, type Database } from '../src/store/connection.js';
import { createStore } from '../src/store/index.js';
import type { SessionDoc } from '../src/store/models.js';
import { addTiming, benchRow, emptyTiming, formatTable, runClients, timed, type BenchRow, type Timing } from './support.js';

export interface StoreBenchOptions {
  uri?: string;
  /** Concurrent clients of the booking-cycle bench, one run each. */
  concurrencies?: number[];
  /** Cycles per client. */
  cycles?: number;
  /** Sessions for the usage report bench. */
  sessions?: number;
  employees?: number;
  /** Timed runs of the report and of its baseline. */
  reportRuns?: number;
  log?: (line: string) => void;
}

const ZONE = 'Europe/London';
const CLIENTS_PER_THERAPIST = 8;
const HOUR = 3_600_000;

function requireUri(uri: string | undefined): string {
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: the benchmark needs a MongoDB-protocol server, e.g. MONGODB_URI=mongodb://127.0.0.1:27018/ npm run bench',
    );
  return uri;
}

/** Opens a fresh database for one part of the benchmark; its `close` drops it. */
export type DatabaseFactory = (label: string) => Promise<Database>;

export function databasesOn(uri: string): DatabaseFactory {
  return async (label) => {
    const db = await connectDatabase(uri, `bench_${label}_${randomBytes(3).toString('hex')}`);
    return {
      ...db,
      close: async () => {
        await db.connection.dropDatabase();
        await db.close();
      },
    };
  };
}

async function freshDatabase(
  open: DatabaseFactory,
  label: string,
): Promise<{ db: Database; services: CoreServices; drop(): Promise<void> }> {
  const db = await open(label);
  const services = createServices({ store: createStore(db), notifier: new SilentNotifier(), log: createLogger('silent') });
  return { db, services, drop: () => db.close() };
}

function must<T>(what: string, r: ({ ok: true } & T) | { ok: false; error?: string; code?: string }): T {
  if (!r.ok) throw new Error(`bench setup: ${what} refused: ${r.error ?? r.code}`);
  return r;
}

/** Plain driver inserts of session-sized documents: the floor for one write round trip. */
async function driverInserts(db: Database, concurrency: number, perClient: number): Promise<Timing> {
  const collection = db.connection.db?.collection('bench_baseline');
  if (!collection) throw new Error('no database handle');
  return runClients(concurrency, perClient, async (client, i) => {
    await collection.insertOne({
      orgId: 'bench',
      employeeId: new Types.ObjectId(),
      therapistId: new Types.ObjectId(),
      start: new Date(Date.now() + (client * 1000 + i) * HOUR),
      end: new Date(Date.now() + (client * 1000 + i) * HOUR + 50 * 60_000),
      month: '2030-01',
      status: 'booked',
      version: 0,
      slotKey: `slot:${client}:${i}`,
      unitKey: `unit:${client}:${i}`,
      createdAt: new Date(),
    });
  });
}

export async function runCycleBench(open: DatabaseFactory, concurrency: number, cycles: number): Promise<BenchRow[]> {
  const { db, services, drop } = await freshDatabase(open, `cycles_c${concurrency}`);
  try {
    must('organisation', await services.admin.createOrganisation({ id: 'bench', name: 'Bench Ltd', zone: ZONE, defaultAllowance: 8 }));
    const therapistCount = Math.ceil(concurrency / CLIENTS_PER_THERAPIST);
    const therapists: Actor[] = [];
    for (let t = 0; t < therapistCount; t++) {
      const identity: PlatformIdentity = { platform: 'slack', workspaceId: 'T0BENCH', userId: `UTHER${t}` };
      const { person } = must(
        'therapist',
        await services.admin.addPerson({ orgId: 'bench', displayName: `Therapist ${t}`, role: 'therapist', zone: ZONE, identity }),
      );
      must('link', await services.admin.linkChannel(identity, { platform: 'slack', workspaceId: 'T0BENCH', channelId: `CTHER${t}` }));
      therapists.push(actorOf(person));
    }
    const employees: Actor[] = [];
    for (let k = 0; k < concurrency; k++) {
      const t = Math.floor(k / CLIENTS_PER_THERAPIST);
      const { person } = must(
        'employee',
        await services.admin.addPerson({
          orgId: 'bench',
          displayName: `Employee ${k}`,
          role: 'employee',
          zone: ZONE,
          department: `Dept ${k % 4}`,
          identity: { platform: 'slack', workspaceId: 'T0BENCH', userId: `UEMP${k}` },
          therapist: { platform: 'slack', workspaceId: 'T0BENCH', userId: `UTHER${t}` },
        }),
      );
      employees.push(actorOf(person));
    }
    // Three slots per client and cycle, hourly from three days out (well outside the 24 h cutoff), disjoint
    // between clients: every operation is expected to succeed, so the figures are of successful work.
    const base = DateTime.now().plus({ days: 3 }).startOf('hour').toMillis();
    const slotIds: string[][][] = employees.map(() => []);
    for (let t = 0; t < therapistCount; t++) {
      const therapistId = new Types.ObjectId(therapists[t]?.personId);
      const docs = [];
      for (let j = 0; j < CLIENTS_PER_THERAPIST; j++) {
        for (let i = 0; i < cycles; i++) {
          for (let r = 0; r < 3; r++) {
            const start = new Date(base + ((i * CLIENTS_PER_THERAPIST + j) * 3 + r) * HOUR);
            docs.push({
              therapistId,
              start,
              end: new Date(start.getTime() + 50 * 60_000),
              source: 'availability' as const,
              createdAt: new Date(),
            });
          }
        }
      }
      const inserted = await services.context.store.sessions.insertSlots(docs);
      inserted.forEach((slot, n) => {
        const j = Math.floor(n / (cycles * 3));
        const i = Math.floor((n % (cycles * 3)) / 3);
        const k = t * CLIENTS_PER_THERAPIST + j;
        if (k < concurrency) ((slotIds[k] ??= [])[i] ??= []).push(String(slot._id));
      });
    }

    const therapistOf = (k: number) => therapists[Math.floor(k / CLIENTS_PER_THERAPIST)] as Actor;
    const employee = (k: number) => employees[k] as Actor;
    const slot = (k: number, i: number, r: number) => slotIds[k]?.[i]?.[r] ?? '';
    const sessionOf: string[] = [];
    const requestOf: string[] = [];
    const fail = (what: string, r: { ok: boolean; code?: string }) => {
      if (!r.ok) throw new Error(`${what}: ${r.code}`);
    };
    const book = (r: number) => async (k: number, i: number) => {
      const res = await services.sessions.book(employee(k), { slotId: slot(k, i, r) });
      fail('book', res);
      if (res.ok) sessionOf[k] = res.session.id;
    };
    const cancel = async (k: number) => {
      fail('cancel', await services.sessions.cancel(employee(k), { sessionId: sessionOf[k] ?? '', reason: 'Benchmark: a clash came up' }));
    };
    const request = (k: number, i: number) => async () => {
      const res = await services.reschedule.request(employee(k), {
        sessionId: sessionOf[k] ?? '',
        choice: { slotId: slot(k, i, 2) },
        reason: 'Benchmark: need another time',
      });
      fail('request', res);
      if (res.ok) requestOf[k] = res.request.id;
    };
    const confirm = async (k: number) => {
      const res = await services.reschedule.confirm(therapistOf(k), { requestId: requestOf[k] ?? '' });
      fail('confirm', res);
      if (res.ok) sessionOf[k] = res.session.id;
    };

    const timings = { book: emptyTiming(), cancel: emptyTiming(), request: emptyTiming(), confirm: emptyTiming() };
    // A cycle's latency is the sum of its client's six operation latencies; its wall time is that of all phases.
    const cycleLatency: number[] = [];
    let cycleWall = 0;
    for (let i = 0; i < cycles; i++) {
      const perClient: number[] = Array.from({ length: concurrency }, () => 0);
      const phase = async (name: keyof typeof timings, op: (k: number) => Promise<void>) => {
        const t = await runClients(concurrency, 1, async (k) => {
          const t0 = performance.now();
          try {
            await op(k);
          } finally {
            perClient[k] = (perClient[k] ?? 0) + performance.now() - t0;
          }
        });
        addTiming(timings[name], t);
        cycleWall += t.wallMs;
      };
      await phase('book', (k) => book(0)(k, i));
      await phase('cancel', cancel);
      await phase('book', (k) => book(1)(k, i));
      await phase('request', (k) => request(k, i)());
      await phase('confirm', confirm);
      await phase('cancel', cancel);
      cycleLatency.push(...perClient);
    }

    const rows: BenchRow[] = [];
    const label = (op: string, t: Timing) => `store: ${op} (c=${concurrency})${t.errors ? ` [${t.errors} failed]` : ''}`;
    for (const [name, op] of [
      ['book', 'book'],
      ['cancel', 'cancel (early)'],
      ['request', 'request reschedule'],
      ['confirm', 'confirm reschedule'],
    ] as const) {
      const t = timings[name];
      const baseline = await driverInserts(db, concurrency, Math.max(1, Math.round(t.latenciesMs.length / concurrency)));
      rows.push(benchRow(label(op, t), concurrency, t, 'driver insertOne', baseline));
    }
    // The whole cycle as one operation, against six plain inserts in a row per cycle.
    const cycleTiming: Timing = { latenciesMs: cycleLatency, wallMs: cycleWall, errors: 0 };
    const sixInserts = await runClients(concurrency, cycles, async (client, i) => {
      const collection = db.connection.db?.collection('bench_baseline');
      for (let n = 0; n < 6; n++) await collection?.insertOne({ client, i, n, createdAt: new Date() });
    });
    rows.push(benchRow(`store: full cycle, 6 calls (c=${concurrency})`, concurrency, cycleTiming, '6 driver insertOne', sixInserts));
    return rows;
  } finally {
    await drop();
  }
}

const DEPARTMENTS = ['Engineering', 'Sales', 'Marketing', 'Finance', 'Operations', 'Legal', 'People', 'Support', 'Product', 'Design'];
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Europe/Dublin', 'Asia/Kolkata'];
/** A realistic mix of outcomes in a month. */
const STATUSES: SessionDoc['status'][] = [
  ...Array(70).fill('booked'),
  ...Array(12).fill('cancelled'),
  ...Array(5).fill('late_cancelled'),
  ...Array(13).fill('rescheduled'),
];

export async function runUsageBench(
  open: DatabaseFactory,
  sessionCount: number,
  employeeCount: number,
  runs: number,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const { db, services, drop } = await freshDatabase(open, 'usage');
  try {
    must('organisation', await services.admin.createOrganisation({ id: 'usage', name: 'Usage Ltd', zone: ZONE, defaultAllowance: 4 }));
    const { person: hrDoc } = must(
      'HR admin',
      await services.admin.addPerson({
        orgId: 'usage',
        displayName: 'HR',
        role: 'hr_admin',
        zone: ZONE,
        identity: { platform: 'slack', workspaceId: 'T0USAGE', userId: 'UHR' },
      }),
    );
    const hr = actorOf(hrDoc);
    const native = db.connection.db;
    if (!native) throw new Error('no database handle');
    const now = new Date();
    const therapistIds = Array.from({ length: Math.ceil(employeeCount / 100) }, () => new Types.ObjectId());
    const people = [
      ...therapistIds.map((id, t) => ({ id, t, roles: ['therapist'], department: 'Unassigned', therapistId: null })),
      ...Array.from({ length: employeeCount }, (_, e) => ({
        id: new Types.ObjectId(),
        t: therapistIds.length + e,
        roles: ['employee'],
        department: DEPARTMENTS[e % DEPARTMENTS.length] as string,
        therapistId: therapistIds[e % therapistIds.length] as Types.ObjectId,
      })),
    ];
    await native.collection('people').insertMany(
      people.map((p) => {
        const identity: PlatformIdentity = { platform: p.t % 2 ? 'teams' : 'slack', workspaceId: 'W0USAGE', userId: `U${p.t}` };
        return {
          _id: p.id,
          orgId: 'usage',
          displayName: `Person ${p.t}`,
          email: null,
          roles: p.roles,
          zone: ZONES[p.t % ZONES.length],
          department: p.department,
          therapistId: p.therapistId,
          allowanceOverride: p.t % 10 === 0 ? 6 : null,
          identityKey: identityKey(identity),
          identity,
          createdAt: now,
        };
      }),
      { ordered: false },
    );
    const employees = people.filter((p) => p.roles[0] === 'employee');
    const month = monthOf(now, ZONE);
    const monthStart = DateTime.fromISO(`${month}-01T00:00`, { zone: ZONE });
    const daysInMonth = monthStart.daysInMonth ?? 28;
    const insertStarted = performance.now();
    const BATCH = 5_000;
    for (let offset = 0; offset < sessionCount; offset += BATCH) {
      const docs = [];
      for (let n = offset; n < Math.min(sessionCount, offset + BATCH); n++) {
        const e = employees[n % employees.length] as (typeof employees)[number];
        const perEmployee = Math.floor(n / employees.length);
        const start = monthStart.plus({ days: n % daysInMonth, hours: 9 + (n % 8) }).toJSDate();
        const status = STATUSES[(n * 7) % STATUSES.length] as SessionDoc['status'];
        docs.push({
          _id: new Types.ObjectId(),
          orgId: 'usage',
          employeeId: e.id,
          therapistId: e.therapistId,
          start,
          end: new Date(start.getTime() + 50 * 60_000),
          month,
          status,
          version: status === 'booked' ? 0 : 1,
          slotKey: `slot:${String(e.therapistId)}:${start.toISOString()}`,
          unitKey: `unit:${String(e.id)}:${month}:${perEmployee}`,
          replaces: null,
          replacedBy: status === 'rescheduled' ? new Types.ObjectId() : null,
          cancelReason: status === 'cancelled' || status === 'late_cancelled' ? 'Benchmark reason' : null,
          createdAt: now,
        });
      }
      await native.collection('sessions').insertMany(docs, { ordered: false });
    }
    log(
      `  usage bench: inserted ${sessionCount} sessions for ${employeeCount} employees in ${((performance.now() - insertStarted) / 1000).toFixed(1)} s`,
    );

    // Timed sequential runs (no separate warm-up: at 100 000 sessions one report takes long on FerretDB); the
    // last report and find are checked, so the figures are of complete answers.
    const last: { report: UsageReport | null; found: number } = { report: null, found: 0 };
    const report = async () => {
      const r = await services.usage.report(hr, { month });
      if (!r.ok) throw new Error(`usage report refused: ${r.code}`);
      last.report = r.report;
    };
    const find = async () => {
      last.found = (await native.collection('sessions').find({ orgId: 'usage', month }).toArray()).length;
    };
    const measure = async (fn: () => Promise<unknown>): Promise<Timing> => {
      const t = emptyTiming();
      for (let i = 0; i < runs; i++) {
        const { ms } = await timed(fn);
        t.latenciesMs.push(ms);
        t.wallMs += ms;
      }
      return t;
    };
    const reportTiming = await measure(report);
    const findTiming = await measure(find);
    if (last.found !== sessionCount) throw new Error(`baseline read ${last.found} sessions, expected ${sessionCount}`);
    const all = last.report?.rows.find((r) => r.department === 'All departments');
    const counted = (all?.booked ?? 0) + (all?.cancelled ?? 0) + (all?.lateCancelled ?? 0) + (all?.rescheduled ?? 0);
    if (counted !== sessionCount) throw new Error(`the report counted ${counted} sessions, expected ${sessionCount}`);
    return [benchRow(`store: usage report, ${sessionCount} sessions`, 1, reportTiming, `driver find of the ${sessionCount}`, findTiming)];
  } finally {
    await drop();
  }
}

export async function runStoreBench(opts: StoreBenchOptions = {}): Promise<BenchRow[]> {
  const open = databasesOn(requireUri(opts.uri ?? process.env.MONGODB_URI));
  const log = opts.log ?? ((line: string) => console.error(line));
  const concurrencies = opts.concurrencies ?? [8, 32];
  const cycles = opts.cycles ?? Number(process.env.BENCH_CYCLES ?? 3);
  const rows: BenchRow[] = [];
  for (const c of concurrencies) {
    const started = performance.now();
    rows.push(...(await runCycleBench(open, c, cycles)));
    log(`  store bench: ${cycles} cycles x ${c} clients in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  rows.push(
    ...(await runUsageBench(
      open,
      opts.sessions ?? Number(process.env.BENCH_SESSIONS ?? 100_000),
      opts.employees ?? 2_000,
      opts.reportRuns ?? Number(process.env.BENCH_REPORT_RUNS ?? 1),
      log,
    )),
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await runStoreBench();
  console.log(formatTable(rows));
  process.exit(0);
}
