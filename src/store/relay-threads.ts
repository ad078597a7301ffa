// Relay threads: which thread in the therapist's channel belongs to which employee. Ids only, never text.
import type { Types } from 'mongoose';
import { isDuplicateKey } from './claims.js';
import type { Models, RelayThreadDoc } from './models.js';

export const relayThreadId = (employeeId: Types.ObjectId | string, therapistId: Types.ObjectId | string) =>
  `${String(employeeId)}:${String(therapistId)}`;
export const threadKeyOf = (channelKey: string, threadId: string) => `${channelKey}#${threadId}`;

export class RelayThreadRepository {
  constructor(private readonly models: Models) {}

  get(id: string): Promise<RelayThreadDoc | null> {
    return this.models.RelayThread.findById(id).lean<RelayThreadDoc>().exec();
  }

  byThread(channelKey: string, threadId: string): Promise<RelayThreadDoc | null> {
    return this.models.RelayThread.findOne({ threadKey: threadKeyOf(channelKey, threadId) }).lean<RelayThreadDoc>().exec();
  }

  /** Claims the right to open the thread: true for the one caller that must create it on the platform. */
  async claimOpening(thread: Omit<RelayThreadDoc, 'threadId' | 'threadKey'>): Promise<boolean> {
    try {
      await this.models.RelayThread.create({ ...thread, threadId: null, threadKey: `opening:${thread._id}` });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async setThread(id: string, channelKey: string, threadId: string): Promise<void> {
    await this.models.RelayThread.updateOne({ _id: id }, { $set: { channelKey, threadId, threadKey: threadKeyOf(channelKey, threadId) } }).exec();
  }

  /** Drops a thread the platform says no longer exists, so the next post opens a new one. */
  async forgetThread(id: string, threadId: string): Promise<void> {
    await this.models.RelayThread.deleteOne({ _id: id, threadId }).exec();
  }

  /** Drops a thread record that never got a thread (the opener failed), so the next message retries. */
  async abandonOpening(id: string): Promise<void> {
    await this.models.RelayThread.deleteOne({ _id: id, threadId: null }).exec();
  }
}
