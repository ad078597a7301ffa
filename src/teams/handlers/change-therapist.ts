// Command `change therapist` in the 1:1 chat: an employee asks the wellbeing service for another therapist,
// privately and without a reason (issue 19, §6). Asking again answers the same.
import { therapistChangeAskedText } from '../../domain/wording.js';
import { refusalReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export async function changeTherapistCommand(turn: ActingTurn): Promise<Reply> {
  const asked = await turn.deps.services.therapistChange.ask(turn.actor);
  return asked.ok ? textReply(therapistChangeAskedText(asked.alreadyAsked, turn.actor)) : refusalReply(turn.actor, asked);
}
