// The provider's operator approves or declines a recommendation (issue 19, §4). The decision is claimed once
// (reservations); an approval adds a grant of N sessions for exactly that month to the employee's record, which
// every allowance count reads (`allowanceInMonth`), so the employee can book at once. The audit event records the
// approver and the reason (never the clinical note); the employee and the therapist are told, each in their words;
// a decline is told to the therapist only. A decision whose caller died is finished by the next call on it.
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import type { Notice } from '../../notices/notice.js';
import type { RecommendationDoc } from '../../store/recommendation-models.js';
import type { ServiceContext } from '../context.js';
import { changeWithOwed, type OwedNoticeSpec } from '../owed.js';
import { claimExtraAllowanceDecision, type ExtraAllowanceOutcome } from '../reservations/index.js';
import type { Result } from '../types.js';

/** The reason an approval records when the operator gives none. */
export const DEFAULT_APPROVAL_REASON = "Recommended by the client's therapist";

export interface RecommendationDecided {
  outcome: ExtraAllowanceOutcome;
  /** False when it had been decided so already (a second approval): nothing changed. */
  changed: boolean;
  month: string;
  sessions: number;
}

export async function decideRecommendation(
  ctx: ServiceContext,
  input: { id: string; outcome: ExtraAllowanceOutcome; decidedBy: string; reason?: string | null },
): Promise<Result<RecommendationDecided>> {
  const rec = await ctx.store.recommendations.get(input.id);
  if (!rec) return refuse('unknown_recommendation');
  const given = input.reason?.trim() ? checkReason(input.reason) : input.outcome === 'approved' ? null : checkReason('');
  if (given && !given.ok) return refuse(given.error);
  const reason = given?.ok ? given.reason : DEFAULT_APPROVAL_REASON;
  const decided = (outcome: ExtraAllowanceOutcome, changed: boolean): Result<RecommendationDecided> =>
    outcome === input.outcome
      ? { ok: true, outcome, changed, month: rec.month, sessions: rec.sessions }
      : refuse('already_decided', { status: outcome });
  if (rec.status !== 'pending') return decided(rec.status, false);
  const claim = await claimExtraAllowanceDecision(ctx, input.id, input.outcome, input.decidedBy);
  if (!claim.won) {
    const winner = claim.decision;
    // Being decided right now by another call: its answer stands.
    if (!winner || winner.live) return refuse('already_decided', { status: winner?.outcome ?? 'decided' });
    // Its caller died before the record was written: finished now, as it was decided.
    await finish(ctx, rec, winner.outcome, winner.decidedBy, winner.outcome === input.outcome ? reason : null, winner.at);
    return decided(winner.outcome, false);
  }
  await finish(ctx, rec, input.outcome, input.decidedBy, reason, ctx.clock());
  return decided(input.outcome, true);
}

async function finish(
  ctx: ServiceContext,
  rec: RecommendationDoc,
  outcome: ExtraAllowanceOutcome,
  decidedBy: string,
  reason: string | null,
  at: Date,
): Promise<void> {
  const id = String(rec._id);
  const [employee, therapist] = await Promise.all([
    ctx.store.directory.person(rec.employeeId),
    ctx.store.directory.person(rec.therapistId),
  ]);
  if (!employee || !therapist) throw new Error('the people of a recommendation are gone');
  const about = { employeeName: employee.displayName, month: rec.month, sessions: rec.sessions };
  const told = (to: 'employee' | 'therapist', notice: Notice): OwedNoticeSpec => ({ to, notice });
  const notices =
    outcome === 'approved'
      ? [
          told('employee', { kind: 'extra_sessions_approved', reader: 'employee', ...about }),
          told('therapist', { kind: 'extra_sessions_approved', reader: 'therapist', ...about }),
        ]
      : [told('therapist', { kind: 'extra_sessions_declined', ...about, reason })];
  await changeWithOwed(
    ctx,
    {
      changeId: `extra:${id}`,
      doneWhen: { collection: 'recommendations', id, statuses: [outcome] },
      parties: { employee, therapist },
      audit: {
        _id: `extra_sessions.${outcome}:${id}`,
        orgId: rec.orgId,
        actorId: decidedBy,
        action: `extra_sessions.${outcome}`,
        subjectId: String(rec.employeeId),
        reason,
        details: { recommendationId: id, month: rec.month, sessions: rec.sessions, therapistId: String(rec.therapistId) },
        at,
      },
      notices,
    },
    async () => {
      if (
        outcome === 'approved' &&
        !(await ctx.store.recommendations.grant(rec.employeeId, { recommendationId: id, month: rec.month, sessions: rec.sessions }))
      )
        throw new Error('the extra sessions could not be written to the employee record; run the approval again');
      await ctx.store.recommendations.markDecided(rec._id, { status: outcome, decidedBy, decidedAt: at, decisionReason: reason });
    },
  );
}
