// The Notifier port for Teams: renders each notice as an Adaptive Card in its reader's words and sends it through
// the gateway to the conversation reference stored for the person (1:1 chat) or the channel (threads).
import type { ConversationReference } from 'botbuilder';
import { channelKey, identityKey, viewerKey, type ChannelAddress } from '../domain/types.js';
import type { Reader } from '../i18n/locales.js';
import { wordsFor } from '../i18n/words.js';
import type { DirectoryService } from '../services/api.js';
import { DeliveryError, type Notifier } from '../services/notifier.js';
import type { Notice, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';
import { noticeCard, refreshOf, withRefresh } from './card-views.js';
import { cardAttachment } from './cards.js';
import type { OutboundActivity, TeamsGateway } from './gateway.js';

type Reference = Partial<ConversationReference>;

/**
 * Where the Bot Connector for a tenant is, learnt from any activity of that tenant. It lets the bot start a thread
 * in a linked channel it has not heard from yet (linked by the operator CLI, or the install event was missed).
 */
export function tenantServiceKey(tenantId: string): string {
  return `teams-service:${tenantId}`;
}

/**
 * A notice as a message. `viewer`: the reader's user MRI, when known: a card about a request then carries a refresh
 * for them, so it shows the request as it now stands whenever they open it.
 */
export function noticeActivity(notice: Notice, reader: Reader, viewer?: string | null): OutboundActivity {
  const w = wordsFor(reader);
  // The summary shows in notifications and the activity feed; relayed text itself stays inside the card.
  const summary = notice.kind === 'relay' ? w.t('teams.notice.messageFrom', { name: notice.senderName }) : undefined;
  const refresh = refreshOf(notice);
  const card = noticeCard(notice, w);
  const current = refresh && viewer ? withRefresh(card, refresh, [viewer]) : card;
  return { type: 'message', summary, attachments: [cardAttachment(current)] };
}

/** The user MRI a conversation reference was stored for (its `user.id`). */
function viewerOf(reference: Reference | null | undefined): string | null {
  const id = reference?.user?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * A channel post the Bot Connector refused as forbidden (403: the bot is not in the team) or not found (404): the
 * Teams side of Slack's `not_in_channel`. A 404 on a thread reply is first retried as a new thread by the services.
 */
async function channelCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof DeliveryError && !err.channelUnreachable && (err.failure === 'forbidden' || err.failure === 'gone')) {
      throw new DeliveryError(err.failure, err.platform, err.detail, true);
    }
    throw err;
  }
}

export class TeamsNotifier implements Notifier {
  constructor(
    private readonly gateway: TeamsGateway,
    private readonly directory: Pick<DirectoryService, 'getAddress'>,
  ) {}

  async notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null> {
    const reference = await this.reference(identityKey(to.identity), 'no chat with this person yet');
    const id = await this.gateway.send(reference, noticeActivity(notice, to, viewerOf(reference)));
    // The reference it went through is kept with it: the card is updated in that chat, whatever changes later.
    return id ? { platform: 'teams', reference: reference as Record<string, unknown>, id } : null;
  }

  async updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    if (message.platform !== 'teams') throw new DeliveryError('gone', 'teams', 'not a Teams message');
    const reference = message.reference as Reference;
    await this.gateway.update(reference, message.id, noticeActivity(notice, to, viewerOf(reference)));
  }

  async openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string> {
    const reference = await this.channelReference(channel);
    if (!reference.serviceUrl) throw new DeliveryError('gone', 'teams', 'channel reference has no service url');
    const viewer = await this.viewer(reader, notice);
    return channelCall(() =>
      this.gateway.startChannelThread(
        { serviceUrl: reference.serviceUrl as string, tenantId: channel.workspaceId, channelId: channel.channelId },
        noticeActivity(notice, reader, viewer),
      ),
    );
  }

  async postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string> {
    const [reference, viewer] = await Promise.all([this.threadReference(thread), this.viewer(reader, notice)]);
    return channelCall(() => this.gateway.send(reference, noticeActivity(notice, reader, viewer)));
  }

  async updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void> {
    const [reference, viewer] = await Promise.all([this.threadReference(thread), this.viewer(reader, notice)]);
    await this.gateway.update(reference, messageId, noticeActivity(notice, reader, viewer));
  }

  /**
   * The channel reader's user MRI, for a card about a request: from their 1:1 chat with the bot, when they have one
   * (a channel reference names whoever installed the app, not the reader), else as learnt from their activity in a
   * channel. Without either (they never acted anywhere the bot sees) the card gets no refresh.
   */
  private async viewer(reader: Recipient, notice: Notice): Promise<string | null> {
    if (!refreshOf(notice) || reader.identity.platform !== 'teams') return null;
    const chat = viewerOf((await this.directory.getAddress(identityKey(reader.identity))) as Reference | null);
    // Never opened a 1:1 chat: the user id learnt from what they did in a channel (ConversationMemory.rememberViewer).
    return chat ?? viewerOf((await this.directory.getAddress(viewerKey(reader.identity))) as Reference | null);
  }

  private async channelReference(channel: ChannelAddress): Promise<Reference> {
    const stored = await this.directory.getAddress(channelKey(channel));
    if (stored) return stored as Reference;
    const tenant = (await this.directory.getAddress(tenantServiceKey(channel.workspaceId))) as Reference | null;
    // The bot was never added to the channel's team: only installing it there helps.
    if (!tenant?.serviceUrl) throw new DeliveryError('gone', 'teams', 'channel not seen by the bot', true);
    return {
      ...tenant,
      conversation: { id: channel.channelId, isGroup: true, conversationType: 'channel', tenantId: channel.workspaceId, name: '' },
    };
  }

  private async threadReference(thread: ThreadAddress): Promise<Reference> {
    const reference = await this.channelReference(thread.channel);
    // Continuing a reference whose conversation id is the thread id replies in that thread (replyToId does not).
    return {
      ...reference,
      activityId: undefined,
      conversation: {
        ...(reference.conversation ?? { isGroup: true, name: '', conversationType: 'channel' }),
        id: thread.threadId,
        isGroup: true,
        tenantId: thread.channel.workspaceId,
      },
    } as Reference;
  }

  private async reference(key: string, missing: string): Promise<Reference> {
    const stored = await this.directory.getAddress(key);
    if (!stored) throw new DeliveryError('gone', 'teams', missing);
    return stored as Reference;
  }
}
