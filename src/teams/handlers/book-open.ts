// Card verbs `book.open` and `book.page` (another week of a long list), and command `book`: the therapist's open
// slots to pick from.
import { z } from 'zod';
import { isWeekKey } from '../../domain/weeks.js';
import { bookCard } from '../card-views.js';
import { cardReply, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export const weekField = z.string().refine(isWeekKey);
const pageData = z.object({ week: weekField });

export async function bookOpenAction(turn: ActingTurn, week?: string): Promise<Reply> {
  const result = await turn.deps.services.sessions.openSlots(turn.actor, { days: 28 });
  if (!result.ok) return refusalReply(result);
  return cardReply(bookCard(result.slots, turn.actor.zone, '', week));
}

export async function bookPageAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(pageData, data);
  if (!input.ok) return input.reply;
  return bookOpenAction(turn, input.data.week);
}
