// Retention: free text (request reasons, decision notes, cancel reasons, audit reasons) older than an organisation's
// window is removed, leaving who, what and when. History is reached one UTC day at a time, by equality (`{ day }`,
// every organisation due that day at once), and each document by `_id`: a pass costs the days that came due, not
// the past. A day past the archive age is in its month's cold collection: one read of that month, never the past.
import { ArchiveRepository } from './archive.js';
import type { ArchivedKind, Models } from './models.js';
import { ERASED_TEXT } from './person-data.js';

export interface PurgeCounts {
  requests: number;
  sessions: number;
  auditEvents: number;
}

type Text<T> = { _id: T } & Record<string, unknown>;

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
   * Purges the free text of one UTC day written before each organisation's window edge (`edges`: organisation id to
   * the instant before which its text goes; organisations absent are not due that day): in the cold collections of
   * that day's month and, unless the archive walk has passed the day (`archivedThrough`), in the hot ones
   * (docs/design.md §6). Each collection is read once by `{ day }` for every organisation due, not once per
   * organisation: a read of a cold month costs that month's size, so the pass costs the days due, not the tenants.
   */
  async purgeDay(day: string, edges: ReadonlyMap<string, Date>, archivedThrough?: string): Promise<PurgeCounts> {
    const older = (d: Text<unknown>, field: string) => {
      const edge = edges.get(String(d.orgId));
      return edge !== undefined && (d[field] as Date) < edge;
    };
    const purge = (kind: ArchivedKind, fields: Record<string, 1>, due: (d: Text<unknown>) => boolean, set: Record<string, unknown>) =>
      Promise.all(
        this.archive.ofDay(kind, day, archivedThrough).map(async (model) => {
          const docs = await model
            .find({ day }, { ...fields, orgId: 1 })
            .lean<Text<unknown>[]>()
            .exec();
          const dueDocs = docs.filter(due);
          await setEach(model as unknown as BulkUpdates, dueDocs, set);
          return dueDocs.length;
        }),
      ).then((counts) => counts.reduce((a, b) => a + b, 0));
    // `reason` is required on a request: the marker says a reason was given, never what.
    const [requests, sessions, auditEvents] = await Promise.all([
      purge(
        'reschedule_requests',
        { reason: 1, decisionNote: 1, createdAt: 1 },
        (r) => older(r, 'createdAt') && (r.reason !== ERASED_TEXT || r.decisionNote !== null),
        { reason: ERASED_TEXT, decisionNote: null },
      ),
      purge('sessions', { cancelReason: 1, end: 1 }, (s) => older(s, 'end') && s.cancelReason !== null, { cancelReason: null }),
      purge('audit_events', { reason: 1, at: 1 }, (a) => older(a, 'at') && a.reason !== null, { reason: null }),
    ]);
    return { requests, sessions, auditEvents };
  }
}

interface BulkUpdates {
  bulkWrite(
    ops: { updateOne: { filter: { _id: unknown }; update: { $set: Record<string, unknown> } } }[],
    options: { ordered: false },
  ): Promise<unknown>;
}

/** One command of updates, each by `_id` equality. */
async function setEach(model: BulkUpdates, docs: { _id: unknown }[], fields: Record<string, unknown>): Promise<void> {
  if (docs.length === 0) return;
  await model.bulkWrite(
    docs.map((d) => ({ updateOne: { filter: { _id: d._id }, update: { $set: fields } } })),
    { ordered: false },
  );
}
