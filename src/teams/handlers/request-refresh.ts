// Card verb `request.refresh`: Universal Actions' refresh of a request's card. Teams invokes it when the card is
// shown to one of the refresh's userIds; the answer is the request's card as it now stands for that reader (the
// therapist in the thread, the employee in their chat), so an old card never offers an answer that is gone.
import { z } from 'zod';
import { audienceOf } from '../../domain/refusals.js';
import { currentRequestCard, withRefresh } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const refreshData = z.object({ requestId: idField });

export async function requestRefreshAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(refreshData, data);
  if (!input.ok) return input.reply;
  const { requestId } = input.data;
  const reader = audienceOf(turn.actor);
  const current = await turn.deps.services.reschedule.get(turn.actor, { requestId });
  if (!current.ok) return refusalReply(current, reader);
  const card = currentRequestCard(current.request, turn.actor.zone, reader);
  return cardReply(withRefresh(card, { verb: 'request.refresh', requestId }, [turn.viewerId]));
}
