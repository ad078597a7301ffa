// A therapist's week (command `sessions`, card verb `home`): upcoming sessions with Cancel, and the recent ones
// still to mark Attended / No-show. Card actions answer with this card again, so it always shows what is now true.
import { weekCard, withRefresh, type WeekStatus } from '../card-views.js';
import { cardReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

/** `upcomingPage`: which page of upcoming sessions (Earlier / Later on the card); its refresh keeps the page. */
export async function therapistWeekAction(turn: ActingTurn, status: WeekStatus | null = null, upcomingPage = 0): Promise<Reply> {
  const [overview, awaiting] = await Promise.all([
    turn.deps.services.sessions.overview(turn.actor),
    turn.deps.services.attendance.awaiting(turn.actor),
  ]);
  // Kept current whenever opened (refresh, verb `home`); a refresh shows the week without the one-off status line.
  const card = weekCard(overview, awaiting.ok ? awaiting.sessions : [], wordsFor(turn.actor), status, upcomingPage);
  const refresh = upcomingPage > 0 ? { verb: 'home' as const, upcomingPage: String(upcomingPage) } : { verb: 'home' as const };
  return cardReply(withRefresh(card, refresh, [turn.viewerId]));
}

/** Therapists who are not also employees see their week where employees see their sessions and allowance. */
export function seesTherapistWeek(turn: ActingTurn): boolean {
  return turn.actor.roles.includes('therapist') && !turn.actor.roles.includes('employee');
}
