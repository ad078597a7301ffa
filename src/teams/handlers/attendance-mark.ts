// Card verb `attendance.mark` on the therapist's week card: Attended or No-show, once, after a session. The card is
// replaced by the week as it now is, saying what was marked or why nothing changed (e.g. already marked).
import { z } from 'zod';
import { audienceOf, refusalText } from '../../domain/refusals.js';
import { attendanceMarkedText } from '../../domain/wording.js';
import { idField, parseCardData, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { therapistWeekAction } from './therapist-week.js';

const markData = z.object({ sessionId: idField, attendance: z.enum(['attended', 'no_show']) });

export async function attendanceMarkAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(markData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.attendance.mark(turn.actor, input.data);
  const status = result.ok
    ? { text: attendanceMarkedText(result.attendance, turn.actor), refused: false }
    : { text: refusalText(result, audienceOf(turn.actor), turn.actor), refused: true };
  return therapistWeekAction(turn, status);
}
