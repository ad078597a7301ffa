// Hot and cold (docs/design.md §6): `sessions`, `reschedule_requests` and `audit_events` hold what is live; once
// settled, their history moves to one cold collection per month and kind (`sessions_2025_01`), moved by the sweep
// a UTC day at a time. The move is copy, then delete: each document is upserted into its cold collection by `_id`
// (a replay rewrites it with the hot version), then deleted from the hot one only if it is still as copied. A pass
// killed between the two leaves the document in both; the next pass copies and deletes it again. Readers that
// read both sides (usage report, export, retention purge) keep one document per `_id`, the hot one first.
import { Types, type Connection, type Model } from 'mongoose';
import { dayKey, nextDay } from '../domain/time.js';
import { duplicateFailures } from './claims.js';
import { holdsText, TEXT_MARK } from './free-text.js';
import {
  bindArchiveModel,
  type ArchivedKind,
  type AuditEventDoc,
  type Models,
  type RescheduleRequestDoc,
  type SessionDoc,
} from './models.js';

export const ARCHIVED_KINDS: readonly ArchivedKind[] = ['sessions', 'reschedule_requests', 'audit_events'];

/** The sweep mark of the archive walk: every UTC day up to it has all its history in the cold collections. */
export const ARCHIVE_MARK = 'archive:settled';

/** The name of one month's cold collection of a kind: `sessions_2025_01`. */
export const coldName = (kind: ArchivedKind, month: string): string => `${kind}_${month.replace('-', '_')}`;

const COLD_NAME = /^(sessions|reschedule_requests|audit_events)_(\d{4})_(\d{2})$/;

/** The kind and month of a cold collection's name, or null for any other collection. */
export function coldCollectionOf(name: string): { kind: ArchivedKind; month: string } | null {
  const m = COLD_NAME.exec(name);
  return m ? { kind: m[1] as ArchivedKind, month: `${m[2]}-${m[3]}` } : null;
}

type Doc = { _id: unknown } & Record<string, unknown>;

/**
 * The month whose cold collection a settled document goes to: a session's own month (the month its unit counts in,
 * what the usage report asks for), a request's or an event's UTC month of its day.
 */
export function coldMonthOf(kind: ArchivedKind, doc: Doc): string {
  if (kind === 'sessions') return (doc as unknown as SessionDoc).month;
  const at = kind === 'reschedule_requests' ? (doc as unknown as RescheduleRequestDoc).createdAt : (doc as unknown as AuditEventDoc).at;
  return (typeof doc.day === 'string' ? doc.day : dayKey(at)).slice(0, 7);
}

/**
 * The months whose cold collections hold the documents of one UTC day: for sessions, the local months that day
 * touches anywhere on Earth (the day before and after, at a month's edge), else the day's own month.
 */
export function coldMonthsOfDay(kind: ArchivedKind, day: string): string[] {
  if (kind !== 'sessions') return [day.slice(0, 7)];
  const before = dayKey(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));
  return [...new Set([before, day, nextDay(day)].map((d) => d.slice(0, 7)))];
}

/**
 * What a document may still change by while it is hot, as copied: the delete matches only if none of it changed
 * since (an attendance mark, a purge or an erasure between the copy and the delete), else it is copied again.
 */
const STILL_AS_COPIED: Record<ArchivedKind, string[]> = {
  sessions: ['status', 'version', 'attendance', 'cancelReason'],
  reschedule_requests: ['status', 'reason', 'decisionNote', 'personMessage'],
  audit_events: ['reason'],
};

function stillAsCopied(kind: ArchivedKind, doc: Doc): Record<string, unknown> {
  const filter: Record<string, unknown> = { _id: doc._id };
  for (const field of STILL_AS_COPIED[kind]) {
    const value = doc[field];
    // Only scalars: an object (a message reference) is compared by `_id` alone.
    if (value !== undefined && (value === null || typeof value !== 'object' || value instanceof Date)) filter[field] = value;
  }
  return filter;
}

export interface DayMoved {
  sessions: number;
  requests: number;
  auditEvents: number;
  /**
   * Documents of the day still hot: a request still pending, a session not ended, or a settled document that
   * changed between its copy and its delete (copied again next pass). The walk does not pass such a day.
   */
  left: number;
}

export class ArchiveRepository {
  private readonly connection: Connection;
  private readonly indexed = new Map<string, Promise<unknown>>();
  /** Collection and index creation, one at a time (FerretDB's catalogue is not made for concurrent DDL). */
  private ddl: Promise<unknown> = Promise.resolve();

  constructor(private readonly models: Models) {
    this.connection = models.Session.db;
  }

  hot(kind: ArchivedKind): Model<unknown> {
    const byKind = {
      sessions: this.models.Session,
      reschedule_requests: this.models.RescheduleRequest,
      audit_events: this.models.AuditEvent,
    };
    return byKind[kind] as unknown as Model<unknown>;
  }

  /** One month's cold collection of a kind, for reading (a month never archived reads as empty). */
  cold(kind: ArchivedKind, month: string): Model<unknown> {
    return bindArchiveModel(this.connection, kind, month) as Model<unknown>;
  }

  /** The cold collection, its indexes created first (once per process): before anything is copied into it. */
  private async coldForWriting(kind: ArchivedKind, month: string): Promise<Model<unknown>> {
    const model = this.cold(kind, month);
    const name = coldName(kind, month);
    if (!this.indexed.has(name)) {
      const created = this.ddl.then(() => model.createIndexes());
      this.ddl = created.catch(() => undefined);
      this.indexed.set(name, created);
    }
    await this.indexed.get(name);
    return model;
  }

  /** Every cold collection of a kind that exists (data protection searches them all; an operator's path). */
  async coldOfKind(kind: ArchivedKind): Promise<Model<unknown>[]> {
    const raw = this.connection.db;
    if (!raw) throw new Error('database not connected');
    const names = (await raw.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    return names.flatMap((name) => {
      const cold = coldCollectionOf(name);
      return cold?.kind === kind ? [this.cold(kind, cold.month)] : [];
    });
  }

  /**
   * Whether a session or request not found hot is in the cold collections (an old button or card): looked up by
   * `_id` in every month's collection of its kind, all at once. Only on the path of an id not found hot, which the
   * caller has already judged old enough to have moved.
   */
  async isArchived(kind: 'sessions' | 'reschedule_requests', id: string): Promise<boolean> {
    if (!Types.ObjectId.isValid(id) || id.length !== 24) return false;
    const _id = new Types.ObjectId(id);
    const found = await Promise.all(
      (await this.coldOfKind(kind)).map((model) => model.findOne({ _id }, { _id: 1 }).lean<{ _id: unknown }>().exec()),
    );
    return found.some((doc) => doc !== null);
  }

  /**
   * The collections that may hold documents of this UTC day: its months' cold ones, and the hot one unless the
   * archive walk has passed the day (`archivedThrough`, its mark), which leaves nothing of it hot.
   */
  ofDay(kind: ArchivedKind, day: string, archivedThrough: string | undefined): { hot: Model<unknown> | null; cold: Model<unknown>[] } {
    const cold = coldMonthsOfDay(kind, day).map((month) => this.cold(kind, month));
    return { hot: archivedThrough !== undefined && day <= archivedThrough ? null : this.hot(kind), cold };
  }

  /**
   * Moves the settled documents of one UTC day to their cold collections: every session that has ended, every
   * decided request, every audit event. The caller walks only days whose months are closed everywhere.
   */
  async moveDay(day: string, now: Date): Promise<DayMoved> {
    const [sessions, requests, events] = await Promise.all(ARCHIVED_KINDS.map((kind) => this.hot(kind).find({ day }).lean<Doc[]>().exec()));
    const settled = {
      sessions: (sessions ?? []).filter((s) => (s.end as Date) < now),
      reschedule_requests: (requests ?? []).filter((r) => r.status !== 'pending'),
      audit_events: events ?? [],
    };
    const moved = await Promise.all(ARCHIVED_KINDS.map((kind) => this.move(kind, settled[kind])));
    const unsettled = (sessions?.length ?? 0) + (requests?.length ?? 0) - settled.sessions.length - settled.reschedule_requests.length;
    return {
      sessions: moved[0]?.moved ?? 0,
      requests: moved[1]?.moved ?? 0,
      auditEvents: moved[2]?.moved ?? 0,
      left: unsettled + moved.reduce((n, m) => n + m.left, 0),
    };
  }

  /**
   * Copy, then delete what is still as copied. The copy inserts (a unique `_id` insert costs no read); a document
   * already there (a replay after a pass died) is rewritten with the hot version. A copy that holds free text is
   * marked so (store/free-text.ts), for the retention purge. The delete is one command, anchored on the day and
   * matching each document as copied: on FerretDB v1 every `_id` equality is a scan of the collection, so a day is
   * never deleted document by document.
   */
  async move(kind: ArchivedKind, docs: Doc[]): Promise<{ moved: number; left: number }> {
    if (docs.length === 0) return { moved: 0, left: 0 };
    const byMonth = new Map<string, Doc[]>();
    for (const doc of docs) {
      const month = coldMonthOf(kind, doc);
      const copy = holdsText(kind, doc) ? { ...doc, [TEXT_MARK]: true } : doc;
      byMonth.set(month, [...(byMonth.get(month) ?? []), copy]);
    }
    for (const [month, batch] of byMonth) {
      const cold = await this.coldForWriting(kind, month);
      const already = await cold.collection.insertMany(batch as never[], { ordered: false }).then(
        () => [],
        (err: unknown) => duplicateFailures(err).map((f) => batch[f.index] as Doc),
      );
      if (already.length > 0)
        await cold.collection.bulkWrite(already.map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d } })) as never[], {
          ordered: false,
        });
    }
    const days = [...new Set(docs.map((d) => d.day))];
    let moved = 0;
    for (const day of days) {
      const ofDay = docs.filter((d) => d.day === day);
      const deleted = await this.hot(kind).collection.deleteMany({ day, $or: ofDay.map((d) => stillAsCopied(kind, d)) } as never);
      moved += deleted.deletedCount;
    }
    return { moved, left: docs.length - moved };
  }
}

/** One document per `_id`, the first met kept (callers put the hot side first: it is the truth until deleted). */
export function onePerId<T extends { _id: unknown }>(docs: T[]): T[] {
  const byId = new Map<string, T>();
  for (const doc of docs) if (!byId.has(String(doc._id))) byId.set(String(doc._id), doc);
  return [...byId.values()];
}
