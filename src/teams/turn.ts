// What every Teams handler needs from an incoming activity: who is acting (platform identity -> Actor), where
// (personal chat or a channel thread), their zone and language, and the services. Identity rule, used everywhere and by the
// operator CLI: {platform: 'teams', workspaceId: <tenant id>, userId: <Entra object id (aadObjectId)>}, falling
// back to the Bot Framework user id only when a client sends no object id.
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import { isValidZone } from '../domain/time.js';
import type { ChannelAddress, PlatformIdentity } from '../domain/types.js';
import type { Logger } from '../log.js';
import type { Services } from '../services/api.js';
import type { Actor } from '../services/types.js';
import type { TeamsGateway } from './gateway.js';

export interface TeamsDeps {
  config: Config;
  services: Services;
  gateway: TeamsGateway;
  log: Logger;
  /** How long a card action may take before the invoke is answered and the card updated later. */
  invokeBudgetMs?: number;
}

export interface Turn {
  deps: TeamsDeps;
  context: TurnContext;
  identity: PlatformIdentity;
  /** Null when the person is not registered with the service. */
  actor: Actor | null;
  /** Set in channel conversations. */
  channel: ChannelAddress | null;
  /**
   * The acting user's MRI (`from.id`), read when the turn starts: a card's refresh names it, and a slow answer is
   * finished after the turn, when its context can no longer be read.
   */
  viewerId: string;
  log: Logger;
}

export type ActingTurn = Turn & { actor: Actor };

interface TeamsChannelData {
  tenant?: { id?: string };
  channel?: { id?: string };
  team?: { id?: string };
}

export function tenantOf(activity: Activity): string {
  const channelData = activity.channelData as TeamsChannelData | undefined;
  return channelData?.tenant?.id ?? activity.conversation?.tenantId ?? 'unknown-tenant';
}

export function identityOf(activity: Activity): PlatformIdentity {
  return { platform: 'teams', workspaceId: tenantOf(activity), userId: activity.from.aadObjectId ?? activity.from.id };
}

/** The channel of a channel conversation: `channelData.channel.id`, without any `;messageid=` thread suffix. */
export function channelOf(activity: Activity): ChannelAddress | null {
  if (activity.conversation?.conversationType !== 'channel') return null;
  const channelData = activity.channelData as TeamsChannelData | undefined;
  const channelId = channelData?.channel?.id ?? activity.conversation.id.split(';')[0];
  return channelId ? { platform: 'teams', workspaceId: tenantOf(activity), channelId } : null;
}

/**
 * A reply inside a reply chain. Teams gives a new top-level post `;messageid=<its own id>` too, so compare; a
 * conversation id that is neither the channel nor `channel;messageid=` (the Agents Playground's) is a thread.
 */
export function isThreadReply(activity: Activity): boolean {
  const conversationId = activity.conversation?.id ?? '';
  const root = conversationId.split(';messageid=')[1];
  if (root) return root !== activity.id;
  const channelId = (activity.channelData as TeamsChannelData | undefined)?.channel?.id;
  return Boolean(channelId) && conversationId !== channelId;
}

/** The zone the client reports (`localTimezone`, or the clientInfo entity), when it is a real IANA zone. */
export function clientZone(activity: Activity): string | null {
  const fromEntity = activity.entities?.find((e) => e.type === 'clientInfo') as { timezone?: unknown } | undefined;
  const zone = activity.localTimezone ?? (typeof fromEntity?.timezone === 'string' ? fromEntity.timezone : undefined);
  return zone && isValidZone(zone) ? zone : null;
}

export async function startTurn(deps: TeamsDeps, context: TurnContext): Promise<Turn> {
  const activity = context.activity;
  const identity = identityOf(activity);
  const log = deps.log.child({ activityType: activity.type, conversationType: activity.conversation?.conversationType });
  // The request's acting scope answers without a read when the tenancy gate has read the person already.
  let actor = await deps.services.directory.whoIs(identity);
  // The client's language, stored when it changes (one write), so this turn's answer and later notices use it.
  if (actor && activity.locale) actor = await deps.services.directory.learnLocale(actor, activity.locale);
  const zone = clientZone(activity);
  if (actor && zone && zone !== actor.zone) {
    await deps.services.directory.updateZone(actor, zone);
    actor = { ...actor, zone };
  }
  return { deps, context, identity, actor, channel: channelOf(activity), viewerId: activity.from?.id ?? '', log };
}
