// The Notifier port: how use cases tell people things. Services describe *what* happened as a Notice;
// each platform renders it (Block Kit / Adaptive Cards) in the reader's zone. Routing by the recipient's
// platform lets an employee on Teams work with a therapist whose channel is in Slack.
import type { ChannelAddress, Platform, PlatformIdentity, RequestStatus, SessionStatus } from '../domain/types.js';

export interface Recipient {
  personId: string;
  displayName: string;
  zone: string;
  identity: PlatformIdentity;
  /** Where confirmations are also e-mailed, when e-mail is configured. */
  email: string | null;
}

export interface ThreadAddress {
  channel: ChannelAddress;
  threadId: string;
}

export interface SessionView {
  id: string;
  start: Date;
  end: Date;
  status: SessionStatus;
  employeeName: string;
  therapistName: string;
}

export interface RequestView {
  id: string;
  sessionId: string;
  current: { start: Date; end: Date };
  proposed: { start: Date; end: Date };
  custom: boolean;
  reason: string;
  requestedBy: 'employee' | 'therapist';
  awaiting: 'therapist' | 'employee';
  status: RequestStatus;
  decisionNote: string | null;
  employeeName: string;
  therapistName: string;
}

export type Notice =
  | { kind: 'relay'; from: 'employee' | 'therapist'; senderName: string; text: string }
  | { kind: 'thread_opened'; employeeName: string }
  /** To the therapist's thread: a request with Confirm / Decline / Propose. */
  | { kind: 'reschedule_requested'; request: RequestView }
  /** To the employee: their request waits for the therapist. */
  | { kind: 'reschedule_awaiting'; request: RequestView }
  /** To the employee: the therapist proposes another time, with Accept / Decline. */
  | { kind: 'reschedule_proposed'; request: RequestView }
  /** Replaces a request message in place once it has been decided. */
  | { kind: 'request_decided'; request: RequestView }
  | { kind: 'session_rescheduled'; previous: SessionView; session: SessionView }
  | { kind: 'reschedule_declined'; request: RequestView }
  | { kind: 'request_withdrawn'; request: RequestView }
  | { kind: 'request_expired'; request: RequestView; cutoffHours: number }
  | { kind: 'session_booked'; session: SessionView }
  | { kind: 'session_cancelled'; session: SessionView; late: boolean; reason: string; cancelledBy: 'employee' | 'therapist' };

export type NoticeKind = Notice['kind'];

export type DeliveryFailure = 'gone' | 'forbidden' | 'throttled' | 'unavailable';

/** Thrown by platform notifiers when a message could not be delivered after the retries that help. */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    readonly platform: Platform,
    detail: string,
  ) {
    super(`${platform} delivery failed (${failure}): ${detail}`);
  }
}

export interface Notifier {
  /** A direct message (Slack DM / Teams 1:1 chat) to a person. */
  notifyPerson(to: Recipient, notice: Notice): Promise<void>;
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

  notifyPerson(to: Recipient, notice: Notice): Promise<void> {
    return this.for(to.identity.platform).notifyPerson(to, notice);
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
