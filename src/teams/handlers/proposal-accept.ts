// Card verb `proposal.accept`: the employee accepts the therapist's proposed time.
import { z } from 'zod';
import { idField, parseCardData, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { decisionReply } from './decision.js';

const acceptData = z.object({ requestId: idField });

export async function proposalAcceptAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(acceptData, data);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.reschedule.confirm(turn.actor, input.data);
  return decisionReply(turn, input.data.requestId, result);
}
