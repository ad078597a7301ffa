// Card verb `request.propose`: the therapist answers a request with another time (in the therapist's zone).
import { z } from 'zod';
import { dateField, freeTextField, idField, parseCardData, timeField, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { decisionReply } from './decision.js';

const proposeData = z.object({ requestId: idField, date: dateField, time: timeField, proposalNote: freeTextField });

export async function requestProposeAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(proposeData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { requestId, date, time, proposalNote } = input.data;
  const result = await turn.deps.services.reschedule.propose(turn.actor, { requestId, choice: { date, time }, note: proposalNote });
  return decisionReply(turn, requestId, result);
}
