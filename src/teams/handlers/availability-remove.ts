// Card verb `availability.remove`: removes an open (unbooked) slot; the card stays on the page it was removed from.
import { z } from 'zod';
import { blankToUndefined, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { availabilityOpenAction } from './availability-open.js';
import { pageField } from './book-open.js';
import { wordsFor } from '../../i18n/words.js';

const removeData = z.object({ slotId: idField, page: z.preprocess(blankToUndefined, pageField.optional()) });

export async function availabilityRemoveAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(removeData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.availability.remove(turn.actor, { slotId: input.data.slotId });
  if (!result.ok) return refusalReply(turn.actor, result);
  return availabilityOpenAction(turn, { notice: wordsFor(turn.actor).t('teams.availability.removed') }, input.data.page);
}
