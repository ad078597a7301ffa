// SlackNotifier: the Notifier port over the Slack Web API. Each message is worded for its reader (the recipient of a
// DM, the therapist reading a thread), never for whoever caused it. Rate limits are retried by the WebClient itself
// (it honours Retry-After); anything still failing becomes a DeliveryError the services understand.
import type { WebClient } from '@slack/web-api';
import { WebAPIPlatformError, WebAPIRateLimitedError } from '@slack/web-api';
import type { Logger } from '../log.js';
import type { ChannelAddress, PlatformIdentity } from '../domain/types.js';
import { DeliveryError } from '../services/notifier.js';
import type { DeliveryFailure, Notifier } from '../services/notifier.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';
import { noticeMessage } from './blocks/notice.js';
import type { Reader } from '../i18n/locales.js';

const goneErrors = new Set([
  'channel_not_found',
  'user_not_found',
  'account_inactive',
  'is_archived',
  'message_not_found',
  'thread_not_found',
  'user_disabled',
]);
const forbiddenErrors = new Set([
  'not_in_channel',
  'restricted_action',
  'cannot_dm_bot',
  'missing_scope',
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'account_inactive',
  'ekm_access_denied',
  'cant_update_message',
  'team_access_not_granted',
  'channel_is_archived',
]);

/** What Slack answers for a channel the bot is not in (or cannot see): only adding the bot to it helps. */
const channelUnreachableErrors = new Set(['not_in_channel', 'channel_not_found']);

/** The Slack error code of a Web API failure, if it was one (e.g. `not_in_channel`). */
export function slackErrorCode(err: unknown): string | null {
  return err instanceof WebAPIPlatformError ? err.data.error : null;
}

export function deliveryFailureOf(err: unknown): DeliveryFailure {
  const code = slackErrorCode(err);
  if (code === 'ratelimited') return 'throttled';
  if (code && goneErrors.has(code)) return 'gone';
  if (code && forbiddenErrors.has(code)) return 'forbidden';
  if (err instanceof WebAPIRateLimitedError) return 'throttled';
  // The WebClient turns an exhausted Retry-After wait into a request error naming the rate limit.
  if (err instanceof Error && /rate limit/i.test(err.message)) return 'throttled';
  return 'unavailable';
}

/** Told about every reader the notifier reaches, so their App Home can follow (see HomePublisher). */
export interface HomeRefresher {
  refresh(identity: PlatformIdentity): void;
}
/** The bot token of one workspace (OAuth distribution); absent in single-token mode, where the client's own is used. */
export type WorkspaceToken = (workspaceId: string) => Promise<string>;

export class SlackNotifier implements Notifier {
  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
    private readonly homes: HomeRefresher | null = null,
    private readonly tokenOf?: WorkspaceToken,
  ) {}

  async notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage> {
    // A bot with im:write may post to a user id: Slack opens (or reuses) the DM, and answers with its channel id,
    // which chat.update needs (it takes no user id).
    const workspaceId = to.identity.workspaceId;
    const posted = await this.postFor(notice.kind, workspaceId, { channel: to.identity.userId, ...noticeMessage(notice, to) });
    this.homeOf(to, notice);
    return { platform: 'slack', workspaceId, channelId: posted.channel ?? to.identity.userId, id: posted.ts };
  }

  async updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    if (message.platform !== 'slack') throw new DeliveryError('gone', 'slack', 'not a Slack message');
    await this.update(notice.kind, message.workspaceId, message.channelId, message.id, notice, to);
    this.homeOf(to, notice);
  }

  async openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.post(notice.kind, channel.workspaceId, { channel: channel.channelId, ...noticeMessage(notice, reader) }, 'channel');
  }

  async postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string> {
    const ts = await this.post(
      notice.kind,
      thread.channel.workspaceId,
      { channel: thread.channel.channelId, thread_ts: thread.threadId, ...noticeMessage(notice, reader) },
      'channel',
    );
    this.homeOf(reader, notice);
    return ts;
  }

  async updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void> {
    await this.update(notice.kind, thread.channel.workspaceId, thread.channel.channelId, messageId, notice, reader);
    this.homeOf(reader, notice);
  }

  private async update(kind: string, workspaceId: string, channel: string, ts: string, notice: Notice, reader: Reader): Promise<void> {
    try {
      const token = await this.tokenFor(workspaceId);
      await this.client.chat.update({ ...token, channel, ts, ...noticeMessage(notice, reader) });
    } catch (err) {
      throw this.failure(err, 'chat.update', kind);
    }
  }

  /** A relayed message changes nothing on a Home tab; every other notice tells of a change of state. */
  private homeOf(reader: Recipient, notice: Notice): void {
    if (notice.kind !== 'relay' && notice.kind !== 'thread_opened') this.homes?.refresh(reader.identity);
  }

  /** Each notice goes out with the token of the workspace it is addressed in (a missing install is `forbidden`). */
  private async tokenFor(workspaceId: string): Promise<{ token?: string }> {
    if (!this.tokenOf) return {};
    try {
      return { token: await this.tokenOf(workspaceId) };
    } catch (err) {
      this.log.warn({ workspaceId, err: err instanceof Error ? err.constructor.name : 'error' }, 'no slack token for the workspace');
      throw new DeliveryError('forbidden', 'slack', 'no installation for the workspace');
    }
  }

  /** `to` says whether the message goes to a (therapist's) channel or to a person's DM. */
  private async post(
    kind: string,
    workspaceId: string,
    message: Parameters<WebClient['chat']['postMessage']>[0],
    to: 'channel' | 'person' = 'person',
  ): Promise<string> {
    return (await this.postFor(kind, workspaceId, message, to)).ts;
  }

  /** Posts a message; its ts and the channel Slack put it in (a DM's channel id for a post to a user id). */
  private async postFor(
    kind: string,
    workspaceId: string,
    message: Parameters<WebClient['chat']['postMessage']>[0],
    to: 'channel' | 'person' = 'person',
  ): Promise<{ ts: string; channel?: string }> {
    try {
      const token = await this.tokenFor(workspaceId);
      const result = await this.client.chat.postMessage({ ...message, ...token });
      if (!result.ts) throw new DeliveryError('unavailable', 'slack', 'chat.postMessage returned no ts');
      return { ts: result.ts, channel: result.channel };
    } catch (err) {
      throw this.failure(err, 'chat.postMessage', kind, to);
    }
  }

  private failure(err: unknown, method: string, kind: string, to: 'channel' | 'person' = 'person'): DeliveryError {
    if (err instanceof DeliveryError) return err;
    const failure = deliveryFailureOf(err);
    const code = slackErrorCode(err);
    const detail = code ?? (err instanceof Error ? err.constructor.name : 'error');
    this.log.warn({ method, notice: kind, failure, slackError: detail }, 'slack delivery failed');
    const unreachable = to === 'channel' && code !== null && channelUnreachableErrors.has(code);
    return new DeliveryError(failure, 'slack', `${method}: ${detail}`, unreachable);
  }
}
