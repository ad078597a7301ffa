// Card verb `move.submit`: the therapist asks their client to move a session to one of their open times (read from
// the drop-down the card's action names) or a custom time, with a reason. The client answers in their personal chat.
import { z } from 'zod';
import { noticeText } from '../../domain/wording.js';
import type { TimeChoice } from '../../services/types.js';
import { pickedSlot } from '../card-views.js';
import { dateField, freeTextField, idField, parseCardData, refusalReply, timeField, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';
import { clientThreadCard } from './move-pick.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const submitData = z.object({
  sessionId: idField,
  slotId: z.preprocess(blank, idField.optional()),
  date: dateField.optional(),
  time: timeField.optional(),
  reason: freeTextField,
  /** Sent from that client's thread: the answer is the thread card again, never the week (other clients' names). */
  employeeId: z.preprocess(blank, idField.optional()),
});

export async function moveSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const fields = data && typeof data === 'object' ? data : {};
  const input = parseCardData(submitData, { ...fields, slotId: pickedSlot(data) }, turn.actor);
  if (!input.ok) return input.reply;
  const { sessionId, slotId, date, time, reason, employeeId } = input.data;
  // A custom date and time, when given, wins over a slot picked before changing one's mind.
  let choice: TimeChoice;
  if (date && time) choice = { date, time };
  else if (slotId && !date && !time) choice = { slotId };
  else return refusalReply(turn.actor, { code: date || time ? 'malformed_time' : 'no_time_picked' });
  const result = await turn.deps.services.reschedule.move(turn.actor, { sessionId, choice, reason });
  if (!result.ok) return refusalReply(turn.actor, result);
  // The client gets Accept / Decline in their chat and the thread the request; the card says what was just asked.
  const words = noticeText({ kind: 'proposal_sent', request: result.request }, turn.actor);
  if (employeeId) return clientThreadCard(turn, employeeId, { text: words.title, refused: false });
  if (!seesTherapistWeek(turn)) return homeAction(turn);
  return therapistWeekAction(turn, { text: words.title, refused: false });
}
