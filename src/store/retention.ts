// Retention: free text (request reasons, decision notes, cancel reasons, audit reasons) older than an organisation's
// window is removed, leaving who, what and when. History is reached one day of one organisation at a time, by
// equality (`{ orgId, day }`), and each document by `_id`: a pass costs the days that came due, not the past.
import type { Types } from 'mongoose';
import type { Models } from './models.js';
import { ERASED_TEXT } from './person-data.js';

export interface PurgeCounts {
  requests: number;
  sessions: number;
  auditEvents: number;
}

type Text<T> = { _id: T } & Record<string, unknown>;

export class RetentionRepository {
  constructor(private readonly models: Models) {}

  /** Every organisation's window (null: the default). Organisations are few: one small read per pass. */
  windows(): Promise<{ _id: string; retentionDays?: number | null; createdAt: Date }[]> {
    return this.models.Organisation.find({}, { _id: 1, retentionDays: 1, createdAt: 1 })
      .lean<{ _id: string; retentionDays?: number | null; createdAt: Date }[]>()
      .exec();
  }

  /** Purges the free text of one organisation's day (UTC) that was written before `before`. */
  async purgeDay(orgId: string, day: string, before: Date): Promise<PurgeCounts> {
    const [requests, sessions, auditEvents] = await Promise.all([
      this.models.RescheduleRequest.find({ orgId, day }, { reason: 1, decisionNote: 1, createdAt: 1 })
        .lean<Text<Types.ObjectId>[]>()
        .exec(),
      this.models.Session.find({ orgId, day }, { cancelReason: 1, end: 1 }).lean<Text<Types.ObjectId>[]>().exec(),
      this.models.AuditEvent.find({ orgId, day }, { reason: 1, at: 1 }).lean<Text<string>[]>().exec(),
    ]);
    const older = (d: Text<unknown>, field: string) => (d[field] as Date) < before;
    const dueRequests = requests.filter((r) => older(r, 'createdAt') && (r.reason !== ERASED_TEXT || r.decisionNote !== null));
    const dueSessions = sessions.filter((s) => older(s, 'end') && s.cancelReason !== null);
    const dueAudit = auditEvents.filter((a) => older(a, 'at') && a.reason !== null);
    // `reason` is required on a request: the marker says a reason was given, never what.
    await Promise.all([
      // Messages about that day's sessions: long past, nothing left to update.
      this.models.SessionMessage.deleteMany({ orgId, day }).exec(),
      setEach(this.models.RescheduleRequest, dueRequests, { reason: ERASED_TEXT, decisionNote: null }),
      setEach(this.models.Session, dueSessions, { cancelReason: null }),
      setEach(this.models.AuditEvent, dueAudit, { reason: null }),
    ]);
    return { requests: dueRequests.length, sessions: dueSessions.length, auditEvents: dueAudit.length };
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
