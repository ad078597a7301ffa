// Card verb `book.open` and command `book`: the therapist's open slots to pick from.
import { bookCard } from '../card-views.js';
import { cardReply, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export async function bookOpenAction(turn: ActingTurn): Promise<Reply> {
  const result = await turn.deps.services.sessions.openSlots(turn.actor, { days: 28 });
  if (!result.ok) return refusalReply(result);
  return cardReply(bookCard(result.slots, turn.actor.zone));
}
