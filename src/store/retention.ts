// Retention: free text (request reasons, decision notes, cancel reasons, audit reasons) older than an organisation's
// window is removed, leaving who, what and when. History is reached one UTC day at a time, by equality (`{ day }`,
// every organisation due that day at once), one update per collection: a pass costs the days that came due, not the
// past. A day past the archive age is in its month's cold collection, where only the copies still holding text carry
// the mark the purge finds them by (store/free-text.ts): the day's other documents are never returned.
import type { Model } from 'mongoose';
import { ARCHIVED_KINDS, ArchiveRepository } from './archive.js';
import type { ArchivedKind, Models } from './models.js';
import { holdingText, PURGED_TEXT, TEXT_MARK } from './free-text.js';

export interface PurgeCounts {
  requests: number;
  sessions: number;
  auditEvents: number;
}

export class RetentionRepository {
  private readonly archive: ArchiveRepository;

  constructor(private readonly models: Models) {
    this.archive = new ArchiveRepository(models);
  }

  /** Every organisation's window (null: the default). Organisations are few: one small read per pass. */
  windows(): Promise<{ _id: string; retentionDays?: number | null; createdAt: Date }[]> {
    return this.models.Organisation.find({}, { _id: 1, retentionDays: 1, createdAt: 1 })
      .lean<{ _id: string; retentionDays?: number | null; createdAt: Date }[]>()
      .exec();
  }

  /**
   * How many documents of each of these organisations still hold free text on one UTC day: the cold copies by their
   * mark (the database returns only those), the hot side, small, by the text fields. A document met on both sides
   * (a move killed between copy and delete) counts twice: an estimate, to size a pass.
   */
  async textHeldOn(day: string, orgIds: readonly string[], archivedThrough?: string): Promise<Map<string, number>> {
    const reads = ARCHIVED_KINDS.flatMap((kind) => {
      const { hot, cold } = this.archive.ofDay(kind, day, archivedThrough);
      const read = (model: Model<unknown>, holding: Record<string, unknown>) =>
        model
          .find({ day, ...holding }, { orgId: 1 })
          .lean<{ orgId: string }[]>()
          .exec();
      return [...(hot ? [read(hot, holdingText(kind))] : []), ...cold.map((model) => read(model, { [TEXT_MARK]: true }))];
    });
    const wanted = new Set(orgIds);
    const counts = new Map<string, number>();
    for (const doc of (await Promise.all(reads)).flat()) if (wanted.has(doc.orgId)) counts.set(doc.orgId, (counts.get(doc.orgId) ?? 0) + 1);
    return counts;
  }

  /**
   * Purges the free text of one UTC day for the organisations due on it, in the cold collections of that day's month
   * and, unless the archive walk has passed the day (`archivedThrough`), in the hot one (docs/design.md §6). The day
   * is purged once all of it has passed each of those windows (the walk in services/data-protection/retention.ts), so
   * every document of theirs on it is due: one update per collection for every organisation at once, never a read
   * and then an update per document. On the cold side the update is anchored on two equalities, the day and the text
   * mark, which FerretDB v1 hands to PostgreSQL: only the documents that hold text come back to be changed (by
   * `{ day }` alone every document of the day, of every tenant, came back, and at 100k past sessions that was most of
   * the daily pass).
   */
  async purgeDay(day: string, orgIds: readonly string[], archivedThrough?: string): Promise<PurgeCounts> {
    if (orgIds.length === 0) return { requests: 0, sessions: 0, auditEvents: 0 };
    const orgId = orgIds.length === 1 ? orgIds[0] : { $in: orgIds };
    const purge = async (kind: ArchivedKind) => {
      const { hot, cold } = this.archive.ofDay(kind, day, archivedThrough);
      const set = PURGED_TEXT[kind];
      const updates = [
        ...(hot ? [hot.updateMany({ day, orgId, ...holdingText(kind) }, { $set: set })] : []),
        // A cold copy holding text is marked so: the database returns only the documents to change.
        ...cold.map((model) => model.updateMany({ day, [TEXT_MARK]: true, orgId }, { $set: set, $unset: { [TEXT_MARK]: 1 } })),
      ];
      return (await Promise.all(updates.map((u) => u.exec()))).reduce((n, r) => n + r.modifiedCount, 0);
    };
    const [requests, sessions, auditEvents] = await Promise.all([purge('reschedule_requests'), purge('sessions'), purge('audit_events')]);
    return { requests, sessions, auditEvents };
  }
}
