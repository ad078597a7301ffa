// Extra sessions beyond the monthly allowance (issue 19, §4): the therapist's recommendation and the provider's
// decision. One file per use case beside this one.
import type { ServiceContext } from '../context.js';
import type { RecommendationDoc } from '../../store/recommendation-models.js';
import { decideRecommendation, type RecommendationDecided } from './decide.js';
import { clientOfThread, clientsOf, recommend, type RecommendationChoices, type RecommendationMade } from './recommend.js';
import type { ThreadAddress } from '../../notices/notice.js';
import type { Actor, Result } from '../types.js';

export interface RecommendationService {
  /** A therapist recommends extra sessions for one of their clients who has used that month. */
  recommend(actor: Actor, input: unknown): Promise<Result<{ recommendation: RecommendationMade }>>;
  /** The therapist's current clients, and the months, to pick from. */
  clients(actor: Actor): Promise<Result<RecommendationChoices>>;
  /** The client of one of the therapist's threads (a recommendation made from the thread). */
  clientOfThread(actor: Actor, thread: ThreadAddress): Promise<Result<RecommendationChoices>>;
}

/** The provider's operators (CLI): what waits, and the decision on it. */
export interface RecommendationOperations {
  pending(): Promise<RecommendationDoc[]>;
  approve(id: string, decidedBy: string, reason?: string | null): Promise<Result<RecommendationDecided>>;
  decline(id: string, decidedBy: string, reason: string): Promise<Result<RecommendationDecided>>;
}

export function createRecommendationService(ctx: ServiceContext): RecommendationService & RecommendationOperations {
  return {
    recommend: (actor, input) => recommend(ctx, actor, input),
    clients: (actor) => clientsOf(ctx, actor),
    clientOfThread: (actor, thread) => clientOfThread(ctx, actor, thread),
    pending: () => ctx.store.recommendations.pending(),
    approve: (id, decidedBy, reason) => decideRecommendation(ctx, { id, outcome: 'approved', decidedBy, reason }),
    decline: (id, decidedBy, reason) => decideRecommendation(ctx, { id, outcome: 'declined', decidedBy, reason }),
  };
}

export type { RecommendationChoices, RecommendationDecided, RecommendationMade };
