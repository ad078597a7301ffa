// Card verb `move.pick` (the root card of a client's thread, in the therapist's channel): the client's upcoming
// sessions with this therapist, each with Move session. Read when clicked, so the thread card is always current.
import { z } from 'zod';
import { threadCard, type WeekStatus } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const pickData = z.object({ employeeId: idField });

/** The thread card of one client, with a line on top saying what was just done (if anything). */
export async function clientThreadCard(turn: ActingTurn, employeeId: string, status: WeekStatus | null = null): Promise<Reply> {
  const found = await turn.deps.services.reschedule.clientSessions(turn.actor, { employeeId });
  if (!found.ok) return refusalReply(turn.actor, found);
  return cardReply(threadCard({ employeeId, employeeName: found.employeeName, sessions: found.sessions }, wordsFor(turn.actor), status));
}

export async function movePickAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(pickData, data, turn.actor);
  if (!input.ok) return input.reply;
  return clientThreadCard(turn, input.data.employeeId);
}
