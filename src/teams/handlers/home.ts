// Card verb `home` and command `sessions`: upcoming sessions and allowance (a therapist: their week).
import { homeCard } from '../card-views.js';
import { cardReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';

export async function homeAction(turn: ActingTurn): Promise<Reply> {
  if (seesTherapistWeek(turn)) return therapistWeekAction(turn);
  return cardReply(homeCard(await turn.deps.services.sessions.overview(turn.actor)));
}
