// What the reminder pass reads: every organisation's policy, and its booked sessions that start inside the
// windows where a reminder can be due. Two narrow ranges, not everything up to the horizon.
import type { Models, OrganisationDoc, SessionDoc } from './models.js';

export interface StartRange {
  from: Date; // exclusive
  to: Date; // inclusive
}

export class ReminderRepository {
  constructor(private readonly models: Models) {}

  organisations(): Promise<OrganisationDoc[]> {
    return this.models.Organisation.find({}).lean<OrganisationDoc[]>().exec();
  }

  bookedStartingIn(orgId: string, ranges: StartRange[], limit = 1000): Promise<SessionDoc[]> {
    if (ranges.length === 0) return Promise.resolve([]);
    return this.models.Session.find({ orgId, status: 'booked', $or: ranges.map((r) => ({ start: { $gt: r.from, $lte: r.to } })) })
      .sort({ start: 1 })
      .limit(limit)
      .lean<SessionDoc[]>()
      .exec();
  }

  recorded(keys: string[]): Promise<Set<string>> {
    return recordedReminders(this.models, keys);
  }
}

/** Of these reminder keys, those whose sending was recorded (an audit event appended, or notices still owed). */
export async function recordedReminders(models: Models, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const [audited, owed] = await Promise.all([
    models.AuditEvent.find({ _id: { $in: keys } }, { _id: 1 })
      .lean<{ _id: string }[]>()
      .exec(),
    models.Owed.find({ changeId: { $in: keys } }, { changeId: 1 })
      .lean<{ changeId: string }[]>()
      .exec(),
  ]);
  return new Set([...audited.map((a) => a._id), ...owed.map((o) => o.changeId)]);
}
