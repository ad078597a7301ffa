// The operator CLI, the demo seed and the benchmark never message anyone: this Notifier accepts every notice
// and sends nothing. It opens no thread either (so no made-up thread id is stored as an employee's relay
// thread: the first real message opens the real one); message ids are unique so request messages stay distinct.
import { randomUUID } from 'node:crypto';
import type { ChannelAddress } from '../domain/types.js';
import { DeliveryError, type Notifier } from '../services/notifier.js';
import type { Notice, Recipient, ThreadAddress } from '../notices/notice.js';

export class SilentNotifier implements Notifier {
  async notifyPerson(_to: Recipient, _notice: Notice): Promise<void> {}

  async openThread(channel: ChannelAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    throw new DeliveryError('unavailable', channel.platform, 'the operator tools open no threads');
  }

  async postToThread(_thread: ThreadAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    return `silent-message-${randomUUID()}`;
  }

  async updateThreadMessage(_thread: ThreadAddress, _messageId: string, _reader: Recipient, _notice: Notice): Promise<void> {}
}
