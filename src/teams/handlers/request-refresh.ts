// Card verb `request.refresh`: Universal Actions' refresh of a request's card. Teams invokes it when the card is
// shown to one of the refresh's userIds; the answer is the request's card as it now stands for that reader (the
// therapist in the thread, the employee in their chat), so an old card never offers an answer that is gone. A card
// about the session that a request's outcome offered actions on (`shows`) is drawn again with what became of it.
import { z } from 'zod';
import { audienceOf } from '../../domain/refusals.js';
import { currentRequestCard, refreshedNoticeCard, withRefresh, type RequestRefresh } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const notConfirmedWhy = z.enum(['slot_taken', 'allowance_exhausted', 'inside_cutoff', 'session_not_active', 'time_in_past']);
const refreshData = z.object({
  requestId: idField,
  shows: z.enum(['reschedule_not_confirmed', 'reschedule_declined']).optional(),
  why: notConfirmedWhy.optional(),
});

export async function requestRefreshAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(refreshData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { requestId, shows, why } = input.data;
  const refresh: RequestRefresh = { verb: 'request.refresh', requestId, ...(shows ? { shows } : {}), ...(why ? { why } : {}) };
  const reader = audienceOf(turn.actor);
  // Drawn for whoever refreshes: Teams invokes the refresh as the user who opens the card.
  const words = wordsFor(turn.actor);
  const current = await turn.deps.services.reschedule.get(turn.actor, { requestId });
  if (!current.ok) return refusalReply(turn.actor, current, reader);
  // A notice about the session (sent to the employee only) is drawn again as that notice, as it now stands.
  const card =
    shows && reader === 'employee'
      ? refreshedNoticeCard(refresh, current.request, words)
      : currentRequestCard(current.request, words, reader);
  return cardReply(withRefresh(card, refresh, [turn.viewerId]));
}
