// Command `availability`: a therapist's slots with a form to publish more.
import { availabilityCard } from '../card-views.js';
import { cardReply, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export async function availabilityOpenAction(turn: ActingTurn, status: { notice?: string } = {}): Promise<Reply> {
  const result = await turn.deps.services.availability.list(turn.actor);
  if (!result.ok) return refusalReply(result);
  return cardReply(availabilityCard(result.slots, turn.actor.zone, status));
}
