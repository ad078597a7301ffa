// The Notifier port: how use cases tell people things. Services describe *what* happened as a Notice;
// each platform renders it (Block Kit / Adaptive Cards) in the reader's zone. Routing by the recipient's
// platform lets an employee on Teams work with a therapist whose channel is in Slack.
import type { ChannelAddress, Platform } from '../domain/types.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';

export type DeliveryFailure = 'gone' | 'forbidden' | 'throttled' | 'unavailable';

/**
 * Thrown by platform notifiers when a message could not be delivered after the retries that help. `channelUnreachable`
 * marks a post to a channel the bot cannot post in at all (Slack `not_in_channel` / `channel_not_found`, a Teams 403 or
 * 404 on the channel): no retry helps until someone adds the bot, so the services tell the sender and the operators.
 */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    readonly platform: Platform,
    readonly detail: string,
    readonly channelUnreachable = false,
  ) {
    super(`${platform} delivery failed (${failure}): ${detail}`);
  }
}

export interface Notifier {
  /**
   * A direct message (Slack DM / Teams 1:1 chat) to a person; returns where it went, so it can be updated in place
   * later (null from a notifier that keeps no such reference).
   */
  notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null>;
  /** Replaces a direct message sent earlier with `notice`, rendered for `to`. */
  updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void>;
  /** Starts an employee's thread in the therapist's channel; returns the platform's thread id. */
  openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string>;
  /** Posts in a thread; returns the message id, so a request message can be updated in place later. */
  postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string>;
  updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void>;
}

/** Sends each call to the notifier of the recipient's (or channel's) platform. */
export class RoutingNotifier implements Notifier {
  private readonly byPlatform = new Map<Platform, Notifier>();

  register(platform: Platform, notifier: Notifier): void {
    this.byPlatform.set(platform, notifier);
  }

  private for(platform: Platform): Notifier {
    const notifier = this.byPlatform.get(platform);
    if (!notifier) throw new DeliveryError('unavailable', platform, 'platform not configured');
    return notifier;
  }

  notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null> {
    return this.for(to.identity.platform).notifyPerson(to, notice);
  }

  updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    return this.for(message.platform).updatePersonMessage(to, message, notice);
  }

  openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.for(channel.platform).openThread(channel, reader, notice);
  }

  postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.for(thread.channel.platform).postToThread(thread, reader, notice);
  }

  updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void> {
    return this.for(thread.channel.platform).updateThreadMessage(thread, messageId, reader, notice);
  }
}
