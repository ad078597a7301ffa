// Message events: DMs to the bot (message.im) and thread replies in linked channels (message.channels / .groups).
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { directMessageCallback } from './direct-message.js';
import { threadReplyCallback } from './thread-reply.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('message', directMessageCallback(deps));
  app.event('message', threadReplyCallback(deps));
}
