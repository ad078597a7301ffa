// Command `reschedule`: opens the form directly when exactly one session can be moved, else the session list.
import type { Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { homeAction } from './home.js';
import { rescheduleOpenAction } from './reschedule-open.js';

export async function rescheduleCommand(turn: ActingTurn): Promise<Reply> {
  const { upcoming } = await turn.deps.services.sessions.overview(turn.actor);
  const movable = upcoming.filter((s) => s.canReschedule && !s.pendingRequest);
  const only = movable.length === 1 ? movable[0] : undefined;
  return only ? rescheduleOpenAction(turn, { sessionId: only.id }) : homeAction(turn);
}
