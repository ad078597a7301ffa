// A therapist's meeting link (docs/design.md §9): where their sessions take place, shown in confirmations, reminders,
// calendar invitations and the employee's home. Set by the operator (CLI) or by the therapist themselves.
import { z } from 'zod';
import type { PlatformIdentity } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import type { Actor } from '../types.js';

/** Only https links: a link that a calendar or chat client opens must not be a script or a local file. */
export const meetingLinkInput = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((u) => new URL(u).protocol === 'https:', 'must be an https:// link');

export type MeetingLinkResult = { ok: true; meetingLink: string | null } | { ok: false; error: string };

async function setLink(ctx: ServiceContext, therapistId: string, orgId: string, raw: string | null, actorId: string): Promise<MeetingLinkResult> {
  const parsed = raw === null ? { success: true as const, data: null } : meetingLinkInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join('; ') };
  await ctx.store.therapistSettings.setMeetingLink(therapistId, parsed.data);
  const at = ctx.clock();
  // The link itself is not audited: it is a credential-like address, and the event says enough.
  await ctx.store.audit.append({
    _id: `meeting_link:${therapistId}:${at.toISOString()}`,
    orgId,
    actorId,
    action: parsed.data ? 'therapist.meeting_link_set' : 'therapist.meeting_link_removed',
    subjectId: therapistId,
    reason: null,
    details: {},
    at,
  });
  return { ok: true, meetingLink: parsed.data };
}

/** The therapist sets (or, with null, removes) their own link. */
export async function setOwnMeetingLink(ctx: ServiceContext, actor: Actor, raw: string | null): Promise<MeetingLinkResult> {
  if (!actor.roles.includes('therapist')) return { ok: false, error: 'only therapists have a meeting link' };
  return setLink(ctx, actor.personId, actor.orgId, raw, actor.personId);
}

/** The operator sets a therapist's link, found by their chat identity. */
export async function setMeetingLinkOf(ctx: ServiceContext, therapist: PlatformIdentity, raw: string | null): Promise<MeetingLinkResult> {
  const person = await ctx.store.directory.byIdentity(therapist);
  if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  return setLink(ctx, String(person._id), person.orgId, raw, 'operator');
}
