// What changes owe (audit events and notices), recorded before each change and deleted once settled. Small by
// design: only unfinished work lives here, so the sweep reads all of it instead of a look-back window.
import { isDuplicateKey } from './claims.js';
import type { Models, OwedDoc } from './models.js';

export class OwedRepository {
  constructor(private readonly models: Models) {}

  /** Records entries; entries already recorded by an earlier try of the same change are kept as they are. */
  async record(entries: OwedDoc[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.models.Owed.collection.insertMany(entries as never[], { ordered: false });
    } catch (err) {
      const failures = (err as { writeErrors?: { code: number }[] | { code: number } }).writeErrors;
      const list = failures === undefined ? [] : Array.isArray(failures) ? failures : [failures];
      if (!(list.length > 0 && list.every((f) => f.code === 11000)) && !isDuplicateKey(err)) throw err;
    }
  }

  ofChange(changeId: string): Promise<OwedDoc[]> {
    return this.models.Owed.find({ changeId }).lean<OwedDoc[]>().exec();
  }

  olderThan(before: Date, limit = 500): Promise<OwedDoc[]> {
    return this.models.Owed.find({ createdAt: { $lt: before } })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<OwedDoc[]>()
      .exec();
  }

  /** Settling is deleting, in one round trip for all the entries a change settled (each by `_id` equality). */
  async settle(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.models.Owed.bulkWrite(
      [...new Set(ids)].map((_id) => ({ deleteOne: { filter: { _id } } })),
      { ordered: false },
    );
  }

  async dropChange(changeId: string): Promise<void> {
    await this.models.Owed.deleteMany({ changeId }).exec();
  }
}
