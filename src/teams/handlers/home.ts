// Card verb `home` and command `sessions`: upcoming sessions and allowance (a therapist: their week).
import { z } from 'zod';
import { homeCard, withRefresh } from '../card-views.js';
import { cardReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { seesTherapistWeek, therapistWeekAction } from './therapist-week.js';
import { wordsFor } from '../../i18n/words.js';

/** The page of a therapist's upcoming sessions a week card asks for (a string in card data); anything else: the first. */
const homeData = z
  .object({
    upcomingPage: z
      .string()
      .regex(/^\d{1,2}$/)
      .optional(),
  })
  .catch({});

export async function homeAction(turn: ActingTurn, data: unknown = {}): Promise<Reply> {
  const page = Number(homeData.parse(data).upcomingPage ?? 0);
  if (seesTherapistWeek(turn)) return therapistWeekAction(turn, null, page);
  // Kept current for its reader whenever opened (Universal Actions' refresh, verb `home`): a pending request shown
  // on it is never stale once decided.
  const card = homeCard(await turn.deps.services.sessions.overview(turn.actor), wordsFor(turn.actor));
  return cardReply(withRefresh(card, { verb: 'home' }, [turn.viewerId]));
}
