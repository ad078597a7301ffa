// Command `help` (and the welcome on install), and what a reader gets for an employee's command that is not theirs
// (an HR admin typing `sessions`): each reader's own commands (commands.ts) and sentences (src/domain/help.ts),
// for their roles only: the 1:1 chat gets a card, a channel a short text.
import { helpWording, notYourActionText, rolesOf, type EmployeeAction } from '../../domain/help.js';
import { refusalText } from '../../domain/refusals.js';
import type { Role } from '../../domain/types.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import type { Actor } from '../../services/types.js';
import { expandCard, type AdaptiveCardJson } from '../cards.js';
import { commandsFor } from '../commands.js';
import { welcomeLabels } from '../card-views.js';
import { turnWords } from '../reader.js';
import { cardReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn, Turn } from '../turn.js';

/** What each role is told first in the 1:1 chat; linking a channel once, for whichever role may do it. */
const personalIntro: Record<Role, MessageKey | null> = {
  employee: 'teams.welcome.employeeIntro',
  therapist: 'teams.help.therapistIntro',
  hr_admin: null,
  operator: null,
};

/**
 * Expands the welcome card with its spoken summary (`speak` / `fallbackText`, issue 18 item 17). Typed for the
 * three-argument `expandCard` the Teams cards are moving to; the two-argument one ignores the summary.
 */
const expandWelcome = expandCard as (name: 'welcome', data: object, summary: string) => AdaptiveCardJson;

function personalCard(actor: Actor | null, w: Words, opening: string | null): AdaptiveCardJson {
  // Someone not registered yet is most likely an employee about to be added: they get the employee's welcome.
  const roles: Role[] = actor ? rolesOf(actor.roles) : ['employee'];
  const links = roles.includes('hr_admin') || roles.includes('operator');
  const intros = roles.map((r) => personalIntro[r]).filter((key): key is MessageKey => key !== null);
  const intro = [opening, ...intros.map((key) => w.t(key)), links ? w.t('teams.help.linkIntro') : ''].filter((line) => !!line).join(' ');
  const title = actor ? w.t('teams.welcome.hello', { name: actor.displayName }) : w.t('teams.welcome.helloAnyone');
  const commands = commandsFor(roles, 'personal', w);
  const view = {
    t: welcomeLabels(w),
    title,
    intro,
    commands,
    privacy: roles.map((r) => helpWording(w).privacy[r]).join(' '),
    // "Show my sessions": an employee's sessions and allowance (a therapist types `sessions` for their week).
    showSessions: !opening && roles.includes('employee'),
  };
  const commandNames = w.t('teams.card.commands', { list: commands.map((c) => c.name).join(', ') });
  return expandWelcome('welcome', view, `${title}. ${intro} ${commandNames}.`);
}

/** In a channel others read along: the reader's own channel commands, as a short text. */
function channelHelp(actor: Actor | null, w: Words): string {
  const roles = actor ? rolesOf(actor.roles) : [];
  const lines: string[] = [];
  if (!actor) lines.push(w.t('teams.help.channelAnyone'));
  if (roles.includes('therapist')) lines.push(w.t('teams.help.channelTherapist'));
  // Employees' sessions are never shown where others read along: point them to the 1:1 chat.
  if (roles.includes('employee')) lines.push(refusalText({ code: 'personal_chat_only' }, 'employee', w));
  lines.push(...commandsFor(roles, 'team', w).map((c) => `- **${c.name}**: ${c.description}`));
  if (roles.includes('therapist')) lines.push(w.t('teams.help.channelSettings'));
  return lines.join('\n');
}

export async function helpCommand(turn: Turn): Promise<Reply> {
  const w = turnWords(turn);
  if (turn.channel) return textReply(channelHelp(turn.actor, w));
  return cardReply(personalCard(turn.actor, w, null));
}

/** An employee's command from someone who has no use for it: why, kindly, and what they can do instead. */
export async function notYourCommand(turn: ActingTurn, action: EmployeeAction): Promise<Reply> {
  return cardReply(personalCard(turn.actor, wordsFor(turn.actor), notYourActionText(turn.actor.roles, action, turn.actor)));
}
