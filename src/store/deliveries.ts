// Processed platform deliveries: insert-first, so a retried or redelivered event is recognised. The unique
// `_id` decides; a failed processing forgets its key so the platform's retry is processed again, and a taker
// that died before it was done (no one left to forget the key) is taken over by a later redelivery.
import { isDuplicateKey } from './claims.js';
import type { DeliveryDoc, Models } from './models.js';

export type DeliveryTake = 'taken' | 'done' | 'in_flight';

export class DeliveryRepository {
  constructor(private readonly models: Models) {}

  /** A once-only marker: true the first time a key is seen, never again. */
  firstTime(key: string, now: Date): Promise<boolean> {
    return this.insert({ _id: key, createdAt: now });
  }

  /**
   * Takes a delivery to process: `taken` when it is new, or when its earlier taker never marked it done and took
   * it before `staleBefore` (it died); `done` when it was processed; `in_flight` while another call is (or may
   * still be) processing it. Of several redeliveries taking over one dead taking, the insert of a takeover key
   * named after that taking picks one (deletes are not isolated on FerretDB, so they cannot decide).
   */
  async take(key: string, now: Date, staleBefore: Date): Promise<DeliveryTake> {
    if (await this.insert({ _id: key, createdAt: now, done: false })) return 'taken';
    const found = await this.models.Delivery.findById(key).lean<DeliveryDoc>().exec();
    if (!found) return (await this.insert({ _id: key, createdAt: now, done: false })) ? 'taken' : 'in_flight';
    if (found.done !== false) return 'done';
    if (found.createdAt.getTime() >= staleBefore.getTime()) return 'in_flight';
    if (!(await this.insert({ _id: `${key}:takeover:${found.createdAt.getTime()}`, createdAt: now }))) return 'in_flight';
    // The one taker over replaces the dead taking with its own.
    await this.models.Delivery.deleteOne({ _id: key, createdAt: found.createdAt }).exec();
    return (await this.insert({ _id: key, createdAt: now, done: false })) ? 'taken' : 'in_flight';
  }

  /** Marks a taken delivery processed, with the answer a redelivery must get again (if any). */
  async done(key: string, outcome?: unknown): Promise<void> {
    await this.models.Delivery.updateOne({ _id: key }, { $set: { done: true, ...(outcome === undefined ? {} : { outcome }) } }).exec();
  }

  /** A processed delivery's recorded answer; undefined while it is not done. */
  async outcomeOf(key: string): Promise<{ outcome: unknown } | undefined> {
    const found = await this.models.Delivery.findById(key).lean<DeliveryDoc>().exec();
    return found?.done === true ? { outcome: found.outcome } : undefined;
  }

  private async insert(doc: DeliveryDoc): Promise<boolean> {
    try {
      await this.models.Delivery.create(doc);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async forget(key: string): Promise<void> {
    await this.models.Delivery.deleteOne({ _id: key }).exec();
  }

  /** Removes one UTC day of delivery keys (by equality: the sweep walks the days past retention). */
  async deleteDay(day: string): Promise<number> {
    return (await this.models.Delivery.deleteMany({ day }).exec()).deletedCount;
  }
}
