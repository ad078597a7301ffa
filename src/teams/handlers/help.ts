// Command `help` (and the welcome on install): what the bot does and its commands for this scope.
import { commandHelp } from '../commands.js';
import { welcomeCard } from '../card-views.js';
import { cardReply, textReply, type Reply } from '../replies.js';
import type { Turn } from '../turn.js';

export async function helpCommand(turn: Turn): Promise<Reply> {
  if (turn.channel) {
    const lines = commandHelp('team').map((c) => `- **${c.name}**: ${c.description}`);
    return textReply(
      ['In a therapist channel, each client gets their own thread; replies in a thread go privately to that client.', ...lines].join('\n'),
    );
  }
  return cardReply(welcomeCard(turn.actor?.displayName ?? null));
}
