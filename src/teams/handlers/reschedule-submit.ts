// Card verb `reschedule.submit`: asks the therapist to move a session to an open slot (read from the drop-down the
// card's action names) or a custom time.
import { z } from 'zod';
import { pickedSlot } from '../card-views.js';
import { dateField, freeTextField, idField, parseCardData, refusalReply, timeField, type Reply } from '../replies.js';
import type { TimeChoice } from '../../services/types.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const submitData = z.object({
  sessionId: idField,
  slotId: z.preprocess(blank, idField.optional()),
  date: dateField.optional(),
  time: timeField.optional(),
  reason: freeTextField,
});

export async function rescheduleSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const fields = data && typeof data === 'object' ? data : {};
  const input = parseCardData(submitData, { ...fields, slotId: pickedSlot(data) }, turn.actor);
  if (!input.ok) return input.reply;
  const { sessionId, slotId, date, time, reason } = input.data;
  // A custom date and time, when given, wins over a slot picked before changing one's mind.
  let choice: TimeChoice;
  if (date && time) choice = { date, time };
  else if (slotId && !date && !time) choice = { slotId };
  else return refusalReply(turn.actor, { code: date || time ? 'malformed_time' : 'no_time_picked' });
  const result = await turn.deps.services.reschedule.request(turn.actor, { sessionId, choice, reason });
  if (!result.ok) return refusalReply(turn.actor, result);
  // The service tells the employee their request waits for the therapist; the card shows it as pending.
  return homeAction(turn);
}
