// Relay threads: which thread in the therapist's channel belongs to which employee. Ids only, never text.
import type { Types } from 'mongoose';
import { channelKey, type ChannelAddress } from '../domain/types.js';
import { isDuplicateKey } from './claims.js';
import type { Models, RelayThreadDoc } from './models.js';

export const relayThreadId = (employeeId: Types.ObjectId | string, therapistId: Types.ObjectId | string) =>
  `${String(employeeId)}:${String(therapistId)}`;
export const threadKeyOf = (channelKey: string, threadId: string) => `${channelKey}#${threadId}`;
/** A thread the employee had before the therapist was moved to another channel: kept so replies there still relay. */
const formerKeyOf = (threadKey: string) => `former:${threadKey}`;

/**
 * Where a thread can be posted without reading the therapist's link: it has a thread in a known channel, and no
 * link has moved since it was recorded (docs/design.md §3, re-linking).
 */
export function currentThreadOf(thread: RelayThreadDoc | null): { channel: ChannelAddress; threadId: string } | null {
  if (!thread?.threadId || !thread.channel || thread.stale) return null;
  return thread.threadKey === threadKeyOf(thread.channelKey, thread.threadId)
    ? { channel: thread.channel, threadId: thread.threadId }
    : null;
}

export class RelayThreadRepository {
  constructor(private readonly models: Models) {}

  get(id: string): Promise<RelayThreadDoc | null> {
    return this.models.RelayThread.findById(id).lean<RelayThreadDoc>().exec();
  }

  /** The conversation's opening care note is accounted for: later messages need not claim it. */
  async markCareNoted(id: string): Promise<void> {
    await this.models.RelayThread.updateOne({ _id: id }, { $set: { careNoted: true } }).exec();
  }

  /** The relay thread a platform thread belongs to: the employee's current one, or a former one (before a re-link). */
  async byThread(channelKey: string, threadId: string): Promise<RelayThreadDoc | null> {
    const key = threadKeyOf(channelKey, threadId);
    const [current, former] = await Promise.all(
      [key, formerKeyOf(key)].map((threadKey) => this.models.RelayThread.findOne({ threadKey }).lean<RelayThreadDoc>().exec()),
    );
    return current ?? former ?? null;
  }

  /** The employee's threads in channels their therapist was linked to before, newest first. */
  async formerThreads(employeeId: Types.ObjectId | string, therapistId: Types.ObjectId | string): Promise<RelayThreadDoc[]> {
    return this.models.RelayThread.find({ employeeId, therapistId, threadKey: { $regex: /^former:/ } })
      .sort({ createdAt: -1 })
      .lean<RelayThreadDoc[]>()
      .exec();
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

  /**
   * Records the employee's thread. A thread it replaces (the therapist was linked to a new channel) is kept as a
   * former thread first, inserted under its own unique key, so replies in it keep relaying after the move.
   */
  /** `previous`: the record as the caller read it before opening (null: it inserted the opening itself). */
  async setThread(id: string, channel: ChannelAddress, threadId: string, previous?: RelayThreadDoc | null): Promise<void> {
    const key = channelKey(channel);
    const threadKey = threadKeyOf(key, threadId);
    if (previous === undefined) previous = await this.get(id);
    if (previous?.threadId && previous.threadKey !== threadKey && !previous.threadKey.startsWith('opening:')) {
      await this.keepFormer(previous);
    }
    await this.models.RelayThread.updateOne({ _id: id }, { $set: { channelKey: key, channel, threadId, threadKey, stale: false } }).exec();
  }

  private async keepFormer(thread: RelayThreadDoc): Promise<void> {
    const key = formerKeyOf(thread.threadKey);
    try {
      await this.models.RelayThread.create({ ...thread, _id: key, threadKey: key });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // kept already (a retried or concurrent move)
    }
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
