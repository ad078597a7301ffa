// A therapist's meeting link (docs/design.md §9): where their sessions take place, shown in confirmations, reminders,
// calendar invitations and the employee's home. Set by the operator (CLI) or by the therapist themselves.
import { z } from 'zod';
import type { PlatformIdentity } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import { refuse } from '../../domain/refusals.js';
import type { Actor, Result } from '../types.js';

/** Only https links: a link that a calendar or chat client opens must not be a script or a local file. */
export const meetingLinkInput = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((u) => new URL(u).protocol === 'https:', 'must be an https:// link');

/** The operator's (CLI) answer: a refusal is a sentence for the terminal. */
export type MeetingLinkResult = { ok: true; meetingLink: string | null } | { ok: false; error: string };

type ParsedLink = { ok: true; link: string | null } | { ok: false; error: string };

function parseLink(raw: string | null): ParsedLink {
  if (raw === null) return { ok: true, link: null };
  const parsed = meetingLinkInput.safeParse(raw);
  return parsed.success ? { ok: true, link: parsed.data } : { ok: false, error: parsed.error.issues.map((i) => i.message).join('; ') };
}

async function storeLink(ctx: ServiceContext, therapistId: string, orgId: string, link: string | null, actorId: string): Promise<void> {
  await ctx.store.therapistSettings.setMeetingLink(therapistId, link);
  const at = ctx.clock();
  // The link itself is not audited: it is a credential-like address, and the event says enough.
  await ctx.store.audit.append({
    _id: `meeting_link:${therapistId}:${at.toISOString()}`,
    orgId,
    actorId,
    action: link ? 'therapist.meeting_link_set' : 'therapist.meeting_link_removed',
    subjectId: therapistId,
    reason: null,
    details: {},
    at,
  });
}

/** The therapist sets (or, with null, removes) their own link, from Slack or Teams. */
export async function setOwnMeetingLink(
  ctx: ServiceContext,
  actor: Actor,
  raw: string | null,
): Promise<Result<{ meetingLink: string | null }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'link' });
  const parsed = parseLink(raw);
  if (!parsed.ok) return refuse('invalid_meeting_link');
  await storeLink(ctx, actor.personId, actor.orgId, parsed.link, actor.personId);
  return { ok: true, meetingLink: parsed.link };
}

/** The operator sets a therapist's link, found by their chat identity. */
export async function setMeetingLinkOf(ctx: ServiceContext, therapist: PlatformIdentity, raw: string | null): Promise<MeetingLinkResult> {
  const person = await ctx.store.directory.byIdentity(therapist);
  if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  const parsed = parseLink(raw);
  if (!parsed.ok) return parsed;
  await storeLink(ctx, String(person._id), person.orgId, parsed.link, 'operator');
  return { ok: true, meetingLink: parsed.link };
}
