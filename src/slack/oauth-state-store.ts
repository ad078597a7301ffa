// Bolt's StateStore over MongoDB, so that an OAuth `state` works once and for 10 minutes. Bolt's default store
// signs the state and checks its age, but keeps no record of it: the same state and cookie let a second redirect
// exchange another code. Here a state is inserted when /slack/install issues it and consumed by a deleteOne that
// must delete exactly one document: a second use, or a concurrent one that lost the race, finds nothing to delete.
import { createHash, randomBytes } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import type { Model } from 'mongoose';
import { z } from 'zod';
import type { OAuthStateDoc } from './oauth-state-model.js';

export const OAUTH_STATE_TTL_MS = 10 * 60_000;

/**
 * Refused states carry the code of @slack/oauth's InvalidStateError (not a dependency of ours), so Bolt's installer
 * answers its failure page with 400, as it does for a state not issued to this browser.
 */
export class InvalidOAuthStateError extends Error {
  readonly code = 'slack_oauth_invalid_state';
  constructor(why: string) {
    super(`OAuth state refused: ${why}`);
    this.name = 'InvalidOAuthStateError';
  }
}

// What the installer reads back; written by generateStateParam from Bolt's own object.
const installOptions = z.looseObject({
  scopes: z.union([z.string(), z.array(z.string())]),
  teamId: z.string().optional(),
  redirectUri: z.string().optional(),
  userScopes: z.union([z.string(), z.array(z.string())]).optional(),
  metadata: z.string().optional(),
});

const digest = (state: string): string => createHash('sha256').update(state).digest('hex');

export class MongoStateStore implements StateStore {
  constructor(
    private readonly states: Model<OAuthStateDoc>,
    private readonly ttlMs = OAUTH_STATE_TTL_MS,
  ) {}

  async generateStateParam(options: InstallURLOptions, now: Date): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    await this.states.create({
      _id: digest(state),
      installOptions: JSON.stringify(options),
      expiresAt: new Date(now.getTime() + this.ttlMs),
    });
    // Abandoned installs leave their states behind: each new one sweeps the expired ones.
    await this.removeExpired(now);
    return state;
  }

  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const _id = digest(state);
    const found = await this.states.findById(_id).lean<OAuthStateDoc>().exec();
    if (!found) throw new InvalidOAuthStateError('unknown or already used');
    // Consumed before anything else is decided: an expired state is removed as it is met.
    const { deletedCount } = await this.states.deleteOne({ _id }).exec();
    if (deletedCount !== 1) throw new InvalidOAuthStateError('already used');
    if (found.expiresAt.getTime() <= now.getTime()) throw new InvalidOAuthStateError('expired');
    return installOptions.parse(JSON.parse(found.installOptions)) as InstallURLOptions;
  }

  /** Deletes the states that expired by `now`; returns how many. */
  async removeExpired(now: Date): Promise<number> {
    const { deletedCount } = await this.states.deleteMany({ expiresAt: { $lte: now } }).exec();
    return deletedCount;
  }
}
