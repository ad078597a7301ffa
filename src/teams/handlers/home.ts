// Card verb `home` and command `sessions`: upcoming sessions and allowance.
import { homeCard } from '../card-views.js';
import { cardReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export async function homeAction(turn: ActingTurn): Promise<Reply> {
  return cardReply(homeCard(await turn.deps.services.sessions.overview(turn.actor)));
}
