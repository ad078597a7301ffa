// Card verb `move.submit`: the therapist asks their client to move a session to one of their open times (read from
// the drop-down the card's action names) or a custom time, with a reason. The client answers in their personal chat.
import { noticeText } from '../../domain/wording.js';
import { refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';
import { clientThreadCard } from './move-pick.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';
import { readTimeChoiceForm } from './time-choice-form.js';

export async function moveSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const form = readTimeChoiceForm(turn, data);
  if (!form.ok) return form.reply;
  const { sessionId, choice, reason, employeeId } = form.data;
  const result = await turn.deps.services.reschedule.move(turn.actor, { sessionId, choice, reason });
  if (!result.ok) return refusalReply(turn.actor, result);
  // The client gets Accept / Decline in their chat and the thread the request; the card says what was just asked.
  const words = noticeText({ kind: 'proposal_sent', request: result.request }, turn.actor);
  if (employeeId) return clientThreadCard(turn, employeeId, { text: words.title, refused: false });
  if (!seesTherapistWeek(turn)) return homeAction(turn);
  return therapistWeekAction(turn, { text: words.title, refused: false });
}
