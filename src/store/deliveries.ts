// Processed platform deliveries: insert-first, so a retried or redelivered event is recognised. The unique
// `_id` decides; a failed processing forgets its key so the platform's retry is processed again.
import { isDuplicateKey } from './claims.js';
import type { Models } from './models.js';

export class DeliveryRepository {
  constructor(private readonly models: Models) {}

  async firstTime(key: string, now: Date): Promise<boolean> {
    try {
      await this.models.Delivery.create({ _id: key, createdAt: now });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async forget(key: string): Promise<void> {
    await this.models.Delivery.deleteOne({ _id: key }).exec();
  }

  async deleteOlderThan(before: Date): Promise<number> {
    const res = await this.models.Delivery.deleteMany({ createdAt: { $lt: before } }).exec();
    return res.deletedCount ?? 0;
  }
}
