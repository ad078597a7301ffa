// Card verb `cancel.open`: states the allowance consequence before anything changes, and asks for a reason.
import { z } from 'zod';
import { cancelConfirmCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const openData = z.object({ sessionId: idField });

export async function cancelOpenAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(openData, data, turn.actor);
  if (!input.ok) return input.reply;
  const preview = await turn.deps.services.sessions.cancelPreview(turn.actor, input.data);
  if (!preview.ok) return refusalReply(turn.actor, preview);
  return cardReply(cancelConfirmCard(preview, wordsFor(turn.actor), 24));
}
