// Command `help` (and the welcome on install), and what a reader gets for an employee's command that is not theirs
// (an HR admin typing `sessions`): each reader's own commands (commands.ts) and sentences (src/domain/help.ts),
// for their roles only: the 1:1 chat gets a card, a channel a short text.
import { helpWording, notYourActionText, rolesOf, type EmployeeAction } from '../../domain/help.js';
import { refusalText } from '../../domain/refusals.js';
import type { Role } from '../../domain/types.js';
import type { Actor } from '../../services/types.js';
import { expandCard, type AdaptiveCardJson } from '../cards.js';
import { commandsFor } from '../commands.js';
import { cardReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn, Turn } from '../turn.js';

/** What each role is told first in the 1:1 chat; linking a channel once, for whichever role may do it. */
const personalIntro: Record<Role, string> = {
  employee: 'I connect you privately with your therapist. Write to me here and your therapist receives it; their answers come back here.',
  therapist:
    'Each client has a thread in your channel: reply there and I pass it to them privately. Confirm, decline or propose another time on their requests there.',
  hr_admin: '',
  operator: '',
};
const linkIntro = 'In a channel, @mention me with "link @therapist" to make it that therapist’s conversation channel.';

/**
 * Expands the welcome card with its spoken summary (`speak` / `fallbackText`, issue 18 item 17). Typed for the
 * three-argument `expandCard` the Teams cards are moving to; the two-argument one ignores the summary.
 */
const expandWelcome = expandCard as (name: 'welcome', data: object, summary: string) => AdaptiveCardJson;

function personalCard(actor: Actor | null, opening: string | null): AdaptiveCardJson {
  // Someone not registered yet is most likely an employee about to be added: they get the employee's welcome.
  const roles: Role[] = actor ? rolesOf(actor.roles) : ['employee'];
  const links = roles.includes('hr_admin') || roles.includes('operator');
  const intro = [opening, ...roles.map((r) => personalIntro[r]), links ? linkIntro : ''].filter((line) => !!line).join(' ');
  const title = actor ? `Hello ${actor.displayName}` : 'Hello';
  const commands = commandsFor(roles, 'personal');
  const view = {
    title,
    intro,
    commands,
    privacy: roles.map((r) => helpWording(actor ?? undefined).privacy[r]).join(' '),
    // "Show my sessions": an employee's sessions and allowance (a therapist types `sessions` for their week).
    showSessions: !opening && roles.includes('employee'),
  };
  return expandWelcome('welcome', view, `${title}. ${intro} Commands: ${commands.map((c) => c.name).join(', ')}.`);
}

/** In a channel others read along: the reader's own channel commands, as a short text. */
function channelHelp(actor: Actor | null): string {
  const roles = actor ? rolesOf(actor.roles) : [];
  const lines: string[] = [];
  if (!actor) lines.push('In a therapist channel, each client gets their own thread; replies in a thread go privately to that client.');
  if (roles.includes('therapist'))
    lines.push('In your channel each client has their own thread: reply there and I pass it to them privately.');
  // Employees' sessions are never shown where others read along: point them to the 1:1 chat.
  if (roles.includes('employee')) lines.push(refusalText({ code: 'personal_chat_only' }));
  lines.push(...commandsFor(roles, 'team').map((c) => `- **${c.name}**: ${c.description}`));
  if (roles.includes('therapist'))
    lines.push('Your meeting link (link https://…) and hours (hours Mon-Fri 09:00-17:00) are set in our 1:1 chat.');
  return lines.join('\n');
}

export async function helpCommand(turn: Turn): Promise<Reply> {
  if (turn.channel) return textReply(channelHelp(turn.actor));
  return cardReply(personalCard(turn.actor, null));
}

/** An employee's command from someone who has no use for it: why, kindly, and what they can do instead. */
export async function notYourCommand(turn: ActingTurn, action: EmployeeAction): Promise<Reply> {
  return cardReply(personalCard(turn.actor, notYourActionText(turn.actor.roles, action)));
}
