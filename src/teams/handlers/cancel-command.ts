// Command `cancel`: the cancel confirmation when there is exactly one upcoming session, else the session list.
import type { Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { cancelOpenAction } from './cancel-open.js';
import { homeAction } from './home.js';

export async function cancelCommand(turn: ActingTurn): Promise<Reply> {
  const { upcoming } = await turn.deps.services.sessions.overview(turn.actor);
  const only = upcoming.length === 1 ? upcoming[0] : undefined;
  return only ? cancelOpenAction(turn, { sessionId: only.id }) : homeAction(turn);
}
