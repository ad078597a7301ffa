// History benchmark (issue 17, item 5): what one request costs as the history of every tenant grows. The measured
// employee, therapist and HR admin are the same at every size, with the same own data (a few booked future sessions,
// open slots for four weeks, seeded through the real services by test/support/fixtures.ts); what grows is everyone
// else's past: N x 1000 past sessions of other employees and therapists, in the measured organisation (a fixed
// 500, its colleagues) and in nine other organisations, as the product leaves them (past slots, decided reschedule
// requests, audit events, delivery keys, relay threads, and of the claims only those the product keeps: see HEADER),
// each built by the product's own model or claims repository and inserted straight into its collection in batches.
// Each size gets a fresh database, dropped afterwards.
//
// Every use case runs as the platforms run it (bench/round-trips.ts): inside the request's acting scope, after its
// whoIs, with the after-answer work held back until the answer is counted and timed, then released and settled
// before the next run. Each figure stands beside the same use case at the smallest size and beside the issue's
// "Done when" bound: sequential waits x one plain equality find on the largest collection the use case reads,
// measured in the same run at that size.
//
//   BENCH_HISTORY=1,10,100 npm run bench                              # sizes in thousands of past sessions
//   MONGODB_URI=mongodb://127.0.0.1:27061/ node --import tsx bench/history.ts
// BENCH_HISTORY unset: 1,10; `0` or `off`: skipped. BENCH_HISTORY_RUNS (3): runs of each use case (one when a run
// takes over 10 s). BENCH_HISTORY_LEGACY_CLAIMS=1: after the table, also seeds the claims an older version left (ten
// busy ticks and a unit per past session, without the day and hour stamps) and counts the sweep passes that clear
// them (at most BENCH_HISTORY_LEGACY_PASSES, 20; it stops at a pass that releases none); `=stamp` then also runs the
// operator's one-off `stamp-history` (deadline BENCH_HISTORY_STAMP_TIMEOUT_S, 600). BENCH_HISTORY_KEPT_CLAIMS=0:
// leaves out the claims the product keeps for past sessions, to see what they cost. BENCH_HISTORY_DUMP=1 prints
// every command of each use case's median run (stderr).
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { Types, type Model, type mongo } from 'mongoose';
import { commands } from '../src/cli/commands.js';
import { busyTicks } from '../src/domain/busy.js';
import { dayKey, monthOf } from '../src/domain/time.js';
import { channelKey, identityKey, type PlatformIdentity } from '../src/domain/types.js';
import { createLogger } from '../src/log.js';
import { actingAs } from '../src/services/acting.js';
import { HeldQueue } from './round-trips.js';
import { createServices, type CoreServices } from '../src/services/index.js';
import type { Actor } from '../src/services/types.js';
import { connectDatabase, type Database } from '../src/store/connection.js';
import { claimKeys, createStore } from '../src/store/index.js';
import { ClaimRepository, type ClaimFields } from '../src/store/claims.js';
import { ARCHIVED_KINDS, coldCollectionOf, coldMonthOf, coldName } from '../src/store/archive.js';
import { MarkerRepository, type MarkerFields } from '../src/store/markers.js';
import { bindArchiveModel, type ClaimKind, type Models, type SessionDoc } from '../src/store/models.js';
import { lastArchivableDay } from '../src/services/reservations/index.js';
import { ERASED_TEXT, holdsText, TEXT_MARK } from '../src/store/free-text.js';
import { countCommands, describeCount, type CommandCount } from '../test/support/command-counter.js';
import { seedWorld, type World } from '../test/support/fixtures.js';
import { RecordingNotifier } from '../test/support/recording-notifier.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far back the history goes: two years, so part of it is past the default retention (its text purged). */
const SPAN_MS = 730 * DAY;
/**
 * The recent past that is still live somewhere (hot sessions and audit events are those of the last 35 days,
 * reminder markers 30, delivery keys 7): it holds as many sessions at every size as at 1k, so the sizes compare
 * history with the same live traffic, as one deployment ages (its past grows, its weekly flow does not).
 */
const RECENT_MS = 60 * DAY;
/** Others' sessions at the smallest size (1k): their density in the recent past is the same at every size. */
const SMALLEST_OTHERS = 1_000 - 500;
const RETENTION_MS = 365 * DAY;
const DELIVERY_WINDOW_MS = 7 * DAY; // keys older than 7 days are removed by the sweep
const REMINDER_CLAIM_MS = 30 * DAY; // reminder claims are retired after 30 days
const SETTLED_CLAIM_MS = DAY; // decision and version claims are retired a day after their change
const OTHER_ORGS = 9;
/** Past sessions of the measured organisation's other people: the same at every size (so is the HR report's data). */
const OWN_ORG_HISTORY = 500;
const POSITIONS_PER_THERAPIST = 2_000;
const POSITIONS_PER_EMPLOYEE = 40;
const BATCH = 1_000;
/** Batches in flight at once while seeding. */
const INSERTS_IN_FLIGHT = 3;
/** A use case whose one run takes longer than this is run once. */
const ONE_RUN_MS = 10_000;
const SWEEP_LEASE_MS = 60_000;
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Europe/Dublin', 'Asia/Kolkata', 'Europe/Paris', 'America/Chicago'];

/** The collections whose plain equality find is measured at each size (the bound's unit). */
export const BASELINE_COLLECTIONS = ['sessions', 'claims', 'audit_events', 'reschedule_requests', 'deliveries', 'slots', 'people'] as const;
type BaselineCollection = (typeof BASELINE_COLLECTIONS)[number];

export const USE_CASES = [
  'open slots',
  'booking modal',
  'overview',
  'book',
  'reschedule request',
  'confirm',
  'usage report',
  'sweep pass',
  'sweep pass, hourly',
  'sweep pass, daily',
] as const;
type UseCase = (typeof USE_CASES)[number];

export interface HistoryOptions {
  uri?: string;
  /** Thousands of past sessions, one fresh database each. */
  sizes: number[];
  runs?: number;
  /** `passes`: seed an older version's claims and count the sweep passes; `stamp`: then also run stamp-history. */
  legacyClaims?: 'off' | 'passes' | 'stamp';
  legacyPasses?: number;
  keptClaims?: boolean;
  log?: (line: string) => void;
}

/** One database command a use case sent, with how long it took (driver command monitoring). */
export interface CommandRecord {
  name: string;
  collection: string;
  /** The command's filter as a shape: long lists shown by their length, ids and dates by their type. */
  shape: string;
  ms: number;
}

export interface UseCaseFigure {
  useCase: UseCase;
  /** Every run's time up to the answer, ms. */
  runsMs: number[];
  medianMs: number;
  count: CommandCount;
  /** The commands of the median run, slowest first. */
  commands: CommandRecord[];
  /** The collections its commands filter on (reads, updates and deletes; not plain inserts). */
  reads: string[];
  /** Waits the bound counts, where not `count.waits` (parallel branches: the longer branch's). */
  boundWaits?: number;
}

export interface LegacyFigure {
  seeded: number;
  passes: number;
  released: number;
  left: number;
  totalMs: number;
  passMedianMs: number;
  /** Passes a full clearing takes at the rate seen (passes made + what is left / released per pass). */
  passesToClear: number | null;
  /** The operator's one-off for an upgrade (`npm run admin -- stamp-history`), run after the passes when it exists. */
  oneOff?: { ms: number; said: string; left: number };
}

export interface SizeFigure {
  size: number;
  seedMs: number;
  /** Sweep passes (an hour apart) until its walks over history caught up, before anything was measured. */
  warmUpPasses: number;
  warmUpMs: number;
  /** Documents per collection after the first sweep (the steady state measured). */
  documents: Record<string, number>;
  baselineMs: Record<BaselineCollection, number>;
  /** Claims left after the first sweep, by kind, and how many of them are busy time that has passed. */
  claimsByKind: Record<string, number>;
  passedBusyClaims: number;
  useCases: UseCaseFigure[];
  legacy?: LegacyFigure;
}

export function historySizes(raw = process.env.BENCH_HISTORY): number[] {
  if (raw === undefined || raw.trim() === '') return [1, 10];
  const value = raw.trim().toLowerCase();
  if (value === '0' || value === 'off' || value === 'no' || value === 'false') return [];
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isFinite(s) || s <= 0))
    throw new Error(`BENCH_HISTORY: expected sizes in thousands such as 1,10,100, got ${raw}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function must<T>(result: ({ ok: true } & T) | { ok: false; code?: string; error?: string }, what: string): T {
  if (!result.ok) throw new Error(`${what} refused: ${result.code ?? result.error ?? 'unknown'}`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The history, as the product leaves it

/** Deterministic ObjectIds (timestamp, kind tag, counter): the legacy pass generates the same history again. */
function oid(at: number, tag: number, n: number): Types.ObjectId {
  const seconds = Math.max(0, Math.floor(at / 1000));
  return new Types.ObjectId(seconds.toString(16).padStart(8, '0') + tag.toString(16).padStart(4, '0') + n.toString(16).padStart(12, '0'));
}
const TAG = {
  person: 1,
  session: 2,
  replacement: 3,
  slot: 4,
  replacementSlot: 5,
  spareSlot: 6,
  request: 7,
  newSession: 8,
  owner: 9,
} as const;

interface Person {
  id: Types.ObjectId;
  identity: PlatformIdentity;
}

interface Group {
  index: number;
  orgId: string;
  zone: string;
  workspaceId: string;
  therapist: Person;
  channel: { platform: 'slack'; workspaceId: string; channelId: string };
  employees: Person[];
  positions: number;
  /** Of its positions, how many fall in the last RECENT_MS (the rest fill the time before): see layoutFor. */
  recent: number;
  /** The group's first position in the whole history (unique ids). */
  base: number;
}

interface Layout {
  now: number;
  groups: Group[];
  otherOrgs: { id: string; zone: string; workspaceId: string }[];
  ownOrgId: string;
}

/** Each position is one booking; a rescheduled one (13 in 100) also has its replacement: 113 sessions per 100. */
const positionsFor = (sessions: number) => Math.max(0, Math.floor((sessions * 100) / 113));

function layoutFor(size: number, ownOrgId: string, ownZone: string, now: number): Layout {
  const groups: Group[] = [];
  let base = 0;
  let personN = 0;
  const person = (workspaceId: string, user: string): Person => ({
    id: oid(now - SPAN_MS - DAY, TAG.person, personN++),
    identity: { platform: 'slack', workspaceId, userId: user },
  });
  const addGroups = (orgId: string, zone: string, workspaceId: string, positions: number, scale: number) => {
    const therapists = Math.max(1, Math.ceil(positions / POSITIONS_PER_THERAPIST));
    for (let t = 0; t < therapists; t++) {
      const own = Math.floor(positions / therapists) + (t < positions % therapists ? 1 : 0);
      const g = groups.length;
      const employees = Array.from({ length: Math.max(2, Math.ceil(own / POSITIONS_PER_EMPLOYEE)) }, (_, e) =>
        person(workspaceId, `UH${g}E${e}`),
      );
      groups.push({
        index: g,
        orgId,
        zone,
        workspaceId,
        therapist: person(workspaceId, `UH${g}T`),
        channel: { platform: 'slack', workspaceId, channelId: `CH${g}` },
        employees,
        positions: own,
        recent: Math.round((own * RECENT_MS) / SPAN_MS / scale),
        base,
      });
      base += own;
    }
  };
  const total = Math.round(size * 1000);
  const ownSessions = Math.min(OWN_ORG_HISTORY, total);
  addGroups(ownOrgId, ownZone, 'T0TEST', positionsFor(ownSessions), 1);
  const otherOrgs = Array.from({ length: OTHER_ORGS }, (_, i) => ({
    id: `hist-other-${i + 1}`,
    zone: ZONES[i % ZONES.length] as string,
    workspaceId: `THIST${i + 1}`,
  }));
  const others = positionsFor(total - ownSessions);
  // How much denser than at 1k the others' history is: their recent past is thinned by as much (see RECENT_MS).
  const scale = Math.max(1, (total - ownSessions) / SMALLEST_OTHERS);
  otherOrgs.forEach((org, i) => {
    const positions = Math.floor(others / OTHER_ORGS) + (i < others % OTHER_ORGS ? 1 : 0);
    if (positions > 0) addGroups(org.id, org.zone, org.workspaceId, positions, scale);
  });
  return { now, groups, otherOrgs, ownOrgId };
}

type Doc = Record<string, unknown>;

/**
 * Buffers documents per collection and inserts them straight into the collection in unordered batches, a few
 * batches in flight at once. Each document is first built as the product builds it: through its collection's model
 * (casting, defaults and the schema's own hooks, such as a stamped day) and, for claims, through the claims
 * repository itself (`claims`, whose inserts land here), so the seeded history follows the product's shapes.
 */
class Seeder {
  private readonly buffers = new Map<string, Doc[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly models = new Map<string, Model<unknown>>();
  readonly inserted = new Map<string, number>();
  readonly claims: ClaimRepository;
  readonly markers: MarkerRepository;
  /** Settled history of days up to this one goes where the sweep leaves it: its month's cold collection. */
  private archive: { lastDay: string; now: Date } | null = null;
  private readonly coldIndexed = new Set<string>();

  constructor(private readonly db: Database) {
    for (const model of Object.values(db.models) as Model<unknown>[]) this.models.set(model.collection.collectionName, model);
    const into = (name: string) => ({
      insertOne: (doc: Doc) => this.raw(name, doc),
      insertMany: async (docs: Doc[]) => {
        for (const doc of docs) await this.raw(name, doc);
      },
    });
    this.claims = new ClaimRepository({ Claim: { collection: into('claims') } } as unknown as Models);
    this.markers = new MarkerRepository({ Marker: { collection: into('markers') } } as unknown as Models);
  }

  /** Whether the sweep has moved this UTC day to the cold collections by now (and deleted its attendance marks). */
  isArchivedDay(day: string): boolean {
    return this.archive !== null && day <= this.archive.lastDay;
  }

  /** From now on, settled history of days up to `lastDay` is written to the cold collections (as the sweep moves it). */
  archiveUpTo(lastDay: string, now: Date): void {
    this.archive = { lastDay, now };
  }

  /** A document of `collection` as its model would write it, in the collection the product keeps it in. */
  async add(collection: string, doc: Doc): Promise<void> {
    const model = this.models.get(collection);
    if (!model) throw new Error(`no model for ${collection}`);
    const built = new model(doc);
    await built.validate();
    const stored = built.toObject() as Doc & { _id: unknown };
    const cold = this.coldOf(collection, stored);
    // A cold copy still holding free text carries the mark the archive gives it (src/store/free-text.ts).
    const kind = ARCHIVED_KINDS.find((k) => k === collection);
    await this.raw(cold ?? collection, cold && kind && holdsText(kind, stored) ? { ...stored, [TEXT_MARK]: true } : stored);
  }

  /** The cold collection a settled document of an archived kind has moved to by now (src/store/archive.ts), if any. */
  private coldOf(collection: string, doc: Doc & { _id: unknown }): string | null {
    const kind = ARCHIVED_KINDS.find((k) => k === collection);
    if (!kind || !this.archive || typeof doc.day !== 'string' || doc.day > this.archive.lastDay) return null;
    if (kind === 'sessions' && !((doc.end as Date) < this.archive.now)) return null;
    if (kind === 'reschedule_requests' && doc.status === 'pending') return null;
    const month = coldMonthOf(kind, doc);
    const name = coldName(kind, month);
    if (!this.coldIndexed.has(name)) {
      this.coldIndexed.add(name);
      this.indexing.push(bindArchiveModel(this.db.connection, kind, month).createIndexes());
    }
    return name;
  }

  private readonly indexing: Promise<unknown>[] = [];

  /** A document exactly as given. */
  async raw(collection: string, doc: Doc): Promise<void> {
    let buffer = this.buffers.get(collection);
    if (!buffer) this.buffers.set(collection, (buffer = []));
    buffer.push(doc);
    if (buffer.length >= BATCH) await this.flush(collection);
  }

  private async flush(collection: string): Promise<void> {
    const docs = this.buffers.get(collection) ?? [];
    if (docs.length === 0) return;
    this.buffers.set(collection, []);
    while (this.inFlight.size >= INSERTS_IN_FLIGHT) await Promise.race(this.inFlight);
    const native = this.db.connection.db;
    if (!native) throw new Error('no database handle');
    const insert: Promise<void> = native
      .collection(collection)
      .insertMany(docs, { ordered: false })
      .then(() => {
        this.inserted.set(collection, (this.inserted.get(collection) ?? 0) + docs.length);
      })
      .finally(() => this.inFlight.delete(insert));
    this.inFlight.add(insert);
  }

  async done(): Promise<void> {
    for (const collection of [...this.buffers.keys()]) await this.flush(collection);
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
    await Promise.all(this.indexing);
  }
}

/**
 * What the generator writes: the organisations and people (`directory`), their past (`history`), or only the claims
 * an older version left of that past (`legacy`).
 */
type Mode = 'directory' | 'history' | 'legacy';

interface GenerateOptions {
  mode: Mode;
  keptClaims: boolean;
}

/** Writes the history of `layout` into `out`. Deterministic: the same layout gives the same documents. */
async function generate(layout: Layout, out: Seeder, opts: GenerateOptions): Promise<{ lastDelivery: Date | null }> {
  const { now } = layout;
  const history = opts.mode === 'history';
  const legacy = opts.mode === 'legacy';
  const purged = (at: number) => at < now - RETENTION_MS;
  const text = (at: number, words: string) => (purged(at) ? null : words);
  let lastDelivery: Date | null = null;
  let hexN = 0;
  const hex = () => (hexN++).toString(16).toUpperCase().padStart(9, '0');

  const audit = async (
    id: string,
    orgId: string,
    actorId: string,
    action: string,
    subjectId: string,
    reason: string | null,
    details: Doc,
    at: number,
  ) => {
    if (!history) return;
    await out.add('audit_events', {
      _id: id,
      orgId,
      actorId,
      action,
      subjectId,
      reason: purged(at) ? null : reason,
      details,
      at: new Date(at),
    });
  };
  const delivery = async (key: string, at: number, extra: Doc) => {
    if (!history || at < now - DELIVERY_WINDOW_MS || at > now) return;
    await out.add('deliveries', { _id: key, createdAt: new Date(at), ...extra });
    if (!lastDelivery || at > lastDelivery.getTime()) lastDelivery = new Date(at);
  };
  /** A claim the product keeps for past sessions, written through the claims repository as the product writes it. */
  const keptClaim = async (key: string, kind: ClaimKind, owner: string, fields: Doc, at: number) => {
    if (opts.mode === 'legacy' || !opts.keptClaims) return;
    // Once-only markers are kept in `markers`, written through their repository as the product writes them.
    if (kind === 'reminder' || kind === 'care' || kind === 'attendance')
      await out.markers.mark(key, kind, owner, fields as MarkerFields, new Date(at));
    else await out.claims.claim(key, kind, owner, fields as ClaimFields, new Date(at));
  };
  // A reminder claim carries its session's UTC day and, once its notices are recorded, says so (src/services/reminders.ts).
  const reminderClaim = async (session: { _id: Types.ObjectId; start: Date }, kind: 'cutoff' | 'starting', at: number) => {
    if (at < now - REMINDER_CLAIM_MS) return;
    const fields = { day: session.start.toISOString().slice(0, 10), data: { recorded: true } };
    await keptClaim(`reminder:${String(session._id)}:${kind}`, 'reminder', `reminders:${hex()}`, fields, at);
  };

  if (opts.mode === 'directory') {
    for (const org of layout.otherOrgs) {
      await out.add('organisations', {
        _id: org.id,
        name: `History ${org.id}`,
        zone: org.zone,
        defaultAllowance: 4,
        rescheduleCutoffHours: 24,
        minReportGroupSize: 5,
        reminderLeadHours: null,
        reminderMinutesBefore: null,
        supportLine: null,
        provider: false,
        retentionDays: null,
        calendarTitle: null,
        createdAt: new Date(now - SPAN_MS - DAY),
      });
      await out.add('workspaces', {
        _id: `slack_team:${org.workspaceId}`,
        kind: 'slack_team',
        externalId: org.workspaceId,
        orgId: org.id,
        attachedAt: new Date(now - SPAN_MS - DAY),
      });
    }
    for (const g of layout.groups) {
      const createdAt = new Date(now - SPAN_MS - DAY);
      const personDoc = (p: Person, roles: string[], therapistId: Types.ObjectId | null, n: number) => ({
        _id: p.id,
        orgId: g.orgId,
        displayName: roles[0] === 'therapist' ? `Therapist ${g.index}` : `Employee ${g.index}.${n}`,
        email: null,
        roles,
        zone: g.zone,
        department: roles[0] === 'therapist' ? 'Unassigned' : `Department ${n % 6}`,
        therapistId,
        allowanceOverride: null,
        bufferMinutes: 0,
        meetingLink: null,
        usualReply: null,
        replyHours: null,
        identityKey: identityKey(p.identity),
        identity: p.identity,
        offboardedAt: null,
        erasedAt: null,
        createdAt,
      });
      await out.add('people', personDoc(g.therapist, ['therapist'], null, 0));
      await out.add('channel_links', {
        _id: g.therapist.id,
        orgId: g.orgId,
        channelKey: channelKey(g.channel),
        channel: g.channel,
        linkedBy: null,
        linkedAt: createdAt,
        unreachableSince: null,
      });
      for (const [n, e] of g.employees.entries()) {
        await out.add('people', personDoc(e, ['employee'], g.therapist.id, n));
        if (n % 2 === 0) {
          // Half the employees have written to their therapist: a relay thread and its opening care note.
          const pair = `${String(e.id)}:${String(g.therapist.id)}`;
          const threadId = `1600000000.${String(n).padStart(6, '0')}`;
          await out.add('relay_threads', {
            _id: pair,
            employeeId: e.id,
            therapistId: g.therapist.id,
            channelKey: channelKey(g.channel),
            threadId,
            threadKey: `${channelKey(g.channel)}#${threadId}`,
            channel: g.channel,
            stale: false,
            careNoted: true,
            createdAt,
          });
          await keptClaim(`care:opened:${pair}`, 'care', `care:${createdAt.getTime()}`, { employeeId: String(e.id) }, createdAt.getTime());
        }
      }
    }
  }

  for (const g of opts.mode === 'directory' ? [] : layout.groups) {
    // The group's recent positions spread over the last RECENT_MS, the rest over the time before it (at 1k: evenly).
    const recentSpacing = RECENT_MS / Math.max(1, g.recent);
    const olderSpacing = (SPAN_MS - RECENT_MS) / Math.max(1, g.positions - g.recent);
    const agoOf = (k: number) => (k < g.recent ? k * recentSpacing : RECENT_MS + (k - g.recent) * olderSpacing);
    const therapistId = g.therapist.id;
    const therapist = String(therapistId);
    const units = new Map<string, number>();
    /** The next free unit of the employee's month (`take`: counted as used). */
    const unitOf = (employee: string, month: string, take: boolean) => {
      const key = `${employee}:${month}`;
      const n = units.get(key) ?? 0;
      if (take) units.set(key, n + 1);
      return claimKeys.unit(employee, month, n);
    };
    const message = { channel: g.channel, threadId: `1600000000.${String(g.index).padStart(6, '0')}` };
    const legacyHold = async (
      session: { _id: Types.ObjectId; start: Date; end: Date; month: string; unitKey: string },
      employee: string,
      owner: string,
      ticks: boolean,
      extra: Doc,
    ) => {
      if (!legacy) return;
      const sessionId = String(session._id);
      if (ticks) {
        for (const tick of busyTicks(session, 0)) {
          await out.raw('claims', {
            _id: claimKeys.busy(therapist, tick),
            kind: 'busy',
            owner,
            createdAt: extra.createdAt,
            sessionId,
            ...extra,
          });
        }
      }
      await out.raw('claims', {
        _id: session.unitKey,
        kind: 'unit',
        owner,
        createdAt: extra.createdAt,
        sessionId,
        employeeId: employee,
        month: session.month,
        ...extra,
      });
    };

    for (let k = 0; k < g.positions; k++) {
      const pos = g.base + k;
      const p = (k * 37 + g.index * 11) % 100;
      const status: SessionDoc['status'] = p < 70 ? 'booked' : p < 82 ? 'cancelled' : p < 87 ? 'late_cancelled' : 'rescheduled';
      const startMs = Math.floor((now - 3 * HOUR - agoOf(k)) / HOUR) * HOUR;
      const start = new Date(startMs);
      const end = new Date(startMs + 50 * MINUTE);
      const e = g.employees[k % g.employees.length] as Person;
      const employee = String(e.id);
      const bookedAt = startMs - (3 + (k % 17)) * DAY;
      const month = monthOf(start, g.zone);
      const unitKey = unitOf(employee, month, status !== 'cancelled');
      const sessionId = oid(bookedAt, TAG.session, pos);
      const sid = String(sessionId);
      const cancelAt = status === 'late_cancelled' ? startMs - 5 * HOUR : startMs - 2 * DAY;
      const requestAt = Math.max(bookedAt + HOUR, startMs - 4 * DAY);
      const attendance = status === 'booked' ? (p < 60 ? 'attended' : p < 63 ? 'no_show' : null) : null;
      const replacementStart = startMs + 2 * HOUR;
      const replacementId = oid(requestAt, TAG.replacement, pos);
      const replacementMonth = monthOf(new Date(replacementStart), g.zone);
      const replacementUnit =
        status !== 'rescheduled' ? null : replacementMonth === month ? unitKey : unitOf(employee, replacementMonth, true);
      const session = {
        _id: sessionId,
        orgId: g.orgId,
        employeeId: e.id,
        therapistId,
        start,
        end,
        month,
        status,
        version: status === 'booked' ? 0 : 1,
        bufferMinutes: 0,
        unitKey,
        replaces: null,
        replacedBy: status === 'rescheduled' ? replacementId : null,
        cancelReason: status === 'cancelled' || status === 'late_cancelled' ? text(end.getTime(), 'Something came up at work') : null,
        chainId: sessionId,
        chainSequence: 0,
        attendance,
        createdAt: new Date(bookedAt),
      };
      if (legacy) {
        if (status === 'booked') await legacyHold(session, employee, `book:${sid}`, true, { createdAt: new Date(bookedAt) });
        if (status === 'late_cancelled') await legacyHold(session, employee, `book:${sid}`, false, { createdAt: new Date(bookedAt) });
      }
      if (history) {
        await out.add('sessions', session);
        await out.add('slots', {
          _id: oid(bookedAt, TAG.slot, pos),
          therapistId,
          start,
          end,
          source: 'availability',
          createdAt: new Date(startMs - 35 * DAY),
        });
        // One slot in five was offered and never booked.
        if (p % 5 === 0 && startMs + 5 * HOUR < now) {
          await out.add('slots', {
            _id: oid(bookedAt, TAG.spareSlot, pos),
            therapistId,
            start: new Date(startMs + 4 * HOUR),
            end: new Date(startMs + 4 * HOUR + 50 * MINUTE),
            source: 'availability',
            createdAt: new Date(startMs - 35 * DAY),
          });
        }
      }
      await audit(`booked:${sid}`, g.orgId, employee, 'session.booked', sid, null, { start: start.toISOString(), month }, bookedAt);
      await delivery(`slack:view:V${hex()}:h${k}`, bookedAt, { done: true, outcome: null });
      await delivery(`slack:event:Ev${hex()}`, startMs - HOUR, { done: true });
      await delivery(`slack:message:D${hex()}:${Math.floor((startMs - 2 * HOUR) / 1000)}.000100`, startMs - 2 * HOUR, {});

      // Reminders of a session still booked when they were due, and the therapist's attendance mark.
      if (status === 'booked' || status === 'late_cancelled') {
        await audit(`reminder:${sid}:cutoff`, g.orgId, 'system', 'reminder.cutoff', sid, null, {}, startMs - 47 * HOUR);
        await reminderClaim(session, 'cutoff', startMs - 47 * HOUR);
      }
      if (status === 'booked') {
        await audit(`reminder:${sid}:starting`, g.orgId, 'system', 'reminder.starting', sid, null, {}, startMs - 15 * MINUTE);
        await reminderClaim(session, 'starting', startMs - 15 * MINUTE);
      }
      if (attendance) {
        const at = end.getTime() + 2 * HOUR;
        await audit(`attendance:${sid}`, g.orgId, therapist, `session.${attendance}`, sid, null, {}, at);
        if (!out.isArchivedDay(dayKey(start)))
          await keptClaim(
            `attendance:${sid}`,
            'attendance',
            `attendance:${at}:${therapist}`,
            { sessionId: sid, day: dayKey(start), data: { attendance } },
            at,
          );
        await delivery(`slack:event:Ev${hex()}`, at, { done: true });
      }
      if (status === 'cancelled' || status === 'late_cancelled') {
        await audit(
          `version:${sid}:1`,
          g.orgId,
          employee,
          status === 'cancelled' ? 'session.cancelled' : 'session.late_cancelled',
          sid,
          'Something came up at work',
          { by: 'employee' },
          cancelAt,
        );
        await delivery(`slack:view:V${hex()}:h${k}`, cancelAt, { done: true, outcome: null });
        // The cancellation's version claim, kept a day (its record, never its reason: src/services/cancellation.ts).
        if (cancelAt >= now - SETTLED_CLAIM_MS) {
          const record = { action: 'cancel', late: status === 'late_cancelled', by: employee, role: 'employee' };
          await keptClaim(`version:${sid}:1`, 'version', String(oid(cancelAt, TAG.owner, pos)), { sessionId: sid, data: record }, cancelAt);
        }
      }

      // Reschedule requests, all decided: confirmed (the rescheduled ones), declined, expired, withdrawn.
      const decided: DecidedStatus | null =
        status === 'rescheduled'
          ? 'confirmed'
          : status === 'booked' && p < 5
            ? 'declined'
            : status === 'booked' && p < 7
              ? 'expired'
              : status === 'cancelled' && p < 72
                ? 'withdrawn'
                : null;
      if (decided) {
        const requestId = oid(requestAt, TAG.request, pos);
        const rid = String(requestId);
        const decidedAt = decided === 'expired' ? startMs - 24 * HOUR : decided === 'withdrawn' ? cancelAt : requestAt + 2 * HOUR;
        const to = decided === 'confirmed' ? replacementStart : startMs + DAY;
        const reason = purged(requestAt) ? ERASED_TEXT : 'A meeting moved';
        const note = decided === 'declined' ? text(requestAt, 'That time is taken, sorry') : null;
        const newSessionId = decided === 'confirmed' ? replacementId : oid(requestAt, TAG.newSession, pos);
        // The decision's claim, kept a day (without its note), and a confirmation's claim on the session's next version.
        if (decidedAt >= now - SETTLED_CLAIM_MS) {
          const owner = String(oid(decidedAt, TAG.owner, pos));
          const by = decided === 'expired' ? 'system' : decided === 'withdrawn' ? employee : therapist;
          const record = {
            status: decided,
            by,
            owner,
            ...(decided === 'confirmed' ? { month: replacementMonth } : {}),
            ...(decided === 'withdrawn' ? { sessionCancelled: true } : {}),
          };
          const ids = { requestId: rid, sessionId: sid };
          await keptClaim(`decision:${rid}`, 'decision', owner, { ...ids, data: record }, decidedAt);
          if (decided === 'confirmed') await keptClaim(`version:${sid}:1`, 'version', owner, ids, decidedAt);
        }
        if (history) {
          await out.add('reschedule_requests', {
            _id: requestId,
            orgId: g.orgId,
            sessionId,
            employeeId: e.id,
            therapistId,
            requestedBy: 'employee',
            awaiting: 'therapist',
            custom: false,
            start: new Date(to),
            end: new Date(to + 50 * MINUTE),
            reason,
            status: decided,
            newSessionId,
            previousRequestId: null,
            decisionNote: note,
            decidedAt: new Date(decidedAt),
            threadMessageId: `${Math.floor(requestAt / 1000)}.000200`,
            threadMessageAt: message,
            createdAt: new Date(requestAt),
          });
        }
        await audit(
          `request:${rid}`,
          g.orgId,
          employee,
          'reschedule_request.created',
          sid,
          'A meeting moved',
          { requestId: rid, custom: false, start: new Date(to).toISOString() },
          requestAt,
        );
        await audit(
          `decision:${rid}`,
          g.orgId,
          decided === 'expired' ? 'system' : decided === 'withdrawn' ? employee : therapist,
          `reschedule_request.${decided}`,
          sid,
          decided === 'confirmed' ? 'A meeting moved' : decided === 'declined' ? 'That time is taken, sorry' : null,
          { requestId: rid, ...(decided === 'confirmed' ? { newSessionId: String(replacementId) } : {}) },
          decidedAt,
        );
        await delivery(`slack:view:V${hex()}:h${k}`, requestAt, { done: true, outcome: null });
        await delivery(`slack:event:Ev${hex()}`, decidedAt, { done: true });

        if (decided === 'confirmed' && replacementUnit) {
          const replacementEnd = new Date(replacementStart + 50 * MINUTE);
          const replacementAttendance = p % 2 === 0 ? 'attended' : null;
          const replacement = {
            _id: replacementId,
            orgId: g.orgId,
            employeeId: e.id,
            therapistId,
            start: new Date(replacementStart),
            end: replacementEnd,
            month: replacementMonth,
            status: 'booked' as const,
            version: 0,
            bufferMinutes: 0,
            unitKey: replacementUnit,
            replaces: sessionId,
            replacedBy: null,
            cancelReason: null,
            chainId: sessionId,
            chainSequence: 1,
            attendance: replacementAttendance,
            createdAt: new Date(decidedAt),
          };
          const repl = String(replacementId);
          await legacyHold(replacement, employee, String(oid(decidedAt, TAG.owner, pos)), true, {
            createdAt: new Date(decidedAt),
            requestId: rid,
          });
          if (history) {
            await out.add('sessions', replacement);
            await out.add('slots', {
              _id: oid(requestAt, TAG.replacementSlot, pos),
              therapistId,
              start: replacement.start,
              end: replacementEnd,
              source: 'availability',
              createdAt: new Date(startMs - 35 * DAY),
            });
          }
          await audit(`reminder:${repl}:cutoff`, g.orgId, 'system', 'reminder.cutoff', repl, null, {}, replacementStart - 47 * HOUR);
          await reminderClaim(replacement, 'cutoff', replacementStart - 47 * HOUR);
          await audit(`reminder:${repl}:starting`, g.orgId, 'system', 'reminder.starting', repl, null, {}, replacementStart - 15 * MINUTE);
          await reminderClaim(replacement, 'starting', replacementStart - 15 * MINUTE);
          if (replacementAttendance) {
            const at = replacementEnd.getTime() + 2 * HOUR;
            await audit(`attendance:${repl}`, g.orgId, therapist, 'session.attended', repl, null, {}, at);
            const day = dayKey(new Date(replacementStart));
            if (!out.isArchivedDay(day))
              await keptClaim(
                `attendance:${repl}`,
                'attendance',
                `attendance:${at}:${therapist}`,
                { sessionId: repl, day, data: { attendance: replacementAttendance } },
                at,
              );
          }
        }
      }
    }
  }
  return { lastDelivery };
}

type DecidedStatus = 'confirmed' | 'declined' | 'expired' | 'withdrawn';

// ---------------------------------------------------------------------------------------------------------------
// Measuring

/** A filter as a shape: lists longer than three by their length, ids and dates by their type, long strings cut. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 3 ? `[${value.length} values]` : value.map(shapeOf);
  if (value instanceof Map) return shapeOf(Object.fromEntries(value));
  if (value instanceof Date) return 'Date';
  if (value instanceof Types.ObjectId) return 'ObjectId';
  if (typeof value === 'string') return value.length > 48 ? `${value.slice(0, 45)}...` : value;
  if (value && typeof value === 'object') {
    if ((value as { _bsontype?: string })._bsontype === 'ObjectId') return 'ObjectId';
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  }
  return value;
}

const FILTERING = new Set(['find', 'aggregate', 'count', 'distinct', 'update', 'delete', 'findAndModify', 'getMore']);

function describeCommand(name: string, command: Doc): { collection: string; shape: string } {
  const collection = String(name === 'getMore' ? command.collection : command[name]);
  const json = (v: unknown) => JSON.stringify(shapeOf(v));
  const extras = (keys: string[]) =>
    keys
      .filter((k) => command[k] !== undefined)
      .map((k) => ` ${k}=${json(command[k])}`)
      .join('');
  switch (name) {
    case 'find':
      return { collection, shape: `${json(command.filter ?? {})}${extras(['projection', 'sort', 'limit'])}` };
    case 'count':
      return { collection, shape: json(command.query ?? {}) };
    case 'aggregate':
      return { collection, shape: json(command.pipeline) };
    case 'delete': {
      const deletes = (command.deletes as { q: unknown }[] | undefined) ?? [];
      return { collection, shape: `${json(deletes[0]?.q)}${deletes.length > 1 ? ` x${deletes.length}` : ''}` };
    }
    case 'update': {
      const updates = (command.updates as { q: unknown }[] | undefined) ?? [];
      return { collection, shape: `${json(updates[0]?.q)}${updates.length > 1 ? ` x${updates.length}` : ''}` };
    }
    case 'insert':
      return { collection, shape: `${((command.documents as unknown[]) ?? []).length} documents` };
    default:
      return { collection, shape: '' };
  }
}

/** Records every command the client sends while `work` runs, with its duration. */
async function recordCommands<T>(db: Database, work: () => Promise<T>): Promise<{ result: T; commands: CommandRecord[] }> {
  const client = db.connection.getClient();
  const started = new Map<number, { name: string; collection: string; shape: string }>();
  const commands: CommandRecord[] = [];
  const onStarted = (event: mongo.CommandStartedEvent) => {
    if (event.commandName === 'endSessions') return;
    started.set(event.requestId, { name: event.commandName, ...describeCommand(event.commandName, event.command as Doc) });
  };
  const onEnded = (event: mongo.CommandSucceededEvent | mongo.CommandFailedEvent) => {
    const begun = started.get(event.requestId);
    if (!begun) return;
    started.delete(event.requestId);
    commands.push({ ...begun, ms: event.duration });
  };
  client.on('commandStarted', onStarted);
  client.on('commandSucceeded', onEnded);
  client.on('commandFailed', onEnded);
  try {
    return { result: await work(), commands };
  } finally {
    client.off('commandStarted', onStarted);
    client.off('commandSucceeded', onEnded);
    client.off('commandFailed', onEnded);
  }
}

interface Run {
  ms: number;
  count: CommandCount;
  commands: CommandRecord[];
}

interface Bench {
  db: Database;
  services: CoreServices;
  afterAnswer: HeldQueue;
  world: World;
  advance(ms: number): void;
}

/** One run of a use case: timed and counted up to its answer; its after-answer work is then released and settled. */
async function runOnce<T>(b: Bench, work: () => Promise<T>): Promise<{ result: T; run: Run }> {
  // The organisation and the other party are read from cold each time, so no run leans on an earlier one.
  b.services.context.store.memory.forgetAll('counterpart');
  b.services.context.store.memory.forgetAll('organisation');
  const t0 = performance.now();
  const {
    result: { result, count },
    commands,
  } = await recordCommands(b.db, () => countCommands(b.db, work));
  const ms = performance.now() - t0;
  b.afterAnswer.release();
  await b.services.idle();
  return { result, run: { ms, count, commands } };
}

/** As a platform runs a request: in the person's acting scope, after the request's own whoIs. */
function asRequest<T>(b: Bench, who: PlatformIdentity, work: (actor: Actor) => Promise<T>): Promise<T> {
  return actingAs(who, undefined, async () => {
    const actor = await b.services.directory.whoIs(who);
    if (!actor) throw new Error(`whoIs: ${identityKey(who)} is not registered`);
    return work(actor);
  });
}

function figureOf(useCase: UseCase, runs: Run[]): UseCaseFigure {
  const medianMs = median(runs.map((r) => r.ms));
  const byDistance = [...runs].sort((a, b) => Math.abs(a.ms - medianMs) - Math.abs(b.ms - medianMs));
  const typical = byDistance[0] as Run;
  const reads = [...new Set(typical.commands.filter((c) => FILTERING.has(c.name)).map((c) => c.collection))];
  return {
    useCase,
    runsMs: runs.map((r) => r.ms),
    medianMs,
    count: typical.count,
    commands: [...typical.commands].sort((a, b) => b.ms - a.ms),
    reads,
  };
}

/** Runs `once(i)` up to `runs` times (once when a run is slow). */
async function repeat(runs: number, once: (i: number) => Promise<Run>): Promise<Run[]> {
  const done: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await once(i);
    done.push(run);
    if (run.ms > ONE_RUN_MS) break;
  }
  return done;
}

// The own world's slots (every 12 hours from a day out, 56 of them: four weeks), by role.
const SLOT_COUNT = 56;
const OWN_BOOKED = [4, 8, 12]; // the employee's booked future sessions (request and confirm start from 8 and 12)
const BOOK_FROM = 20;
const REQUEST_TO_FROM = 30;
const CONFIRM_TO_FROM = 40;

async function measureUseCases(b: Bench, runs: number, log: (line: string) => void): Promise<UseCaseFigure[]> {
  const { services, world } = b;
  const employee = world.employees[0] as Actor;
  const figures: UseCaseFigure[] = [];
  const slotId = (i: number) => String(world.slots[i]?._id);
  const record = (useCase: UseCase, done: Run[]) => {
    const figure = figureOf(useCase, done);
    figures.push(figure);
    log(
      `    ${useCase}: ${figure.medianMs.toFixed(1)} ms (${done.map((r) => r.ms.toFixed(0)).join(', ')}), ${describeCount(figure.count)}`,
    );
    if (process.env.BENCH_HISTORY_DUMP === '1') {
      for (const c of figure.commands) log(`      ${c.ms.toFixed(1).padStart(7)} ms  ${c.name} ${c.collection} ${c.shape}`);
    }
  };
  const reading = async <T>(who: PlatformIdentity, work: (actor: Actor) => Promise<T>) =>
    (await asRequest(b, who, (actor) => runOnce(b, () => work(actor)))).run;

  record(
    'open slots',
    await repeat(runs, () =>
      reading(employee.identity, async (actor) => must(await services.sessions.openSlots(actor, { days: 28 }), 'open slots')),
    ),
  );
  // The booking modal (src/slack/modal-content.ts bookContent, Teams book-open): open slots and the overview at once.
  record(
    'booking modal',
    await repeat(runs, () =>
      reading(employee.identity, (actor) =>
        Promise.all([services.sessions.openSlots(actor, { days: 28 }), services.sessions.overview(actor)]),
      ),
    ),
  );
  record('overview', await repeat(runs, () => reading(employee.identity, (actor) => services.sessions.overview(actor))));

  // Book a slot of its own each run; the booking is then cancelled (not measured), so every run starts alike.
  record(
    'book',
    await repeat(runs, async (i) => {
      const { result, run } = await asRequest(b, employee.identity, (actor) =>
        runOnce(b, () => services.sessions.book(actor, { slotId: slotId(BOOK_FROM + i) })),
      );
      const booked = must(result, 'book');
      await asRequest(b, employee.identity, async (actor) =>
        must(await services.sessions.cancel(actor, { sessionId: booked.session.id, reason: 'Benchmark: undo' }), 'cancel'),
      );
      b.afterAnswer.release();
      await services.idle();
      return run;
    }),
  );

  // Ask to move a booked session; the request is then withdrawn (not measured).
  const [, requestSession, confirmSession] = await sessionsOf(b);
  if (!requestSession || !confirmSession) throw new Error('setup: the employee has fewer than three booked sessions');
  record(
    'reschedule request',
    await repeat(runs, async (i) => {
      const { result, run } = await asRequest(b, employee.identity, (actor) =>
        runOnce(b, () =>
          services.reschedule.request(actor, {
            sessionId: requestSession,
            choice: { slotId: slotId(REQUEST_TO_FROM + i) },
            reason: 'A meeting moved',
          }),
        ),
      );
      const requested = must(result, 'reschedule request');
      await asRequest(b, employee.identity, async (actor) =>
        must(await services.reschedule.withdraw(actor, { requestId: requested.request.id }), 'withdraw'),
      );
      b.afterAnswer.release();
      await services.idle();
      return run;
    }),
  );

  // The employee asks (not measured), the therapist confirms; the next run moves the session it became.
  let moving: string = confirmSession;
  record(
    'confirm',
    await repeat(runs, async (i) => {
      const requested = await asRequest(b, employee.identity, async (actor) =>
        must(
          await services.reschedule.request(actor, {
            sessionId: moving,
            choice: { slotId: slotId(CONFIRM_TO_FROM + i) },
            reason: 'A meeting moved',
          }),
          'reschedule request',
        ),
      );
      b.afterAnswer.release();
      await services.idle();
      const { result, run } = await asRequest(b, world.therapist.identity, (actor) =>
        runOnce(b, () => services.reschedule.confirm(actor, { requestId: requested.request.id })),
      );
      moving = must(result, 'confirm').session.id;
      return run;
    }),
  );

  record(
    'usage report',
    await repeat(runs, () => reading(world.hr.identity, async (actor) => must(await services.usage.report(actor, {}), 'usage report'))),
  );

  // Steady state: the sweep ran once before anything was measured; each pass here is a new minute's lease.
  record(
    'sweep pass',
    await repeat(runs, async () => {
      b.advance(SWEEP_LEASE_MS + 1_000);
      const { result, run } = await runOnce(b, () => services.sweep());
      if (!result.swept) throw new Error('sweep: the lease was not won');
      return run;
    }),
  );
  // Once an hour a pass also takes the history step (retention, delivery keys, old reminder claims).
  record(
    'sweep pass, hourly',
    await repeat(runs, async () => {
      b.advance(HOUR + SWEEP_LEASE_MS + 1_000);
      const { result, run } = await runOnce(b, () => services.sweep());
      if (!result.swept) throw new Error('sweep: the lease was not won');
      return run;
    }),
  );
  // Once a day the first hourly pass after midnight (UTC) finds a new day due: its free text past retention (read
  // once, when all of the day has passed the window), its move to the cold collections and its old delivery keys.
  // The pass just before midnight runs unmeasured (it walks the hours since the last run, as the deployment's passes
  // of those hours would have); the one just after is measured.
  record(
    'sweep pass, daily',
    await repeat(runs, async () => {
      const now = services.context.clock().getTime();
      const toMidnight = DAY - (now % DAY);
      b.advance(toMidnight - SWEEP_LEASE_MS - 1_000);
      await services.sweep();
      b.afterAnswer.release();
      await services.idle();
      b.advance(2 * SWEEP_LEASE_MS + 2_000);
      const { result, run } = await runOnce(b, () => services.sweep());
      if (!result.swept) throw new Error('sweep: the lease was not won');
      return run;
    }),
  );
  // The booking modal's two branches run at once and interleave, so the counter sees fewer waits than the longer
  // branch waits in turn: its bound takes the longer branch's (each measured on its own above).
  const modal = figures.find((f) => f.useCase === 'booking modal');
  const branches = figures.filter((f) => f.useCase === 'open slots' || f.useCase === 'overview').map((f) => f.count.waits);
  if (modal) modal.boundWaits = Math.max(modal.count.waits, ...branches);
  return figures;
}

/** The employee's upcoming session ids, in time order (the three booked in setup). */
async function sessionsOf(b: Bench): Promise<string[]> {
  const employee = b.world.employees[0] as Actor;
  const overview = await asRequest(b, employee.identity, (actor) => b.services.sessions.overview(actor));
  b.afterAnswer.release();
  await b.services.idle();
  return overview.upcoming.map((s) => s.id);
}

async function measureBaselines(b: Bench, lastDelivery: Date | null, ownSession: string): Promise<Record<BaselineCollection, number>> {
  const native = b.db.connection.db;
  if (!native) throw new Error('no database handle');
  const employee = b.world.employees[0] as Actor;
  // Plain equality finds with few matches each: the owner's id, a key, a timestamp.
  const filters: Record<BaselineCollection, Doc> = {
    sessions: { employeeId: new Types.ObjectId(employee.personId) },
    claims: { employeeId: employee.personId },
    audit_events: { subjectId: ownSession },
    reschedule_requests: { sessionId: new Types.ObjectId(ownSession) },
    deliveries: { createdAt: lastDelivery ?? new Date(0) },
    slots: { therapistId: new Types.ObjectId(b.world.therapist.personId), start: b.world.slots[0]?.start ?? new Date(0) },
    people: { identityKey: identityKey(employee.identity) },
  };
  const out = {} as Record<BaselineCollection, number>;
  for (const collection of BASELINE_COLLECTIONS) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await native.collection(collection).find(filters[collection]).toArray();
      times.push(performance.now() - t0);
    }
    out[collection] = median(times);
  }
  return out;
}

/** The sweep's marks of how far it has walked history by day or month (hour marks move with every hour). */
async function walkMarks(db: Database): Promise<string> {
  const marks = (await db.connection.db?.collection('sweep_marks').find({}).toArray()) ?? [];
  return marks
    .filter((m) => typeof m.through === 'string' && m.through.length <= 10)
    .map((m) => `${String(m._id)}=${String(m.through)}`)
    .sort()
    .join(',');
}

const WARM_UP_MAX_PASSES = 60;

/**
 * Steady state: sweep passes an hour apart (each wins the minute's lease and the hour's history step) until the
 * sweep's walks over history have caught up, i.e. no day or month mark moved in the last pass (the product's sweep
 * runs every minute, so a deployment with history is always caught up). At least two passes.
 */
async function warmUp(b: Bench, log: (line: string) => void): Promise<{ passes: number; ms: number }> {
  // (Run before the past is seeded: see runSize.)
  const started = performance.now();
  let marks = await walkMarks(b.db);
  let passes = 0;
  for (;;) {
    b.advance(HOUR + SWEEP_LEASE_MS + 1_000);
    const report = await b.services.sweep();
    b.afterAnswer.release();
    await b.services.idle();
    passes++;
    const now = await walkMarks(b.db);
    const moved = now !== marks;
    marks = now;
    if (passes === 1 || !moved || passes >= WARM_UP_MAX_PASSES) log(`    warm-up sweep pass ${passes}: ${JSON.stringify(report)}`);
    if ((passes >= 2 && !moved) || passes >= WARM_UP_MAX_PASSES) break;
  }
  const ms = performance.now() - started;
  log(`    warm-up: ${passes} sweep passes an hour apart in ${(ms / 1000).toFixed(1)} s`);
  return { passes, ms };
}

async function documentCounts(db: Database): Promise<Record<string, number>> {
  const native = db.connection.db;
  if (!native) throw new Error('no database handle');
  const names = (await native.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = await native.collection(name).countDocuments({});
  // The cold collections (one per month and kind), summed: history out of every request's and pass's path.
  const cold = names.filter((n) => coldCollectionOf(n) !== null);
  counts['cold collections'] = cold.length;
  counts['cold documents'] = cold.reduce((n, name) => n + (counts[name] ?? 0), 0);
  return counts;
}

async function claimsState(db: Database, now: number): Promise<{ byKind: Record<string, number>; passedBusy: number }> {
  const claims = await db.connection.db
    ?.collection('claims')
    .find({}, { projection: { _id: 1, kind: 1 } })
    .toArray();
  const byKind: Record<string, number> = {};
  let passedBusy = 0;
  for (const c of claims ?? []) {
    const kind = String(c.kind);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    const id = String(c._id);
    if (kind === 'busy' && Date.parse(id.slice(id.indexOf(':', 5) + 1)) < now) passedBusy++;
  }
  return { byKind, passedBusy };
}

async function runLegacy(b: Bench, layout: Layout, maxPasses: number, stamp: boolean, log: (line: string) => void): Promise<LegacyFigure> {
  const native = b.db.connection.db;
  if (!native) throw new Error('no database handle');
  // The own world's live busy time and units are no legacy: counted before, and left out.
  const heldNow = async () =>
    (await native.collection('claims').countDocuments({ kind: 'busy' })) +
    (await native.collection('claims').countDocuments({ kind: 'unit' }));
  const live = await heldNow();
  const legacyLeft = async () => (await heldNow()) - live;
  const started = performance.now();
  const seeder = new Seeder(b.db);
  await generate(layout, seeder, { mode: 'legacy', keptClaims: false });
  await seeder.done();
  const seeded = seeder.inserted.get('claims') ?? 0;
  log(`    legacy claims: ${seeded} seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const times: number[] = [];
  let released = 0;
  let passes = 0;
  let left = await legacyLeft();
  const t0 = performance.now();
  while (passes < maxPasses && left > 0) {
    b.advance(SWEEP_LEASE_MS + 1_000);
    const p0 = performance.now();
    const report = await b.services.sweep();
    b.afterAnswer.release();
    await b.services.idle();
    times.push(performance.now() - p0);
    passes++;
    released += report.claimsReleased;
    left = await legacyLeft();
    log(
      `    legacy sweep pass ${passes}: ${report.claimsReleased} released in ${(times[times.length - 1] ?? 0).toFixed(0)} ms, ${left} left`,
    );
    if (report.claimsReleased === 0) break;
  }
  const totalMs = performance.now() - t0;
  const perPass = passes > 0 ? released / passes : 0;
  const passesToClear = left === 0 ? passes : perPass > 0 ? passes + Math.ceil(left / perPass) : null;
  // The operator's one-off (BENCH_HISTORY_LEGACY_CLAIMS=stamp): it sends its releases hundreds at a time, which on
  // FerretDB v1 can exhaust PostgreSQL's connections or stall FerretDB's pool; so it is opt-in and given a deadline.
  const stampHistory = commands['stamp-history'];
  let oneOff: LegacyFigure['oneOff'];
  if (stamp && left > 0 && stampHistory) {
    const said: string[] = [];
    const io = { out: (line: string) => said.push(line), err: (line: string) => said.push(line) };
    const deadline = Number(process.env.BENCH_HISTORY_STAMP_TIMEOUT_S ?? 600) * 1000;
    const o0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      stampHistory.run(b.services, {}, io, undefined as never).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), deadline))),
    ]).finally(() => clearTimeout(timer));
    const ms = performance.now() - o0;
    oneOff = finished
      ? { ms, said: said.join(' '), left: await legacyLeft() }
      : { ms, said: `not finished after ${(deadline / 1000).toFixed(0)} s`, left: -1 };
    log(`    stamp-history: ${(oneOff.ms / 1000).toFixed(1)} s: ${oneOff.said}`);
    if (!finished) throw new Error(`stamp-history did not finish within ${(deadline / 1000).toFixed(0)} s`);
  }
  return { seeded, passes, released, left, totalMs, passMedianMs: median(times), passesToClear, oneOff };
}

async function runSize(uri: string, size: number, opts: Required<Omit<HistoryOptions, 'uri' | 'sizes'>>): Promise<SizeFigure> {
  const { log } = opts;
  const name = `bench_history_${String(size).replace('.', '_')}k_${randomBytes(3).toString('hex')}`;
  const db = await connectDatabase(uri, name, { monitorCommands: true });
  try {
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    const afterAnswer = new HeldQueue();
    const services = createServices({
      store: createStore(db),
      notifier: new RecordingNotifier(),
      log: createLogger('silent'),
      clock,
      noticeWaitMs: 0,
      afterAnswer,
    });
    const b: Bench = { db, services, afterAnswer, world: undefined as unknown as World, advance: (ms) => (offset += ms) };
    const firstSlot = DateTime.fromJSDate(clock()).plus({ days: 1 }).startOf('hour').toJSDate();
    b.world = await seedWorld(services, {
      orgId: 'hist',
      employees: 2,
      allowance: 20,
      firstSlot,
      slotCount: SLOT_COUNT,
      slotEveryHours: 12,
    });
    for (const i of OWN_BOOKED) {
      must(await services.sessions.book(b.world.employees[0] as Actor, { slotId: String(b.world.slots[i]?._id) }), 'setup booking');
    }
    afterAnswer.release();
    await services.idle();

    // The organisations and people first; then the sweep catches up with their years (its walks over history
    // start from each organisation's creation) while there is little to read, as a deployment's sweep running every
    // minute always has; then their past, as the product leaves it, and one more pass.
    const seedStarted = performance.now();
    const directory = layoutFor(size, b.world.orgId, 'Europe/London', clock().getTime());
    const seeder = new Seeder(db);
    await generate(directory, seeder, { mode: 'directory', keptClaims: opts.keptClaims });
    await seeder.done();
    let seedMs = performance.now() - seedStarted;
    const warm = await warmUp(b, log);
    const historyStarted = performance.now();
    const layout: Layout = { ...directory, now: clock().getTime() };
    seeder.archiveUpTo(lastArchivableDay(clock()), clock());
    const { lastDelivery } = await generate(layout, seeder, { mode: 'history', keptClaims: opts.keptClaims });
    await seeder.done();
    seedMs += performance.now() - historyStarted;
    log(
      `  history ${size}k: seeded in ${(seedMs / 1000).toFixed(1)} s: ${[...seeder.inserted.entries()].map(([c, n]) => `${c} ${n}`).join(', ')}`,
    );
    b.advance(SWEEP_LEASE_MS + 1_000);
    const first = await services.sweep();
    afterAnswer.release();
    await services.idle();
    log(`    first sweep over the history: ${JSON.stringify(first)}`);
    const documents = await documentCounts(db);
    const claims = await claimsState(db, clock().getTime());
    const [ownSession] = await sessionsOf(b);
    const baselineMs = await measureBaselines(b, lastDelivery, ownSession ?? String(new Types.ObjectId()));
    log(`    equality finds: ${BASELINE_COLLECTIONS.map((c) => `${c} ${baselineMs[c].toFixed(1)} ms`).join(', ')}`);
    const useCases = await measureUseCases(b, opts.runs, log);
    const legacy =
      opts.legacyClaims === 'off' ? undefined : await runLegacy(b, layout, opts.legacyPasses, opts.legacyClaims === 'stamp', log);
    return {
      size,
      seedMs,
      warmUpPasses: warm.passes,
      warmUpMs: warm.ms,
      documents,
      baselineMs,
      claimsByKind: claims.byKind,
      passedBusyClaims: claims.passedBusy,
      useCases,
      legacy,
    };
  } finally {
    // Bounded: a database stalled by a command left running (see runLegacy) must not hold the run for ever.
    const dropped = await Promise.race([
      db.connection
        .dropDatabase()
        .then(() => true)
        .catch(() => false),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 60_000).unref()),
    ]);
    if (!dropped) log(`  could not drop ${name}: drop it by hand`);
    await db.close().catch(() => undefined);
  }
}

export async function runHistoryBench(options: HistoryOptions): Promise<SizeFigure[]> {
  const uri = options.uri ?? process.env.MONGODB_URI?.trim();
  if (!uri) throw new Error('MONGODB_URI is not set: the history benchmark needs a MongoDB-protocol server');
  const opts = {
    runs: options.runs ?? Math.max(1, Number(process.env.BENCH_HISTORY_RUNS ?? 3)),
    legacyClaims:
      options.legacyClaims ??
      (process.env.BENCH_HISTORY_LEGACY_CLAIMS === 'stamp' ? 'stamp' : process.env.BENCH_HISTORY_LEGACY_CLAIMS === '1' ? 'passes' : 'off'),
    legacyPasses: options.legacyPasses ?? Math.max(1, Number(process.env.BENCH_HISTORY_LEGACY_PASSES ?? 20)),
    keptClaims: options.keptClaims ?? process.env.BENCH_HISTORY_KEPT_CLAIMS !== '0',
    log: options.log ?? ((line: string) => console.error(line)),
  };
  const figures: SizeFigure[] = [];
  for (const size of options.sizes) {
    const started = performance.now();
    figures.push(await runSize(uri, size, opts));
    opts.log(`  history ${size}k done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------------------
// The table

const sizeLabel = (size: number) => `${size}k`;
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

function table(header: string[], rows: string[][], numeric: Set<number>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The largest collection a use case reads that has an equality baseline, at this size. */
function largestRead(figure: UseCaseFigure, size: SizeFigure): BaselineCollection | null {
  const candidates = figure.reads.filter((c): c is BaselineCollection => (BASELINE_COLLECTIONS as readonly string[]).includes(c));
  candidates.sort((a, b) => (size.documents[b] ?? 0) - (size.documents[a] ?? 0));
  return candidates[0] ?? null;
}

export interface Verdict {
  useCase: UseCase;
  size: number;
  bound: number | null;
  overBound: number | null;
  vsSmallest: number | null;
  met: boolean;
}

export function verdictOf(figure: UseCaseFigure, size: SizeFigure, smallest: SizeFigure): Verdict {
  const largest = largestRead(figure, size);
  const bound = largest ? (figure.boundWaits ?? figure.count.waits) * size.baselineMs[largest] : null;
  const first = smallest.useCases.find((u) => u.useCase === figure.useCase);
  const vsSmallest = first && first.medianMs > 0 ? figure.medianMs / first.medianMs : null;
  const overBound = bound ? figure.medianMs / bound : null;
  const met = figure.useCase.startsWith('sweep pass') ? vsSmallest !== null && vsSmallest <= 2 : overBound !== null && overBound <= 3;
  return { useCase: figure.useCase, size: size.size, bound, overBound, vsSmallest, met };
}

export const HEADER = [
  'History benchmark (issue 17, item 5): one request as the history of every tenant grows. The measured employee,',
  'therapist and HR admin are the same at every size, with the same own data (3 booked future sessions, 56 slots over',
  'four weeks); the history is N x 1000 past sessions of others over two years (500 of them colleagues in the',
  'measured organisation, the rest in 9 other organisations): 70% attended, 12% cancelled, 5% late, 13% rescheduled',
  '(with their replacements), their decided reschedule requests, audit events, past slots, delivery keys of the last',
  "8 days, relay threads, each document built by the product's own model (and claims by its claims repository).",
  'Claims: none for the busy time or units of past sessions (the sweep releases them); the claims the product keeps',
  'are seeded: attendance marks and care notes (never removed), reminder claims of the last 30 days, decision and',
  'version claims of the last day (BENCH_HISTORY_KEPT_CLAIMS=0 leaves them out). Steady state: before the past is seeded, the',
  "sweep runs passes an hour apart until its walks over the organisations' two years have caught up (as in a deployment",
  'whose sweep runs every minute), then once more over the seeded past.',
  'Columns: time = median ms of the runs up to the answer (as a platform runs it, after its whoIs; one run when it',
  'took over 10 s); cmds / waits = database commands up to the answer, and how many of them were waited for in turn',
  "(booking modal: in brackets, its longer branch's waits, which its bound uses: the counter sees two interleaved",
  'branches as fewer waits); vs smallest = time / the same use case at the smallest size; reads = the largest',
  'collection it filters on, and eq find = one plain equality find on it at this size (median of 5); bound = waits x',
  "eq find; / bound = time / bound. Target (issue 17's Done when): time <= 3 x bound; a sweep pass (a minute after",
  'the last; hourly: an hour after, with the history step; daily: a day after, with a day of retention and archive',
  'due) <= 2 x its time at the smallest size.',
];

export function formatHistory(figures: SizeFigure[]): string {
  const smallest = figures[0];
  if (!smallest) return 'History benchmark: no sizes.';
  const lines = [...HEADER, ''];
  lines.push('Seeded, and the steady state measured (documents after the sweep over the seeded past):');
  const collections = [
    'sessions',
    'slots',
    'audit_events',
    'reschedule_requests',
    'claims',
    'markers',
    'deliveries',
    'people',
    'cold collections',
    'cold documents',
  ];
  lines.push(
    ...table(
      ['size', 'seeding s', 'warm-up passes', ...collections, 'claims by kind', 'busy claims of passed time'],
      figures.map((f) => [
        sizeLabel(f.size),
        (f.seedMs / 1000).toFixed(1),
        String(f.warmUpPasses),
        ...collections.map((c) => String(f.documents[c] ?? 0)),
        Object.entries(f.claimsByKind)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
        String(f.passedBusyClaims),
      ]),
      new Set([1, 2, ...collections.map((_, i) => 3 + i), 4 + collections.length]),
    ),
  );
  lines.push('', 'One plain equality find per collection, median of 5, ms:');
  lines.push(
    ...table(
      ['size', ...BASELINE_COLLECTIONS],
      figures.map((f) => [sizeLabel(f.size), ...BASELINE_COLLECTIONS.map((c) => ms(f.baselineMs[c]))]),
      new Set(BASELINE_COLLECTIONS.map((_, i) => i + 1)),
    ),
  );
  lines.push('');
  const rows: string[][] = [];
  for (const useCase of USE_CASES) {
    for (const f of figures) {
      const figure = f.useCases.find((u) => u.useCase === useCase);
      if (!figure) continue;
      const v = verdictOf(figure, f, smallest);
      const largest = largestRead(figure, f);
      rows.push([
        useCase,
        sizeLabel(f.size),
        String(figure.runsMs.length),
        ms(figure.medianMs),
        String(figure.count.total),
        figure.boundWaits !== undefined && figure.boundWaits !== figure.count.waits
          ? `${figure.count.waits} (${figure.boundWaits})`
          : String(figure.count.waits),
        v.vsSmallest === null ? '-' : ratio(v.vsSmallest),
        largest ? `${largest} (${f.documents[largest] ?? 0})` : '-',
        largest ? ms(f.baselineMs[largest]) : '-',
        v.bound === null ? '-' : ms(v.bound),
        v.overBound === null ? '-' : ratio(v.overBound),
        useCase.startsWith('sweep pass') ? '<= 2 x smallest' : '<= 3 x bound',
        v.met ? 'met' : 'over',
      ]);
    }
  }
  lines.push(
    ...table(
      [
        'use case',
        'size',
        'runs',
        'time ms',
        'cmds',
        'waits',
        'vs smallest',
        'reads (documents)',
        'eq find ms',
        'bound ms',
        '/ bound',
        'target',
        '',
      ],
      rows,
      new Set([2, 3, 4, 5, 6, 8, 9, 10]),
    ),
  );
  const largest = figures[figures.length - 1] as SizeFigure;
  const over = largest.useCases.filter((u) => !verdictOf(u, largest, smallest).met);
  lines.push('', `Slowest commands at ${sizeLabel(largest.size)} of the use cases over their target (median run):`);
  if (over.length === 0) lines.push('  none: every use case is within its target.');
  for (const u of over) {
    lines.push(`  ${u.useCase} (${ms(u.medianMs)} ms; ${describeCount(u.count)}):`);
    for (const c of u.commands.slice(0, 4)) lines.push(`    ${ms(c.ms).padStart(7)} ms  ${c.name} ${c.collection} ${c.shape}`);
  }
  const legacy = figures.filter((f) => f.legacy);
  if (legacy.length > 0) {
    lines.push(
      '',
      'Legacy claims (BENCH_HISTORY_LEGACY_CLAIMS=1): ten busy ticks and a unit per past session, as an older version left them,',
    );
    lines.push('then sweep passes (a minute apart) until none is left or the cap:');
    lines.push(
      ...table(
        [
          'size',
          'seeded',
          'passes',
          'released',
          'left',
          'time s',
          'pass median ms',
          'passes to clear (at this rate)',
          'stamp-history s',
          'left after it',
        ],
        legacy.map((f) => {
          const l = f.legacy as LegacyFigure;
          return [
            sizeLabel(f.size),
            String(l.seeded),
            String(l.passes),
            String(l.released),
            String(l.left),
            (l.totalMs / 1000).toFixed(1),
            ms(l.passMedianMs),
            l.passesToClear === null ? 'never (none released)' : String(l.passesToClear),
            l.oneOff ? (l.oneOff.ms / 1000).toFixed(1) : '-',
            l.oneOff ? (l.oneOff.left < 0 ? 'not finished' : String(l.oneOff.left)) : '-',
          ];
        }),
        new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]),
      ),
    );
    lines.push(
      '(stamp-history: `npm run admin -- stamp-history`, the one-off an upgrade runs; timed with BENCH_HISTORY_LEGACY_CLAIMS=stamp.)',
    );
  }
  return lines.join('\n');
}

/** The section `npm run bench` prints (bench/run.ts), or null when BENCH_HISTORY switches it off. */
export async function historyReport(sizes = historySizes()): Promise<string | null> {
  if (sizes.length === 0) return null;
  return formatHistory(await runHistoryBench({ sizes }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  historyReport()
    .then((report) => {
      console.log(report ?? 'History benchmark skipped (BENCH_HISTORY=0).');
      console.error(`history benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s`);
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(`History benchmark failed: ${(err as Error).stack ?? String(err)}`);
      process.exit(1);
    });
}
