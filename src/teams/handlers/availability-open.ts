// Command `availability` and card verb `availability.page` (another week of a long list): a therapist's slots
// with a form to publish more.
import { z } from 'zod';
import { availabilityCard } from '../card-views.js';
import { cardReply, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { weekField } from './book-open.js';

const pageData = z.object({ week: weekField });

export async function availabilityOpenAction(turn: ActingTurn, status: { notice?: string } = {}, week?: string): Promise<Reply> {
  const result = await turn.deps.services.availability.list(turn.actor);
  if (!result.ok) return refusalReply(result);
  return cardReply(availabilityCard(result.slots, turn.actor.zone, status, week));
}

export async function availabilityPageAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(pageData, data);
  if (!input.ok) return input.reply;
  return availabilityOpenAction(turn, {}, input.data.week);
}
