// Card verb `cancel.submit`: cancels a session with a reason (late inside the window: the unit stays used).
import { z } from 'zod';
import { noticeCard } from '../card-views.js';
import { cardReply, freeTextField, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const submitData = z.object({ sessionId: idField, reason: freeTextField });

export async function cancelSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(submitData, data);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.sessions.cancel(turn.actor, input.data);
  if (!result.ok) return refusalReply(result);
  const cancelledBy = turn.actor.roles.includes('therapist') && !turn.actor.roles.includes('employee') ? 'therapist' : 'employee';
  return cardReply(
    noticeCard(
      { kind: 'session_cancelled', session: result.session, late: result.late, reason: input.data.reason, cancelledBy },
      turn.actor.zone,
    ),
  );
}
