// Card verb `proposal.decline`: the employee keeps the current time.
import { z } from 'zod';
import { idField, parseCardData, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { decisionReply } from './decision.js';

const declineData = z.object({ requestId: idField });

export async function proposalDeclineAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(declineData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.reschedule.decline(turn.actor, input.data);
  return decisionReply(turn, input.data.requestId, result);
}
