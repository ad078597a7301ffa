// A session's next version: the one claim that makes a call the sole writer of the session's next state (a
// cancellation, or a confirmation with its decision). The claim carries what the change is, so a call that died
// after winning it is finished by whoever meets it.
import { Types } from 'mongoose';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { busyKeys, movedSessions, nextVersionKey } from './keys.js';

export type VersionClaim = { won: true; version: number } | { won: false; holder: ClaimDoc | null };

/** Claims the session's next version for a change described by `data` (kept on the claim for roll-forward). */
export async function claimNextVersion(ctx: ServiceContext, session: SessionDoc, data: Record<string, unknown>): Promise<VersionClaim> {
  const key = nextVersionKey(session);
  const owner = String(new Types.ObjectId());
  if (await ctx.store.claims.claim(key, 'version', owner, { sessionId: String(session._id), data }, ctx.clock())) {
    return { won: true, version: session.version + 1 };
  }
  return { won: false, holder: await ctx.store.claims.get(key) };
}

/** The version a version claim stands for, when it is one (its key names the session and the version). */
export function versionOfClaim(claim: Pick<ClaimDoc, '_id' | 'sessionId'>): number | null {
  if (!claim.sessionId) return null;
  const version = Number(claim._id.split(':').pop());
  return claim._id === claimKeys.version(claim.sessionId, version) ? version : null;
}

/** The change a version claim stands for, as the use cases name it (its audit event and owed notices). */
export const versionChangeId = (sessionId: Types.ObjectId | string, version: number): string =>
  claimKeys.version(String(sessionId), version);

/**
 * A cancelled session's time is freed, and for an early cancellation its unit too (the allowance is credited
 * back; a late one keeps it used). Only for the winner of the cancellation's version.
 */
export async function releaseCancelled(ctx: ServiceContext, session: SessionDoc, late: boolean): Promise<void> {
  const unit = late ? [] : [session.unitKey];
  await ctx.store.claims.releaseHeldFor(busyKeys(session.therapistId, session, session.bufferMinutes ?? 0), movedSessions(session), unit);
}
