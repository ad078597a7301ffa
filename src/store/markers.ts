// Once-only markers: a reminder sent, the opening care note of a conversation, a session's attendance mark. Like a
// claim, each is a unique `_id` that exactly one concurrent insert wins; unlike a claim it promises nothing about
// time or allowance and is kept after its moment (attendance and care notes for good, reminders 30 days), so it
// lives here and not in `claims`, which holds only what is live (docs/design.md §6).
import { duplicateFailures, isDuplicateKey } from './claims.js';
import type { MarkerDoc, MarkerKind, Models } from './models.js';
import { findEach } from './by-ids.js';

export type MarkerFields = Pick<MarkerDoc, 'employeeId' | 'sessionId' | 'day' | 'data'>;

const markerDoc = (key: string, kind: MarkerKind, owner: string, now: Date, fields: MarkerFields): MarkerDoc => ({
  _id: key,
  kind,
  owner,
  createdAt: now,
  ...fields,
});

export class MarkerRepository {
  constructor(private readonly models: Models) {}

  /** True when this call set the marker, false when it was already set. */
  async mark(key: string, kind: MarkerKind, owner: string, fields: MarkerFields, now: Date): Promise<boolean> {
    try {
      await this.models.Marker.collection.insertOne(markerDoc(key, kind, owner, now, fields) as never);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  /** Sets several markers in one unordered round trip: the keys this call won and those already set. */
  async markMany(
    keys: string[],
    kind: MarkerKind,
    owner: string,
    fields: MarkerFields,
    now: Date,
  ): Promise<{ won: string[]; taken: string[] }> {
    if (keys.length === 0) return { won: [], taken: [] };
    try {
      await this.models.Marker.collection.insertMany(keys.map((key) => markerDoc(key, kind, owner, now, fields)) as never[], {
        ordered: false,
      });
      return { won: keys, taken: [] };
    } catch (err) {
      const taken = new Set(duplicateFailures(err).map((f) => f.index));
      return { won: keys.filter((_, i) => !taken.has(i)), taken: keys.filter((_, i) => taken.has(i)) };
    }
  }

  get(key: string): Promise<MarkerDoc | null> {
    return this.models.Marker.findById(key).lean<MarkerDoc>().exec();
  }

  /** Markers by key, each read by `_id` equality (sent together). */
  getEach(keys: string[]): Promise<MarkerDoc[]> {
    return findEach(keys, (_id) => this.models.Marker.findOne({ _id }).lean<MarkerDoc>().exec());
  }

  async setFields(key: string, fields: Partial<MarkerFields>): Promise<void> {
    await this.models.Marker.updateOne({ _id: key }, { $set: fields }).exec();
  }

  /** The markers of one kind for one UTC day (the reminders of that day's sessions). */
  ofKindOnDay(kind: 'reminder', day: string): Promise<MarkerDoc[]> {
    return this.models.Marker.find({ kind, day }).lean<MarkerDoc[]>().exec();
  }

  /**
   * Removes the markers of one kind for one UTC day: reminders kept past their retention, attendance marks of a day
   * whose sessions moved to the cold collections (an archived session is refused before its marker is ever read).
   */
  async deleteKindOnDay(kind: 'reminder' | 'attendance', day: string): Promise<number> {
    return (await this.models.Marker.deleteMany({ kind, day }).exec()).deletedCount;
  }

  /** A person's markers (data protection's export): as employee, or set for one of their sessions. Operator-only. */
  async ofPerson(personId: string, sessionIds: string[]): Promise<MarkerDoc[]> {
    const [mine, ofSessions] = await Promise.all([
      this.models.Marker.find({ employeeId: personId }).lean<MarkerDoc[]>().exec(),
      findEach(sessionIds, (sessionId) => this.models.Marker.find({ sessionId }).lean<MarkerDoc[]>().exec()),
    ]);
    return [...new Map([...mine, ...ofSessions.flat()].map((m) => [m._id, m])).values()];
  }
}
