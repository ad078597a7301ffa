// Card verb `availability.remove`: removes an open (unbooked) slot.
import { z } from 'zod';
import { idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { availabilityOpenAction } from './availability-open.js';

const removeData = z.object({ slotId: idField });

export async function availabilityRemoveAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(removeData, data);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.availability.remove(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  return availabilityOpenAction(turn, { notice: 'Removed the open time.' });
}
