// What a reschedule or move form sends: the session, one of the open times picked (read from the drop-down the card's
// action names) or a custom date and time, and a reason. The client's request and the therapist's move read it alike.
import { z } from 'zod';
import type { TimeChoice } from '../../services/types.js';
import { pickedSlot } from '../card-views.js';
import { dateField, freeTextField, idField, optionalIdField, parseCardData, refusalReply, timeField, type Parsed } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const submitData = z.object({
  sessionId: idField,
  slotId: optionalIdField,
  date: dateField.optional(),
  time: timeField.optional(),
  reason: freeTextField,
  /** Sent from a client's thread: the answer is the thread card again, never the week (other clients' names). */
  employeeId: optionalIdField,
});

export interface TimeChoiceForm {
  sessionId: string;
  choice: TimeChoice;
  reason: string;
  employeeId?: string;
}

export function readTimeChoiceForm(turn: ActingTurn, data: unknown): Parsed<TimeChoiceForm> {
  const fields = data && typeof data === 'object' ? data : {};
  const input = parseCardData(submitData, { ...fields, slotId: pickedSlot(data) }, turn.actor);
  if (!input.ok) return input;
  const { sessionId, slotId, date, time, reason, employeeId } = input.data;
  // A custom date and time, when given, wins over a slot picked before changing one's mind.
  let choice: TimeChoice;
  if (date && time) choice = { date, time };
  else if (slotId && !date && !time) choice = { slotId };
  else return { ok: false, reply: refusalReply(turn.actor, { code: date || time ? 'malformed_time' : 'no_time_picked' }) };
  return { ok: true, data: { sessionId, choice, reason, ...(employeeId ? { employeeId } : {}) } };
}
