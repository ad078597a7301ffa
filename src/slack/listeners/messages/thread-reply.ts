// A reply in a thread of a therapist's linked channel: relayed to that thread's employee. Top-level posts, other
// bots, our own posts, edits and deletions are ignored (personMessage); threads that are not relay threads are
// ignored by the service (`relayed: false`).
import { refusalText } from '../../../domain/refusals.js';
import type { SlackDeps } from '../../context.js';
import { slackChannel, slackIdentity, tellEphemeral } from '../../context.js';
import { messageDeliveryKey, oncePerEvent } from '../../deliveries.js';
import { fromSlackText } from '../../text.js';
import type { MessageArgs } from './types.js';
import { personMessage } from './types.js';
import { actingWords } from '../../words.js';

export function threadReplyCallback(deps: SlackDeps) {
  return async (args: MessageArgs): Promise<void> => {
    const message = personMessage(args);
    if (!message || (message.channelType !== 'channel' && message.channelType !== 'group')) return;
    if (!message.threadTs || message.threadTs === message.ts) return;
    const text = fromSlackText(message.text).trim();
    if (!text) return;
    const threadTs = message.threadTs;
    const { body, client } = args;
    const tell = (line: string) => tellEphemeral(client, deps.log, { channel: message.channel, user: message.user, threadTs }, line);
    await oncePerEvent(
      deps,
      'thread-reply',
      body.event_id,
      async () => {
        const result = await deps.services.relay.fromThread({
          thread: { channel: slackChannel(body.team_id, message.channel), threadId: threadTs },
          sender: slackIdentity(body.team_id, message.user),
          text,
          deliveryKey: messageDeliveryKey(message.channel, message.ts),
        });
        if (!result.ok) {
          deps.log.info({ code: result.code }, 'thread reply not relayed');
          await tell(refusalText(result, 'employee', actingWords(slackIdentity(body.team_id, message.user))));
        }
      },
      () => tell(refusalText({ code: 'relay_failed' }, 'employee', actingWords(slackIdentity(body.team_id, message.user)))),
    );
  };
}
