// Card verb `availability.add`: publishes an open time, optionally repeated weekly; the card then shows the page
// with the (first) time added.
import { z } from 'zod';
import { pageShowing } from '../card-views.js';
import { dateField, parseCardData, refusalReply, timeField, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { availabilityOpenAction } from './availability-open.js';
import { wordsFor } from '../../i18n/words.js';

const addData = z.object({
  date: dateField,
  time: timeField,
  durationMinutes: z.coerce.number().int(),
  weeks: z.coerce.number().int(),
});

export async function availabilityAddAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(addData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.availability.add(turn.actor, input.data);
  if (!result.ok) return refusalReply(turn.actor, result);
  const count = result.slots.length;
  const first = result.slots[0];
  return availabilityOpenAction(
    turn,
    { notice: wordsFor(turn.actor).t('teams.availability.added', { count }) },
    first ? pageShowing(first.start, turn.actor.zone) : undefined,
  );
}
