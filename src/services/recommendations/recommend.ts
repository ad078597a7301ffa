// A therapist recommends extra sessions for a client who has used their month (issue 19, §4): a number, the month
// (this one or next, in the client's organisation's zone) and a clinical note kept on the provider's side. One
// recommendation per client and month waits at a time (a unique insert); the note is never audited or logged.
import { Types } from 'mongoose';
import { z } from 'zod';
import { employeeAllowance } from '../../domain/allowance.js';
import { checkRecommendation, CLINICAL_NOTE_LENGTH, EXTRA_SESSIONS_RANGE, recommendableMonths } from '../../domain/extra-sessions.js';
import { refuse } from '../../domain/refusals.js';
import { channelKey } from '../../domain/types.js';
import type { ThreadAddress } from '../../notices/notice.js';
import { openKeyOf, type RecommendationDoc } from '../../store/recommendation-models.js';
import type { ServiceContext } from '../context.js';
import { organisationOf } from '../guards.js';
import { unitsUsed } from '../reservations/index.js';
import type { Actor, Result } from '../types.js';

export const recommendInput = z
  .object({
    employeeId: z.string().min(1).max(100),
    month: z.string().max(20),
    sessions: z.union([z.number(), z.string().max(10)]),
    note: z.string().max(4 * CLINICAL_NOTE_LENGTH.max),
  })
  .strict();

export interface RecommendationMade {
  id: string;
  employeeName: string;
  month: string;
  sessions: number;
}

const invalid = () =>
  refuse('invalid_recommendation', {
    min: EXTRA_SESSIONS_RANGE.min,
    max: EXTRA_SESSIONS_RANGE.max,
    noteMin: CLINICAL_NOTE_LENGTH.min,
    noteMax: CLINICAL_NOTE_LENGTH.max,
  });

export async function recommend(ctx: ServiceContext, actor: Actor, raw: unknown): Promise<Result<{ recommendation: RecommendationMade }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'recommend' });
  const input = recommendInput.safeParse(raw);
  if (!input.success) return invalid();
  const employee = Types.ObjectId.isValid(input.data.employeeId) ? await ctx.store.directory.person(input.data.employeeId) : null;
  // Only the therapist's own current clients; anyone else reads as "not your client", whoever they are.
  if (
    !employee ||
    !employee.roles.includes('employee') ||
    String(employee.therapistId) !== actor.personId ||
    employee.offboardedAt ||
    employee.erasedAt
  )
    return refuse('not_your_client');
  const org = await organisationOf(ctx, employee.orgId);
  const now = ctx.clock();
  const checked = checkRecommendation(input.data, recommendableMonths(now, org.zone));
  if (!checked.ok) return invalid();
  const { month, sessions, note } = checked;
  const allowance = employeeAllowance(org, employee, month);
  const used = (await unitsUsed(ctx, employee._id, [month])).get(month) ?? 0;
  if (used < allowance) return refuse('allowance_left', { left: allowance - used, month });
  const doc: RecommendationDoc = {
    _id: new Types.ObjectId(),
    orgId: employee.orgId,
    employeeId: employee._id,
    therapistId: new Types.ObjectId(actor.personId),
    month,
    sessions,
    note,
    status: 'pending',
    openKey: openKeyOf(employee._id, month),
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    createdAt: now,
  };
  if (!(await ctx.store.recommendations.insertPending(doc))) return refuse('recommendation_pending', { month });
  await ctx.store.audit.append({
    _id: `extra_sessions.recommended:${String(doc._id)}`,
    orgId: employee.orgId,
    actorId: actor.personId,
    action: 'extra_sessions.recommended',
    subjectId: String(employee._id),
    reason: null,
    details: { recommendationId: String(doc._id), month, sessions },
    at: now,
  });
  return { ok: true, recommendation: { id: String(doc._id), employeeName: employee.displayName, month, sessions } };
}

export interface RecommendationChoices {
  clients: { id: string; displayName: string }[];
  /** This month and next, in the therapist's zone (the service checks them again in the client's organisation's). */
  months: string[];
}

/** The therapist's current clients and the months to recommend for (names only; the therapist knows them). */
export async function clientsOf(ctx: ServiceContext, actor: Actor): Promise<Result<RecommendationChoices>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'recommend' });
  const clients = await ctx.store.recommendations.clientsOf(actor.personId);
  return {
    ok: true,
    clients: clients.map((c) => ({ id: String(c._id), displayName: c.displayName })),
    months: recommendableMonths(ctx.clock(), actor.zone),
  };
}

/** The client whose thread this is, for a recommendation made from it: only the thread's own therapist gets one. */
export async function clientOfThread(ctx: ServiceContext, actor: Actor, thread: ThreadAddress): Promise<Result<RecommendationChoices>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'recommend' });
  const relayThread = await ctx.store.relayThreads.byThread(channelKey(thread.channel), thread.threadId);
  if (!relayThread || String(relayThread.therapistId) !== actor.personId) return refuse('not_your_client');
  const client = await ctx.store.directory.person(relayThread.employeeId);
  if (!client || client.erasedAt || client.offboardedAt || String(client.therapistId) !== actor.personId) return refuse('not_your_client');
  return {
    ok: true,
    clients: [{ id: String(client._id), displayName: client.displayName }],
    months: recommendableMonths(ctx.clock(), actor.zone),
  };
}
