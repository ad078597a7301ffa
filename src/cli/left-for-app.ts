// The operator CLI sends only through the platforms configured in its own environment. A notice for any other
// platform is refused as `unavailable` before anything is sent (no e-mail either, or the app would send it again),
// so the services keep it owed and the app's sweep delivers it; this notifier counts what it left, by platform.
import type { ChannelAddress, Platform } from '../domain/types.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';
import { DeliveryError, type Notifier } from '../services/notifier.js';

export interface LeftForApp {
  platform: Platform;
  /** Deliveries refused (each one notice kept owed). */
  notices: number;
  /** Why the platform is not configured here, e.g. "no MicrosoftAppId". */
  reason: string;
}

export class LeftForAppNotifier implements Notifier {
  private readonly refused = new Map<Platform, number>();

  /** `unconfigured`: each platform this process may not send to, with the reason (the others pass through). */
  constructor(
    private readonly inner: Notifier,
    private readonly unconfigured: ReadonlyMap<Platform, string>,
  ) {}

  notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null> {
    return this.through(to.identity.platform, () => this.inner.notifyPerson(to, notice));
  }

  updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    return this.through(message.platform, () => this.inner.updatePersonMessage(to, message, notice));
  }

  openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.through(channel.platform, () => this.inner.openThread(channel, reader, notice));
  }

  postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.through(thread.channel.platform, () => this.inner.postToThread(thread, reader, notice));
  }

  updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void> {
    return this.through(thread.channel.platform, () => this.inner.updateThreadMessage(thread, messageId, reader, notice));
  }

  /** What was left for the app so far, by platform (platforms with nothing left are omitted). */
  leftForApp(): LeftForApp[] {
    return [...this.refused].map(([platform, notices]) => ({ platform, notices, reason: this.unconfigured.get(platform) ?? '' }));
  }

  private async through<T>(platform: Platform, send: () => Promise<T>): Promise<T> {
    const reason = this.unconfigured.get(platform);
    if (reason === undefined) return send();
    this.refused.set(platform, (this.refused.get(platform) ?? 0) + 1);
    throw new DeliveryError('unavailable', platform, `not configured for the operator tools (${reason}): left for the app`);
  }
}

const platformName = { slack: 'Slack', teams: 'Teams' } as const;

/** One sentence per platform the sweep could not send to here; the app's own sweep delivers those. */
export function leftForAppLine({ platform, notices, reason }: LeftForApp): string {
  const name = platformName[platform];
  return `${notices} ${notices === 1 ? 'notice' : 'notices'} for ${name} recipients left for the app: ${name} is not configured here (${reason}).`;
}
