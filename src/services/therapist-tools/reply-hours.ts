// A therapist's usual reply time and hours (docs/design.md §9), shown to employees by the care note. Set by the
// therapist or the operator; validated here, whatever surface it came from.
import { z } from 'zod';
import type { PlatformIdentity } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import type { Actor } from '../types.js';

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

export type ReplyHoursResult = { ok: true } | { ok: false; error: string };

async function save(ctx: ServiceContext, therapistId: string, orgId: string, raw: unknown, actorId: string): Promise<ReplyHoursResult> {
  const parsed = replyHoursInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ') };
  const hours = parsed.data.hours ? { ...parsed.data.hours, days: [...new Set(parsed.data.hours.days)].sort((a, b) => a - b) } : null;
  await ctx.store.therapistSettings.setReplyHours(therapistId, parsed.data.usualReply, hours);
  const at = ctx.clock();
  await ctx.store.audit.append({
    _id: `reply_hours:${therapistId}:${at.toISOString()}`,
    orgId,
    actorId,
    action: 'therapist.reply_hours_set',
    subjectId: therapistId,
    reason: null,
    details: { hours },
    at,
  });
  return { ok: true };
}

export async function setOwnReplyHours(ctx: ServiceContext, actor: Actor, raw: unknown): Promise<ReplyHoursResult> {
  if (!actor.roles.includes('therapist')) return { ok: false, error: 'only therapists have reply hours' };
  return save(ctx, actor.personId, actor.orgId, raw, actor.personId);
}

export async function setReplyHoursOf(ctx: ServiceContext, therapist: PlatformIdentity, raw: unknown): Promise<ReplyHoursResult> {
  const person = await ctx.store.directory.byIdentity(therapist);
  if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  return save(ctx, String(person._id), person.orgId, raw, 'operator');
}
