// The decision on extra sessions (issue 19, §4): approving a recommendation raises one employee's allowance for one
// month, so it is decided once, by a claim: two operators (or one run twice) approve it once, and an approval and a
// decline cannot both win. The allowance itself needs no hold: a raised limit only lets more unit claims succeed
// (`unit:<employee>:<month>:<n>` for n < allowance), so a booking racing the approval sees the old limit or the new
// one, and never more units than the new one.
import type { ClaimDoc } from '../../store/models.js';
import { claimKeys } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export type ExtraAllowanceOutcome = 'approved' | 'declined';

export interface ExtraAllowanceDecision {
  outcome: ExtraAllowanceOutcome;
  decidedBy: string;
  at: Date;
  /** The winning call may still be finishing it: whoever meets a decision younger than this leaves it alone. */
  live: boolean;
}

export type ExtraAllowanceClaim = { won: true } | { won: false; decision: ExtraAllowanceDecision | null };

const decisionOf = (ctx: ServiceContext, claim: ClaimDoc): ExtraAllowanceDecision => ({
  outcome: claim.data?.outcome === 'declined' ? 'declined' : 'approved',
  decidedBy: typeof claim.data?.decidedBy === 'string' ? claim.data.decidedBy : 'operator',
  at: claim.createdAt,
  live: ctx.clock().getTime() - claim.createdAt.getTime() < ctx.claimGraceMs,
});

/** Claims the one decision on `recommendationId`; a loser gets the decision that won (null if it just vanished). */
export async function claimExtraAllowanceDecision(
  ctx: ServiceContext,
  recommendationId: string,
  outcome: ExtraAllowanceOutcome,
  decidedBy: string,
): Promise<ExtraAllowanceClaim> {
  const key = claimKeys.extraAllowance(recommendationId);
  const now = ctx.clock();
  const won = await ctx.store.claims.claim(
    key,
    'extra_allowance',
    `extra:${now.getTime()}:${decidedBy}`,
    { data: { outcome, decidedBy } },
    now,
  );
  if (won) return { won: true };
  const claim = await ctx.store.claims.get(key);
  return { won: false, decision: claim ? decisionOf(ctx, claim) : null };
}
