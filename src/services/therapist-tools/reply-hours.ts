// A therapist's usual reply time and hours (docs/design.md §9), shown to employees by the care note. Set by the
// therapist or the operator; validated here, whatever surface it came from.
import { z } from 'zod';
import type { PlatformIdentity } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import { refuse } from '../../domain/refusals.js';
import type { Actor, Result } from '../types.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:mm');

export const replyHoursInput = z
  .object({
    usualReply: z.string().trim().min(1).max(100).nullable(),
    hours: z
      .object({ days: z.array(z.number().int().min(1).max(7)).min(1).max(7), from: hhmm, to: hhmm })
      .refine((h) => h.from < h.to, 'the hours must end after they start')
      .nullable(),
  })
  .strict();

/** The operator's (CLI) answer: a refusal is a sentence for the terminal. */
export type ReplyHoursResult = { ok: true } | { ok: false; error: string };

type ReplyHours = z.infer<typeof replyHoursInput>;

function parseReplyHours(raw: unknown): { ok: true; value: ReplyHours } | { ok: false; error: string } {
  const parsed = replyHoursInput.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ') };
  const hours = parsed.data.hours ? { ...parsed.data.hours, days: [...new Set(parsed.data.hours.days)].sort((a, b) => a - b) } : null;
  return { ok: true, value: { usualReply: parsed.data.usualReply, hours } };
}

async function save(ctx: ServiceContext, therapistId: string, orgId: string, value: ReplyHours, actorId: string): Promise<void> {
  await ctx.store.therapistSettings.setReplyHours(therapistId, value.usualReply, value.hours);
  const at = ctx.clock();
  await ctx.store.audit.append({
    _id: `reply_hours:${therapistId}:${at.toISOString()}`,
    orgId,
    actorId,
    action: 'therapist.reply_hours_set',
    subjectId: therapistId,
    reason: null,
    details: { hours: value.hours },
    at,
  });
}

/** The therapist sets their own, from Slack or Teams. */
export async function setOwnReplyHours(
  ctx: ServiceContext,
  actor: Actor,
  raw: unknown,
): Promise<Result<{ usualReply: string | null; hours: ReplyHours['hours'] }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'hours' });
  const parsed = parseReplyHours(raw);
  if (!parsed.ok) return refuse('invalid_reply_hours');
  await save(ctx, actor.personId, actor.orgId, parsed.value, actor.personId);
  return { ok: true, ...parsed.value };
}

export async function setReplyHoursOf(ctx: ServiceContext, therapist: PlatformIdentity, raw: unknown): Promise<ReplyHoursResult> {
  const person = await ctx.store.directory.byIdentity(therapist);
  if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  const parsed = parseReplyHours(raw);
  if (!parsed.ok) return parsed;
  await save(ctx, String(person._id), person.orgId, parsed.value, 'operator');
  return { ok: true };
}
