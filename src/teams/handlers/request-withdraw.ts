// Card verb `request.withdraw`: the employee takes back a reschedule request that still waits for the therapist,
// from the "request sent" card or the home card. The clicked card is replaced by the outcome; the service tells the
// therapist and updates the request card in their channel.
import { z } from 'zod';
import { outcomeCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const withdrawData = z.object({ requestId: idField });

export async function requestWithdrawAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(withdrawData, data);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.reschedule.withdraw(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  return cardReply(outcomeCard({ kind: 'request_withdrawn', request: result.request }, turn.actor.zone));
}
