// Card verbs of a therapist's offer of times: `offer.open` and `offer.submit` (the therapist, in the client's
// thread) and `offer.book` / `offer.decline` (the client, in their chat). Times are in each reader's zone.
import { z } from 'zod';
import { refusalText } from '../../domain/refusals.js';
import type { TimeChoice } from '../../services/types.js';
import { noticeCard, offerCard, offerFormCard } from '../card-views.js';
import { cardReply, dateField, idField, parseCardData, refusalReply, timeField, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const openData = z.object({ employeeId: idField });
const optional = <T extends z.ZodType>(field: T) => z.union([field, z.literal('').transform(() => undefined), z.undefined()]);
const submitData = z.object({
  employeeId: idField,
  // A multi-select answers "id1,id2" ("" when none).
  slotIds: z.preprocess((v) => (typeof v === 'string' && v !== '' ? v.split(',') : []), z.array(idField).max(3)),
  date1: optional(dateField),
  time1: optional(timeField),
  date2: optional(dateField),
  time2: optional(timeField),
  hours: z.coerce.number().int(),
});
const bookData = z.object({ offerId: idField, index: z.coerce.number().int().min(0).max(2) });
const declineData = z.object({ offerId: idField });

async function offerForm(turn: ActingTurn, employeeId: string, error = ''): Promise<Reply> {
  const own = await turn.deps.services.availability.list(turn.actor);
  const now = new Date();
  return cardReply(offerFormCard(own.ok ? own.slots.filter((s) => s.start > now) : [], wordsFor(turn.actor), employeeId, error));
}

export async function offerOpenAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist')) return refusalReply(turn.actor, { code: 'not_therapist', params: { action: 'offer' } });
  const input = parseCardData(openData, data, turn.actor);
  if (!input.ok) return input.reply;
  return offerForm(turn, input.data.employeeId);
}

/** A custom time: both parts or neither (half filled is malformed). */
function customTime(date: string | undefined, time: string | undefined): TimeChoice | null | 'malformed' {
  if (!date && !time) return null;
  return date && time ? { date, time } : 'malformed';
}

export async function offerSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(submitData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { employeeId, slotIds, date1, time1, date2, time2, hours } = input.data;
  const customs = [customTime(date1, time1), customTime(date2, time2)];
  if (customs.includes('malformed')) return offerForm(turn, employeeId, refusalText({ code: 'malformed_time' }, 'therapist', turn.actor));
  const times: TimeChoice[] = [
    ...slotIds.map((slotId) => ({ slotId })),
    ...customs.filter((c): c is TimeChoice => c !== null && c !== 'malformed'),
  ];
  const result = await turn.deps.services.offers.offer(turn.actor, { employeeId, times, expiresInHours: hours });
  if (!result.ok) {
    turn.deps.log.info({ handler: 'offer.submit', refusal: result.code }, 'offer refused');
    return result.code === 'not_therapist' || result.code === 'not_your_client'
      ? refusalReply(turn.actor, result, 'therapist')
      : offerForm(turn, employeeId, refusalText(result, 'therapist', turn.actor));
  }
  // The form gives way to the thread's header again; the offer itself is posted in the thread as its own card.
  return cardReply(noticeCard({ kind: 'thread_opened', employeeName: result.offer.employeeName, employeeId }, wordsFor(turn.actor)));
}

export async function offerBookAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(bookData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.offers.book(turn.actor, input.data);
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(offerCard(result.offer, wordsFor(turn.actor)));
}

export async function offerDeclineAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(declineData, data, turn.actor);
  if (!input.ok) return input.reply;
  const result = await turn.deps.services.offers.decline(turn.actor, input.data);
  if (!result.ok) return refusalReply(turn.actor, result);
  return cardReply(offerCard(result.offer, wordsFor(turn.actor)));
}
