// Retention: free text (request reasons, decision notes, cancel reasons, audit reasons) older than an organisation's
// window is removed, leaving who, what and when. History is reached one UTC day at a time, by equality (`{ day }`,
// every organisation due that day at once), one update per collection: a pass costs the days that came due, not the
// past. A day past the archive age is in its month's cold collection: one scan of that month, never the past.
import { ArchiveRepository } from './archive.js';
import type { ArchivedKind, Models } from './models.js';
import { ERASED_TEXT } from './person-data.js';

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
   * Purges the free text of one UTC day for the organisations due on it, in the cold collections of that day's month and, unless the archive walk has passed the day
   * (`archivedThrough`), in the hot ones (docs/design.md §6). The day is purged once all of it has passed each of
   * those windows (the walk in services/data-protection/retention.ts), so every document of theirs on it is due: one
   * update per collection by `{ day }` (answered by the database before anything else is looked at) for every
   * organisation at once, never a read and then an update per document, each of which costs a cold month's scan.
   */
  async purgeDay(day: string, orgIds: readonly string[], archivedThrough?: string): Promise<PurgeCounts> {
    if (orgIds.length === 0) return { requests: 0, sessions: 0, auditEvents: 0 };
    const orgId = orgIds.length === 1 ? orgIds[0] : { $in: orgIds };
    const purge = (kind: ArchivedKind, holding: Record<string, unknown>, set: Record<string, unknown>) =>
      Promise.all(
        this.archive
          .ofDay(kind, day, archivedThrough)
          .map(async (model) => (await model.updateMany({ day, orgId, ...holding }, { $set: set }).exec()).modifiedCount),
      ).then((counts) => counts.reduce((a, b) => a + b, 0));
    // `reason` is required on a request: the marker says a reason was given, never what.
    const [requests, sessions, auditEvents] = await Promise.all([
      purge(
        'reschedule_requests',
        { $or: [{ reason: { $ne: ERASED_TEXT } }, { decisionNote: { $ne: null } }] },
        { reason: ERASED_TEXT, decisionNote: null },
      ),
      purge('sessions', { cancelReason: { $ne: null } }, { cancelReason: null }),
      purge('audit_events', { reason: { $ne: null } }, { reason: null }),
    ]);
    return { requests, sessions, auditEvents };
  }
}
