// Card verb `reschedule.submit`: asks the therapist to move a session to an open slot or a custom time.
import { refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';
import { readTimeChoiceForm } from './time-choice-form.js';

export async function rescheduleSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const form = readTimeChoiceForm(turn, data);
  if (!form.ok) return form.reply;
  const { sessionId, choice, reason } = form.data;
  const result = await turn.deps.services.reschedule.request(turn.actor, { sessionId, choice, reason });
  if (!result.ok) return refusalReply(turn.actor, result);
  // The service tells the employee their request waits for the therapist; the card shows it as pending.
  return homeAction(turn);
}
