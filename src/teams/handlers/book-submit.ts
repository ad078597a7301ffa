// Card verb `book.submit`: books the picked slot.
import { z } from 'zod';
import { noticeCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const bookData = z.object({ slotId: idField });

export async function bookSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(bookData, data);
  if (!input.ok) return refusalReply({ code: 'unknown_slot' });
  const result = await turn.deps.services.sessions.book(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  return cardReply(noticeCard({ kind: 'session_booked', session: result.session }, turn.actor.zone));
}
