// A Notifier that records what services asked to send, for service-level tests. Platform tests use the real
// Slack/Teams notifiers against local stand-ins of their Web APIs instead.
import type { ChannelAddress } from '../../src/domain/types.js';
import { DeliveryError, type DeliveryFailure, type Notifier } from '../../src/services/notifier.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../../src/notices/notice.js';

export type Sent =
  | { op: 'person'; to: Recipient; notice: Notice }
  | { op: 'open'; channel: ChannelAddress; notice: Notice; threadId: string }
  | { op: 'thread'; thread: ThreadAddress; notice: Notice; messageId: string }
  | { op: 'update'; thread: ThreadAddress; messageId: string; notice: Notice }
  | { op: 'person-update'; to: Recipient; message: PersonMessage; notice: Notice };

export class RecordingNotifier implements Notifier {
  sent: Sent[] = [];
  failPerson = false;
  /** How a scripted failure of a direct message fails: for good ('gone') or for now ('unavailable'). */
  personFailure: DeliveryFailure = 'gone';
  failThread = false;
  /** A slow platform: every delivery waits this long first. */
  delayMs = 0;
  /** Threads deleted on the platform: posting there fails with 'gone'. */
  goneThreads = new Set<string>();
  private counter = 0;

  private async slow(): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null> {
    await this.slow();
    if (this.failPerson) throw new DeliveryError(this.personFailure, to.identity.platform, 'scripted failure');
    this.sent.push({ op: 'person', to, notice });
    return { platform: 'slack', workspaceId: to.identity.workspaceId, channelId: `D-${to.identity.userId}`, id: `dm-${++this.counter}` };
  }

  async updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    await this.slow();
    this.sent.push({ op: 'person-update', to, message, notice });
  }

  async openThread(channel: ChannelAddress, _reader: Recipient, notice: Notice): Promise<string> {
    if (this.failThread) throw new DeliveryError('forbidden', channel.platform, 'scripted failure');
    const threadId = `thread-${++this.counter}`;
    this.sent.push({ op: 'open', channel, notice, threadId });
    return threadId;
  }

  async postToThread(thread: ThreadAddress, _reader: Recipient, notice: Notice): Promise<string> {
    await this.slow();
    if (this.failThread) throw new DeliveryError('forbidden', thread.channel.platform, 'scripted failure');
    if (this.goneThreads.has(thread.threadId)) throw new DeliveryError('gone', thread.channel.platform, 'thread deleted');
    const messageId = `msg-${++this.counter}`;
    this.sent.push({ op: 'thread', thread, notice, messageId });
    return messageId;
  }

  async updateThreadMessage(thread: ThreadAddress, messageId: string, _reader: Recipient, notice: Notice): Promise<void> {
    this.sent.push({ op: 'update', thread, messageId, notice });
  }

  kinds(op?: Sent['op']): string[] {
    return this.sent.filter((s) => !op || s.op === op).map((s) => s.notice.kind);
  }

  clear(): void {
    this.sent = [];
  }
}
