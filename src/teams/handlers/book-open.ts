// Card verbs `book.open` and `book.page` (another page of a long list), and command `book`: the therapist's open
// slots to pick from.
import { z } from 'zod';
import { isPageKey } from '../card-pages.js';
import { fullMonthLine } from '../../domain/wording.js';
import { bookCard } from '../card-views.js';
import { cardReply, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

/** A page of a long list of times; cards sent before pages could be days named it `week`. */
export const pageField = z.string().refine(isPageKey);
export const pageData = z
  .object({ page: pageField.optional(), week: pageField.optional() })
  .transform(({ page, week }) => ({ page: page ?? week }))
  .refine((d) => d.page !== undefined, { path: ['page'] });

export async function bookOpenAction(turn: ActingTurn, page?: string): Promise<Reply> {
  const result = await turn.deps.services.sessions.openSlots(turn.actor, { forBooking: true });
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(
    bookCard(
      result.slots,
      wordsFor(turn.actor),
      '',
      page,
      result.fullMonths.map((m) => fullMonthLine(m, turn.actor)),
    ),
  );
}

export async function bookPageAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(pageData, data, turn.actor);
  if (!input.ok) return input.reply;
  return bookOpenAction(turn, input.data.page);
}
