// Retention: free text (request reasons, decision notes, cancel reasons, audit reasons) older than an organisation's
// window is removed, leaving who, what and when. Each call does at most `limit` documents, so a sweep pass is bounded
// and a backlog is worked off over several passes.
import type { Types } from 'mongoose';
import type { Models } from './models.js';
import { ERASED_TEXT } from './person-data.js';

export interface PurgeCounts {
  requests: number;
  sessions: number;
  auditEvents: number;
}

export class RetentionRepository {
  constructor(private readonly models: Models) {}

  /** Every organisation's window (null: the default). Organisations are few: one small read per sweep. */
  windows(): Promise<{ _id: string; retentionDays?: number | null }[]> {
    return this.models.Organisation.find({}, { _id: 1, retentionDays: 1 }).lean<{ _id: string; retentionDays?: number | null }[]>().exec();
  }

  /** Purges one organisation's free text written before `before`: at most `limit` documents of each collection. */
  async purge(orgId: string, before: Date, limit: number): Promise<PurgeCounts> {
    const [requests, sessions, auditEvents] = await Promise.all([
      this.purgeRequests(orgId, before, limit),
      this.purgeSessions(orgId, before, limit),
      this.purgeAudit(orgId, before, limit),
    ]);
    return { requests, sessions, auditEvents };
  }

  private async purgeRequests(orgId: string, before: Date, limit: number): Promise<number> {
    const ids = await this.models.RescheduleRequest.find(
      { orgId, createdAt: { $lt: before }, $or: [{ reason: { $ne: ERASED_TEXT } }, { decisionNote: { $ne: null } }] },
      { _id: 1 },
    )
      .limit(limit)
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    if (ids.length === 0) return 0;
    // `reason` is required on a request: the marker says a reason was given, never what.
    await this.models.RescheduleRequest.updateMany(
      { _id: { $in: ids.map((d) => d._id) } },
      { $set: { reason: ERASED_TEXT, decisionNote: null } },
    ).exec();
    return ids.length;
  }

  private async purgeSessions(orgId: string, before: Date, limit: number): Promise<number> {
    const ids = await this.models.Session.find({ orgId, end: { $lt: before }, cancelReason: { $ne: null } }, { _id: 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    if (ids.length === 0) return 0;
    await this.models.Session.updateMany({ _id: { $in: ids.map((d) => d._id) } }, { $set: { cancelReason: null } }).exec();
    return ids.length;
  }

  private async purgeAudit(orgId: string, before: Date, limit: number): Promise<number> {
    const ids = await this.models.AuditEvent.find({ orgId, at: { $lt: before }, reason: { $ne: null } }, { _id: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>()
      .exec();
    if (ids.length === 0) return 0;
    await this.models.AuditEvent.updateMany({ _id: { $in: ids.map((d) => d._id) } }, { $set: { reason: null } }).exec();
    return ids.length;
  }
}
