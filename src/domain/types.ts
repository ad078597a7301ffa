// The product's nouns, as the core sees them: plain data, no SDK or database types.
export type Platform = 'slack' | 'teams';

/** Where a person lives in chat: a user in one Slack workspace or one Teams tenant. */
export interface PlatformIdentity {
  platform: Platform;
  workspaceId: string;
  userId: string;
}

/** A channel in one workspace/tenant (Slack channel id, or Teams channel conversation id). */
export interface ChannelAddress {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

export type Role = 'employee' | 'therapist' | 'hr_admin' | 'operator';

export type SessionStatus = 'booked' | 'cancelled' | 'late_cancelled' | 'rescheduled';

export type RequestStatus = 'pending' | 'confirmed' | 'declined' | 'proposed' | 'withdrawn' | 'expired';

export function identityKey(identity: PlatformIdentity): string {
  return `${identity.platform}:${identity.workspaceId}:${identity.userId}`;
}

/**
 * Where a person's Teams user id (MRI) is kept when it was learnt in a channel (they act in a thread but never opened a
 * 1:1 chat with the bot), so cards in their thread can carry a refresh for them.
 */
export function viewerKey(identity: PlatformIdentity): string {
  return `viewer:${identityKey(identity)}`;
}

export function channelKey(channel: ChannelAddress): string {
  return `${channel.platform}:${channel.workspaceId}:${channel.channelId}`;
}
