// How far the sweep has walked each kind of history. History is reached one bucket (a day, an hour, a month) at a
// time by equality, so a pass reads only the buckets that became due since the mark, never the whole past.
import type { Models, SweepMarkDoc } from './models.js';

export class SweepMarkRepository {
  constructor(private readonly models: Models) {}

  async all(): Promise<Map<string, string>> {
    const marks = await this.models.SweepMark.find({}).lean<SweepMarkDoc[]>().exec();
    return new Map(marks.map((m) => [m._id, m.through]));
  }

  async set(name: string, through: string, now: Date): Promise<void> {
    await this.models.SweepMark.updateOne({ _id: name }, { $set: { through, updatedAt: now } }, { upsert: true }).exec();
  }
}
