// Shared by the decision verbs (request.* for the therapist, proposal.* for the employee): the decided request as
// a card. A request that was already decided (double click, redelivery, two instances) shows its current state.
import { decisionCard } from '../card-views.js';
import { cardReply, refusalReply, type Reply } from '../replies.js';
import { audienceOf } from '../../domain/refusals.js';
import type { RequestView } from '../../notices/notice.js';
import type { Result } from '../../services/types.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

export async function decisionReply(turn: ActingTurn, requestId: string, result: Result<{ request: RequestView }>): Promise<Reply> {
  // The card is read by who pressed the button: a therapist who proposed reads "You proposed…", not the client's title.
  const reader = audienceOf(turn.actor);
  if (result.ok) return cardReply(decisionCard(result.request, wordsFor(turn.actor), reader));
  if (result.code === 'already_decided') {
    const current = await turn.deps.services.reschedule.get(turn.actor, { requestId });
    if (current.ok) return cardReply(decisionCard(current.request, wordsFor(turn.actor), reader));
  }
  // Worded for who pressed it, whichever card the button was on.
  return refusalReply(turn.actor, result, audienceOf(turn.actor));
}
