// Card verb `cancel.submit`: cancels a session with a reason (late inside the window: the unit stays used).
import { z } from 'zod';
import { freeTextField, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';

const submitData = z.object({ sessionId: idField, reason: freeTextField });

export async function cancelSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(submitData, data);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.sessions.cancel(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  // Both sides get the cancellation (with its allowance consequence) as a notice; the card shows the overview.
  return homeAction(turn);
}
