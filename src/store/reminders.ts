// What the reminder pass reads: every organisation's policy, and the booked sessions of the few UTC days its
// windows touch (by equality), never the sessions of the past.
import { findEach } from './by-ids.js';
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

  /** The booked sessions of one UTC day (by equality: a pass reads only the days its windows touch). */
  bookedOnDay(day: string): Promise<SessionDoc[]> {
    return this.models.Session.find({ day, status: 'booked' }).lean<SessionDoc[]>().exec();
  }

  recorded(keys: string[]): Promise<Set<string>> {
    return recordedReminders(this.models, keys);
  }
}

/** Of these reminder keys, those whose sending was recorded (an audit event appended, or notices still owed). */
export async function recordedReminders(models: Models, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  // Each key by equality, sent together: the audit trail is history, never read by a list of keys.
  const [audited, owed] = await Promise.all([
    findEach(keys, (_id) => models.AuditEvent.findOne({ _id }, { _id: 1 }).lean<{ _id: string }>().exec()),
    findEach(keys, (changeId) => models.Owed.findOne({ changeId }, { changeId: 1 }).lean<{ changeId: string }>().exec()),
  ]);
  return new Set([...audited.map((a) => a._id), ...owed.map((o) => o.changeId)]);
}
