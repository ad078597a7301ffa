import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';

export type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** A new message typed by a person: not an edit, deletion, join, bot post or our own message. */
export interface PersonMessage {
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel: string;
  channelType: string;
}

export function personMessage({ event, context }: Pick<MessageArgs, 'event' | 'context'>): PersonMessage | null {
  if (event.subtype !== undefined) return null;
  if (event.bot_id || !event.user || event.user === context.botUserId) return null;
  return {
    user: event.user,
    text: event.text ?? '',
    ts: event.ts,
    threadTs: event.thread_ts,
    channel: event.channel,
    channelType: event.channel_type,
  };
}
