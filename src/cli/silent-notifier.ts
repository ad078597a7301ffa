// The operator CLI, the demo seed and the benchmark never message anyone: this Notifier accepts every notice
// and sends nothing. Thread ids are still unique so that relay threads and request messages stay distinct.
import { randomUUID } from 'node:crypto';
import type { ChannelAddress } from '../domain/types.js';
import type { Notice, Notifier, Recipient, ThreadAddress } from '../services/notifier.js';

export class SilentNotifier implements Notifier {
  async notifyPerson(_to: Recipient, _notice: Notice): Promise<void> {}

  async openThread(_channel: ChannelAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    return `silent-thread-${randomUUID()}`;
  }

  async postToThread(_thread: ThreadAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    return `silent-message-${randomUUID()}`;
  }

  async updateThreadMessage(_thread: ThreadAddress, _messageId: string, _reader: Recipient, _notice: Notice): Promise<void> {}
}
