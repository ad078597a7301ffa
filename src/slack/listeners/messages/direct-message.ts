// A DM to the bot from an employee: relayed into their thread in the therapist's channel (opened on first use by
// the service). If it cannot be delivered the employee is told; it is never silently dropped. Staff who DM the bot
// are answered with their own help.
import { refusalText } from '../../../domain/refusals.js';
import type { SlackDeps } from '../../context.js';
import { helpLines } from '../../blocks/help.js';
import { wordsFor } from '../../../i18n/words.js';
import { slackIdentity, whoIs } from '../../context.js';
import { messageDeliveryKey, oncePerEvent } from '../../deliveries.js';
import { fromSlackText } from '../../text.js';
import type { MessageArgs } from './types.js';
import { personMessage } from './types.js';
import { actingWords } from '../../words.js';

export function directMessageCallback(deps: SlackDeps) {
  return async (args: MessageArgs): Promise<void> => {
    const message = personMessage(args);
    if (!message || message.channelType !== 'im') return;
    const text = fromSlackText(message.text).trim();
    if (!text && !message.hasFiles) return;
    const { body, client } = args;
    const tell = async (line: string) => void (await client.chat.postMessage({ channel: message.channel, text: line }));
    await oncePerEvent(
      deps,
      'direct-message',
      body.event_id,
      async () => {
        if (message.hasFiles)
          await tell(refusalText({ code: 'text_only' }, 'employee', actingWords(slackIdentity(body.team_id, message.user))));
        if (!text) return;
        const actor = await whoIs(deps, body.team_id, message.user);
        // Therapists, HR admins and operators have no therapist to write to: they get what they can do here instead.
        if (actor && !actor.roles.includes('employee')) {
          await tell(helpLines(wordsFor(actor), actor, 'dm').join('\n'));
          return;
        }
        const result = actor
          ? await deps.services.relay.fromEmployee(actor, { text, deliveryKey: messageDeliveryKey(message.channel, message.ts) })
          : ({ ok: false, code: 'not_registered' } as const);
        if (!result.ok) {
          deps.log.info({ code: result.code }, 'direct message not relayed');
          await tell(refusalText(result, 'employee', actingWords(slackIdentity(body.team_id, message.user))));
        }
      },
      () => tell(refusalText({ code: 'relay_failed' }, 'employee', actingWords(slackIdentity(body.team_id, message.user)))),
    );
  };
}
