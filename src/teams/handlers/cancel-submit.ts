// Card verb `cancel.submit`: cancels a session with a reason (late inside the window: the unit stays used).
import { z } from 'zod';
import { noticeText } from '../../domain/wording.js';
import { freeTextField, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';

const submitData = z.object({ sessionId: idField, reason: freeTextField });

export async function cancelSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(submitData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.sessions.cancel(turn.actor, input.data);
  if (!result.ok) return refusalReply(turn.actor, result);
  // Both sides get the cancellation (with its allowance consequence) as a notice; the card shows the overview. A
  // therapist's week says on top what was just done, in the words of their own notice.
  if (seesTherapistWeek(turn)) {
    const words = noticeText(
      { kind: 'session_cancelled', session: result.session, late: result.late, reason: '', cancelledBy: 'therapist', reader: 'therapist' },
      turn.actor,
    );
    return therapistWeekAction(turn, { text: `${words.title}: ${words.lines.join(' ')}`, refused: false });
  }
  return homeAction(turn);
}
