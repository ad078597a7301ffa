// Command `help` (and the welcome on install): what the bot does and its commands for this scope.
import { commandHelp } from '../commands.js';
import { staffWelcomeCard, welcomeCard } from '../card-views.js';
import { cardReply, textReply, type Reply } from '../replies.js';
import type { Turn } from '../turn.js';

export async function helpCommand(turn: Turn): Promise<Reply> {
  if (turn.channel) {
    const lines = commandHelp('team').map((c) => `- **${c.name}**: ${c.description}`);
    return textReply(
      ['In a therapist channel, each client gets their own thread; replies in a thread go privately to that client.', ...lines].join('\n'),
    );
  }
  // Therapists and HR admins are registered too, but have no therapist to write to: they get their own help.
  if (turn.actor && !turn.actor.roles.includes('employee')) return cardReply(staffWelcomeCard(turn.actor));
  return cardReply(welcomeCard(turn.actor?.displayName ?? null));
}
