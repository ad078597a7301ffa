// Card verb `book.submit`: books the picked slot.
import { z } from 'zod';
import { idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';

const bookData = z.object({ slotId: idField });

export async function bookSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(bookData, data);
  if (!input.ok) return refusalReply({ code: 'unknown_slot' });
  const result = await turn.deps.services.sessions.book(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  // Both sides get the booking as a notice; the clicked card becomes the updated overview.
  return homeAction(turn);
}
