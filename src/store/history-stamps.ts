// A one-off for data written before history was bucketed (`npm run admin -- stamp-history`): stamps the UTC day on
// sessions, requests, audit events and delivery keys, and the therapist, day and hour made on claims, so the sweep
// and the retention purge reach them by equality. Reads each collection whole, once: an operator's command, never
// a request path. Idempotent: only documents without the stamp are touched. It also moves the once-only markers an
// older version kept in `claims` to `markers`; settled history then moves to the cold collections by the sweep's walk.
import { dayKey } from '../domain/time.js';
import { ARCHIVE_MARK, ARCHIVED_KINDS, ArchiveRepository } from './archive.js';
import { duplicateFailures, madeHour } from './claims.js';
import { holdingText, TEXT_MARK } from './free-text.js';
import type { ClaimDoc, Models } from './models.js';

const BATCH = 1_000;

export interface StampCounts {
  sessions: number;
  requests: number;
  auditEvents: number;
  deliveries: number;
  claims: number;
  /** Once-only markers (reminders sent, care notes, attendance) moved out of `claims` into `markers`. */
  markers: number;
}

interface Stampable {
  find(filter: Record<string, unknown>): { lean<R>(): { exec(): Promise<R> } };
  bulkWrite(
    ops: { updateOne: { filter: { _id: unknown }; update: { $set: Record<string, unknown> } } }[],
    o: { ordered: false },
  ): Promise<unknown>;
}

async function stamp<T extends { _id: unknown }>(
  model: Stampable,
  missing: Record<string, unknown>,
  fields: (doc: T) => Record<string, unknown> | null,
): Promise<number> {
  const docs = await model.find(missing).lean<T[]>().exec();
  const ops = docs.flatMap((d) => {
    const set = fields(d);
    return set ? [{ updateOne: { filter: { _id: d._id }, update: { $set: set } } }] : [];
  });
  for (let i = 0; i < ops.length; i += BATCH) await model.bulkWrite(ops.slice(i, i + BATCH), { ordered: false });
  return ops.length;
}

const dayOf = (at: unknown) => (at instanceof Date ? { day: dayKey(at) } : null);

export class HistoryStampRepository {
  private readonly archive: ArchiveRepository;

  constructor(private readonly models: Models) {
    this.archive = new ArchiveRepository(models);
  }

  stamp(): Promise<StampCounts> {
    return stampHistory(this.models);
  }

  /**
   * Marks the cold copies an older version archived without the text mark (store/free-text.ts) that still hold free
   * text, so the retention purge finds them: one update per cold collection. Returns how many.
   */
  async markColdText(): Promise<number> {
    let marked = 0;
    for (const kind of ARCHIVED_KINDS) {
      const unmarked = { [TEXT_MARK]: { $exists: false }, ...holdingText(kind) };
      for (const cold of await this.archive.coldOfKind(kind))
        marked += (await cold.updateMany(unmarked, { $set: { [TEXT_MARK]: true } }).exec()).modifiedCount;
    }
    return marked;
  }

  /** The UTC days on which cold copies still hold marked text, each collection read whole (an operator's path). */
  async markedTextDays(): Promise<string[]> {
    const days = new Set<string>();
    for (const kind of ARCHIVED_KINDS)
      for (const cold of await this.archive.coldOfKind(kind))
        for (const doc of await cold
          .find({ [TEXT_MARK]: true }, { day: 1 })
          .lean<{ day?: string }[]>()
          .exec())
          if (doc.day) days.add(doc.day);
    return [...days].sort();
  }
}

async function stampHistory(models: Models): Promise<StampCounts> {
  const noDay = { day: { $exists: false } };
  const [sessions, requests, auditEvents, deliveries, claims] = await Promise.all([
    stamp<{ _id: unknown; start: Date }>(models.Session, noDay, (d) => dayOf(d.start)),
    stamp<{ _id: unknown; createdAt: Date }>(models.RescheduleRequest, noDay, (d) => dayOf(d.createdAt)),
    stamp<{ _id: unknown; at: Date }>(models.AuditEvent, noDay, (d) => dayOf(d.at)),
    stamp<{ _id: unknown; createdAt: Date }>(models.Delivery, noDay, (d) => dayOf(d.createdAt)),
    stamp<{ _id: string; kind: string; createdAt: Date }>(models.Claim, { made: { $exists: false } }, (c) => {
      const made = { made: madeHour(c.createdAt) };
      if (c.kind === 'reminder') return { ...made, day: dayKey(c.createdAt) };
      if (c.kind !== 'busy') return made;
      const [, therapistId = '', ...instant] = c._id.split(':');
      const tick = new Date(instant.join(':'));
      return Number.isNaN(tick.getTime()) ? made : { ...made, therapistId, day: dayKey(tick) };
    }),
  ]);
  // After stamping: a reminder marker carries its day when it moves.
  const markers = await moveMarkers(models);
  // Documents stamped now may lie behind the archive walk's mark: it walks again from the oldest organisation.
  if (sessions + requests + auditEvents > 0) await models.SweepMark.deleteOne({ _id: ARCHIVE_MARK }).exec();
  return { sessions, requests, auditEvents, deliveries, claims, markers };
}

/**
 * Moves the once-only markers an older version kept in `claims` to `markers`: copy (a marker already there is kept),
 * then delete from `claims`, so a run killed between the two is finished by the next run.
 */
async function moveMarkers(models: Models): Promise<number> {
  let moved = 0;
  for (const kind of ['reminder', 'care', 'attendance'] as const) {
    const found = await models.Claim.find({ kind }).lean<ClaimDoc[]>().exec();
    for (let i = 0; i < found.length; i += BATCH) {
      const batch = found.slice(i, i + BATCH);
      await models.Marker.collection.insertMany(batch as never[], { ordered: false }).catch((err: unknown) => duplicateFailures(err));
      await models.Claim.bulkWrite(
        batch.map((c) => ({ deleteOne: { filter: { _id: c._id } } })),
        { ordered: false },
      );
      moved += batch.length;
    }
  }
  return moved;
}
