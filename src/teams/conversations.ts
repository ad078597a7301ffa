// Where to reach people and channels later: the conversation reference of every 1:1 chat and channel the bot
// hears from (for proactive messages and new threads), and the tenant's Bot Connector URL as a fallback.
import type { Activity } from 'botbuilder';
import { channelKey, identityKey, viewerKey } from '../domain/types.js';
import type { DirectoryService } from '../services/api.js';
import { TeamsGateway } from './gateway.js';
import { tenantServiceKey } from './notifier.js';
import type { Turn } from './turn.js';

/** A group chat (not a channel): several people read along. */
export function isGroupChat(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || (type !== 'channel' && activity.conversation?.isGroup === true);
}

/** The person's 1:1 chat with the bot; clients that name no conversation type are taken as one unless marked group. */
export function isPersonalChat(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return (type === 'personal' || type === undefined) && activity.conversation?.isGroup !== true;
}

export class ConversationMemory {
  /** References already stored by this instance, so a busy chat does not rewrite them on every message. */
  private readonly stored = new Set<string>();

  constructor(private readonly directory: Pick<DirectoryService, 'saveAddress'>) {}

  async remember(turn: Turn): Promise<void> {
    await this.rememberViewer(turn);
    const activity: Activity = turn.context.activity;
    const personal = activity.conversation?.conversationType === 'personal';
    const key = turn.channel ? channelKey(turn.channel) : personal ? identityKey(turn.identity) : null;
    if (!key) return;
    const reference = TeamsGateway.referenceOf(activity);
    await this.storeOnce(key, `${reference.serviceUrl}|${turn.channel ? '' : reference.conversation?.id}`, reference);
    const { serviceUrl, bot, channelId } = reference;
    await this.storeOnce(tenantServiceKey(turn.identity.workspaceId), `${serviceUrl}`, { serviceUrl, bot, channelId });
  }

  /**
   * A therapist acting in a channel (replying in a thread, pressing Confirm there, installing the app): their user
   * MRI (`from.id`), so the cards of their thread carry a refresh for them even if they never opened a 1:1 chat with
   * the bot, whose reference would otherwise be the only place it is known.
   */
  async rememberViewer(turn: Turn): Promise<void> {
    // Only therapists read cards in a channel (their own); anyone else's id is not kept.
    if (!turn.channel || !turn.actor?.roles.includes('therapist') || !turn.viewerId) return;
    await this.storeOnce(viewerKey(turn.identity), turn.viewerId, { user: { id: turn.viewerId } });
  }

  private async storeOnce(key: string, version: string, reference: object): Promise<void> {
    const memo = `${key}|${version}`;
    if (this.stored.has(memo)) return;
    await this.directory.saveAddress(key, 'teams', JSON.parse(JSON.stringify(reference)) as Record<string, unknown>);
    this.stored.add(memo);
  }
}
