// Card verb `home` and command `sessions`: upcoming sessions and allowance (a therapist: their week).
import { homeCard, withRefresh } from '../card-views.js';
import { cardReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';

export async function homeAction(turn: ActingTurn): Promise<Reply> {
  if (seesTherapistWeek(turn)) return therapistWeekAction(turn);
  // Kept current for its reader whenever opened (Universal Actions' refresh, verb `home`): a pending request shown
  // on it is never stale once decided.
  const card = homeCard(await turn.deps.services.sessions.overview(turn.actor));
  return cardReply(withRefresh(card, { verb: 'home' }, [turn.viewerId]));
}
