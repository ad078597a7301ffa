// Command `availability` and card verb `availability.page` (another page of a long list): a therapist's form to
// publish open time, then their slots a page at a time.
import { availabilityCard } from '../card-views.js';
import { cardReply, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { pageData } from './book-open.js';
import { wordsFor } from '../../i18n/words.js';

export async function availabilityOpenAction(turn: ActingTurn, status: { notice?: string } = {}, page?: string): Promise<Reply> {
  const result = await turn.deps.services.availability.list(turn.actor);
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(availabilityCard(result.slots, wordsFor(turn.actor), status, page));
}

export async function availabilityPageAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(pageData, data, turn.actor);
  if (!input.ok) return input.reply;
  return availabilityOpenAction(turn, {}, input.data.page);
}
