// What a handler answers: a card (replacing the clicked card, or sent as a new message for commands) or a text
// (a refusal or a short status). Refusal sentences come only from src/domain/refusals.ts.
import { z } from 'zod';
import { refusalText, type Refusal, type RefusalAudience, type RefusalCode } from '../domain/refusals.js';
import type { Reader } from '../i18n/locales.js';
import type { Words } from '../i18n/words.js';
import type { AdaptiveCardJson } from './cards.js';
import type { ActingTurn } from './turn.js';

/** For failures that are ours, not a rule: no detail, no promise about what changed. */
export const somethingWentWrong = (w: Words): string => w.t('teams.reply.somethingWrong');

export type Reply = { card: AdaptiveCardJson } | { text: string };

export const cardReply = (card: AdaptiveCardJson): Reply => ({ card });
export const textReply = (text: string): Reply => ({ text });
/** A refusal in its reader's words. */
export const refusalReply = (reader: Reader, refusal: Pick<Refusal, 'code' | 'params'>, audience: RefusalAudience = 'employee'): Reply => ({
  text: refusalText(refusal, audience, reader),
});

export type CardActionHandler = (turn: ActingTurn, data: unknown) => Promise<Reply>;

// Card inputs arrive as strings, with "" for untouched fields: treat those as absent.
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const idField = z.string().trim().min(1).max(128);
/** An id a card may leave empty (an untouched drop-down, a card sent from elsewhere). */
export const optionalIdField = z.preprocess(blankToUndefined, idField.optional());
export const dateField = z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
export const timeField = z.preprocess(
  (v) => (typeof v === 'string' ? blankToUndefined(v.replace(/^(\d{2}:\d{2}):\d{2}(\.\d+)?$/, '$1')) : v),
  z.string().regex(/^\d{2}:\d{2}$/),
);
/** Free text is length-capped here only against abuse; the service applies the product's exact limits. */
export const freeTextField = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string().max(5000));

const fieldRefusal: Record<string, RefusalCode> = {
  date: 'malformed_time',
  time: 'malformed_time',
  reason: 'reason_too_long',
  note: 'reason_too_long',
  proposalNote: 'reason_too_long',
  month: 'invalid_month',
};

export type Parsed<T> = { ok: true; data: T } | { ok: false; reply: Reply };

/** Validates card data; a rejection names what was wrong (e.g. the time) and nothing changes. */
export function parseCardData<T>(schema: z.ZodType<T>, data: unknown, reader: Reader): Parsed<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return { ok: false, reply: refusalReply(reader, { code: fieldRefusal[field] ?? 'bad_input' }) };
}
