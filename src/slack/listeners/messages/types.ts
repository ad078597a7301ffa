import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';

export type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/**
 * A new message written by a person: a plain message, one with a file attached (its text is relayed), or a thread
 * reply also sent to the channel. Edits, deletions, joins, bot posts and our own messages are not.
 */
export interface PersonMessage {
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel: string;
  channelType: string;
  /** Files are not relayed (only text is); the sender is told. */
  hasFiles: boolean;
}

export function personMessage({ event, context }: Pick<MessageArgs, 'event' | 'context'>): PersonMessage | null {
  if (event.subtype === undefined) {
    if (event.bot_id || !event.user || event.user === context.botUserId) return null;
    return {
      user: event.user,
      text: event.text ?? '',
      ts: event.ts,
      threadTs: event.thread_ts,
      channel: event.channel,
      channelType: event.channel_type,
      hasFiles: false,
    };
  }
  if (event.subtype === 'file_share' || event.subtype === 'thread_broadcast') {
    if (!event.user || event.user === context.botUserId) return null;
    const hasFiles = event.subtype === 'file_share';
    return {
      user: event.user,
      text: event.text ?? '',
      ts: event.ts,
      threadTs: event.thread_ts,
      channel: event.channel,
      channelType: event.channel_type,
      hasFiles,
    };
  }
  return null;
}
