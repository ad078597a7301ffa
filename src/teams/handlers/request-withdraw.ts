// Card verb `request.withdraw`: the employee takes back a reschedule request that still waits for the therapist,
// from the "request sent" card or the home card. The clicked card is replaced by the outcome; the service tells the
// therapist and updates the request card in their channel.
import { z } from 'zod';
import { outcomeCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const withdrawData = z.object({ requestId: idField });

export async function requestWithdrawAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(withdrawData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.reschedule.withdraw(turn.actor, input.data);
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(outcomeCard({ kind: 'request_withdrawn', request: result.request }, wordsFor(turn.actor)));
}
