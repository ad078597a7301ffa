// Before opening a decision form: the request must exist, be visible to the actor, and still wait for them.
import type { Refusal } from '../../../domain/refusals.js';
import { refuse } from '../../../domain/refusals.js';
import type { RequestView } from '../../../notices/notice.js';
import type { Actor } from '../../../services/types.js';
import type { SlackDeps } from '../../context.js';

export async function pendingForActor(
  deps: SlackDeps,
  actor: Actor,
  requestId: string,
): Promise<{ ok: true; request: RequestView; cutoffHours: number } | Refusal> {
  const found = await deps.services.reschedule.get(actor, { requestId });
  if (!found.ok) return found;
  const { request } = found;
  if (request.status !== 'pending') return refuse('already_decided', { status: request.status });
  const side = actor.roles.includes('therapist') && request.awaiting === 'therapist' ? 'therapist' : 'employee';
  if (request.awaiting !== side) return refuse('not_awaiting_you');
  return { ok: true, request, cutoffHours: found.cutoffHours };
}
