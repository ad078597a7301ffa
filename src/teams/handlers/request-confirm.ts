// Card verbs `request.confirm` (the linked therapist confirms an employee's request) and `proposal.accept` (the
// employee accepts the therapist's proposal): one use case, and the service checks whom the request awaits.
import { z } from 'zod';
import { idField, parseCardData, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { decisionReply } from './decision.js';

// The card's own verb says who is deciding: `proposal.accept` is the employee, `request.confirm` the therapist.
const confirmData = z.object({ requestId: idField, verb: z.enum(['request.confirm', 'proposal.accept']).optional() });

export async function requestConfirmAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(confirmData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { requestId } = input.data;
  const result = await turn.deps.services.reschedule.confirm(turn.actor, { requestId });
  return decisionReply(turn, requestId, result);
}
