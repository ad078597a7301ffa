// Card verb `book.submit`: books the picked slot (read from the drop-down the card's Book action names).
import { pickedSlot } from '../card-views.js';
import { idField, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';

export async function bookSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const slotId = idField.safeParse(pickedSlot(data));
  if (!slotId.success) return refusalReply(turn.actor, { code: 'unknown_slot' });
  const result = await turn.deps.services.sessions.book(turn.actor, { slotId: slotId.data });
  if (!result.ok) return refusalReply(turn.actor, result);
  // Both sides get the booking as a notice; the clicked card becomes the updated overview.
  return homeAction(turn);
}
