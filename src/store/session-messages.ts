// Direct messages that offer an action on a session, remembered so they can be brought up to date when the session
// changes (issue 18): written when such a message is sent, read by session when it is cancelled or moved, forgotten
// once updated, or when their day moves to the cold collections. Read by employee for a subject access export and erased with them.
import type { Types } from 'mongoose';
import type { PersonMessage } from '../notices/notice.js';
import { isDuplicateKey } from './claims.js';
import type { Models, SessionMessageDoc } from './models.js';

/** More than any session gathers (each is one refused Confirm or one decided request of it): a bound, not a limit. */
export const SESSION_MESSAGES_READ = 50;

/** One message, whatever notice it shows: a Slack DM by channel and ts, a Teams card by its activity id. */
export function sessionMessageId(sessionId: string, message: PersonMessage): string {
  return message.platform === 'slack' ? `${sessionId}:slack:${message.channelId}:${message.id}` : `${sessionId}:teams:${message.id}`;
}

export class SessionMessageRepository {
  constructor(private readonly models: Models) {}

  /** Remembers a message (again: what it shows now replaces what it showed). */
  async remember(doc: SessionMessageDoc): Promise<void> {
    try {
      await this.models.SessionMessage.create(doc);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await this.models.SessionMessage.updateOne({ _id: doc._id }, { $set: { notice: doc.notice } }).exec();
    }
  }

  ofSession(sessionId: string): Promise<SessionMessageDoc[]> {
    return this.models.SessionMessage.find({ sessionId }).limit(SESSION_MESSAGES_READ).lean<SessionMessageDoc[]>().exec();
  }

  /** One command, each by `_id` equality. */
  async forget(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.models.SessionMessage.bulkWrite(
      ids.map((_id) => ({ deleteOne: { filter: { _id } } })),
      { ordered: false },
    );
  }

  /** Messages about the sessions of a UTC day that has moved to the cold collections: nothing left to bring up to date. */
  async forgetDay(day: string): Promise<number> {
    return (await this.models.SessionMessage.deleteMany({ day }).exec()).deletedCount;
  }

  ofEmployee(employeeId: Types.ObjectId | string): Promise<SessionMessageDoc[]> {
    return this.models.SessionMessage.find({ employeeId }).lean<SessionMessageDoc[]>().exec();
  }

  /** Erasure: where the employee's messages went names them. */
  async forgetEmployee(employeeId: Types.ObjectId | string): Promise<number> {
    return (await this.models.SessionMessage.deleteMany({ employeeId }).exec()).deletedCount;
  }
}
