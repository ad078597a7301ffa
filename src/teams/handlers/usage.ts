// Command `usage [YYYY-MM] [department]`: the HR admin's aggregated report (counts only).
import { usageCard } from '../card-views.js';
import { cardReply, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

export async function usageCommand(turn: ActingTurn, input: { month?: string; department?: string }): Promise<Reply> {
  const result = await turn.deps.services.usage.report(turn.actor, input);
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(usageCard(result.report, wordsFor(turn.actor)));
}
