// Card verb `request.decline`: the therapist declines a request, with an optional note to the employee.
import { z } from 'zod';
import { freeTextField, idField, parseCardData, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { decisionReply } from './decision.js';

const declineData = z.object({ requestId: idField, note: freeTextField });

export async function requestDeclineAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(declineData, data, turn.actor);
  if (!input.ok) return input.reply;
  const note = input.data.note.trim() || undefined;
  const result = await turn.deps.services.reschedule.decline(turn.actor, { requestId: input.data.requestId, note });
  return decisionReply(turn, input.data.requestId, result);
}
