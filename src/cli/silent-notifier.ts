// The operator commands that set things up (create-org, import, seed-demo) and the benchmark never message anyone.
// This Notifier sends nothing and never pretends otherwise where it matters: a direct message is let go (a demo
// booking's notice is deliberately told to nobody), but every thread call is refused as `unavailable`, so no made-up
// thread or message id is ever stored (a request message's id is updated in place later) and what a thread is owed
// stays owed for the app. The sweep never runs with it: it delivers through the app's notifiers (delivery.ts).
import type { ChannelAddress } from '../domain/types.js';
import { DeliveryError, type Notifier } from '../services/notifier.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';

export class SilentNotifier implements Notifier {
  async notifyPerson(_to: Recipient, _notice: Notice): Promise<PersonMessage | null> {
    return null;
  }

  async updatePersonMessage(_to: Recipient, message: PersonMessage, _notice: Notice): Promise<void> {
    throw new DeliveryError('unavailable', message.platform, 'the operator tools update no messages');
  }

  async openThread(channel: ChannelAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    throw new DeliveryError('unavailable', channel.platform, 'the operator tools open no threads');
  }

  async postToThread(thread: ThreadAddress, _reader: Recipient, _notice: Notice): Promise<string> {
    throw new DeliveryError('unavailable', thread.channel.platform, 'the operator tools post in no threads');
  }

  async updateThreadMessage(thread: ThreadAddress, _messageId: string, _reader: Recipient, _notice: Notice): Promise<void> {
    throw new DeliveryError('unavailable', thread.channel.platform, 'the operator tools update no thread messages');
  }
}
