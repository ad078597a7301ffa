// Parsing what Slack sends back from modals and buttons. Everything passes a zod schema; a value that does not
// parse is treated as missing, and the service or the listener refuses it with the usual sentence.
import { z } from 'zod';
import type { ViewOutput, ViewStateValue } from '@slack/bolt';
import type { RefusalCode } from '../domain/refusals.js';
import { refusalField, refusalText } from '../domain/refusals.js';
import type { TimeChoice } from '../services/types.js';
import type { BlockId } from './ids.js';
import { blocks } from './ids.js';
import type { Words } from '../i18n/words.js';

type StateValues = ViewOutput['state']['values'];

const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/);
export const idSchema = id;
export const sessionMetadataSchema = z.object({ sessionId: id });
export const requestMetadataSchema = z.object({
  requestId: id,
  channelId: z
    .string()
    .regex(/^[CGD][A-Z0-9]+$/)
    .optional(),
  messageTs: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional(),
});

export function parseMetadata<T>(schema: z.ZodType<T>, raw: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function field(values: StateValues, blockId: BlockId): ViewStateValue | undefined {
  return values[blockId]?.[blockId];
}

export function hasBlock(values: StateValues, blockId: BlockId): boolean {
  return values[blockId] !== undefined;
}

const text = z.string().max(4000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

export function readText(values: StateValues, blockId: BlockId): string {
  const parsed = text.safeParse(field(values, blockId)?.value ?? '');
  return parsed.success ? parsed.data : '';
}

export function readSlot(values: StateValues): string | null {
  const parsed = id.safeParse(field(values, blocks.slot)?.selected_option?.value);
  return parsed.success ? parsed.data : null;
}

export function readSelectNumber(values: StateValues, blockId: BlockId): number | null {
  const v = field(values, blockId);
  const parsed = z.coerce
    .number()
    .int()
    .safeParse(v?.selected_option?.value ?? v?.value ?? undefined);
  return parsed.success ? parsed.data : null;
}

/** A slot if one was picked, otherwise a custom date + time; a half-filled custom time is malformed. */
export function readTimeChoice(values: StateValues): { ok: true; choice: TimeChoice } | { ok: false; code: RefusalCode } {
  const slotId = readSlot(values);
  if (slotId) return { ok: true, choice: { slotId } };
  const d = date.safeParse(field(values, blocks.date)?.selected_date);
  const t = time.safeParse(field(values, blocks.time)?.selected_time);
  if (d.success && t.success) return { ok: true, choice: { date: d.data, time: t.data } };
  // Nothing picked at all is not a malformed time: the person is asked to pick one, beside the slot list.
  const anyGiven = !!field(values, blocks.date)?.selected_date || !!field(values, blocks.time)?.selected_time;
  return { ok: false, code: anyGiven ? 'malformed_time' : 'no_time_picked' };
}

/**
 * `response_action: errors` for a refusal, shown beside the field it is about. Refusals about no particular field
 * (e.g. inside the reschedule window) go beside the modal's main field, so the person still reads them in place.
 */
export function fieldErrors(
  w: Words,
  values: StateValues,
  refusal: { code: RefusalCode; params?: Record<string, string | number> },
  fallback: BlockId[],
  overrides: Partial<Record<RefusalCode, BlockId>> = {},
): { response_action: 'errors'; errors: Record<string, string> } {
  const natural = overrides[refusal.code] ?? fieldBlock(refusalField(refusal.code));
  const candidates = [...(natural ? [natural] : []), ...fallback];
  const target = candidates.find((b) => hasBlock(values, b)) ?? fallback[0] ?? blocks.reason;
  return { response_action: 'errors', errors: { [target]: refusalText(refusal, 'employee', w) } };
}

function fieldBlock(f: ReturnType<typeof refusalField>): BlockId | null {
  switch (f) {
    case 'reason':
      return blocks.reason;
    case 'time':
      return blocks.time;
    case 'slot':
      return blocks.slot;
    default:
      return null;
  }
}
