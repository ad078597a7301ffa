// Which Enterprise Grid org a Slack team belongs to, learnt from the requests its people send (each carries both
// ids). An org-wide install keeps one token for every team of its Grid, but notices are addressed by team: this
// lets a notice find its Grid's installation. Kept as a platform address, so it outlives a restart.
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { DirectoryService } from '../services/api.js';

const gridKey = (teamId: string) => `slack-grid:${teamId}`;

export class GridTeams {
  /** Teams already looked up or recorded by this instance (null: not in a Grid as far as known). */
  private readonly known = new Map<string, string | null>();

  constructor(private readonly addresses: Pick<DirectoryService, 'saveAddress' | 'getAddress'>) {}

  async remember(teamId: string, enterpriseId: string): Promise<void> {
    if (this.known.get(teamId) === enterpriseId) return;
    await this.addresses.saveAddress(gridKey(teamId), 'slack', { enterpriseId });
    this.known.set(teamId, enterpriseId);
  }

  async enterpriseOf(teamId: string): Promise<string | undefined> {
    if (!this.known.has(teamId)) {
      const stored = await this.addresses.getAddress(gridKey(teamId));
      this.known.set(teamId, typeof stored?.enterpriseId === 'string' ? stored.enterpriseId : null);
    }
    return this.known.get(teamId) ?? undefined;
  }

  /** Runs after the tenancy gate, so only admitted requests are remembered. */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ context, next }) => {
      if (context.teamId && context.enterpriseId) await this.remember(context.teamId, context.enterpriseId);
      await next();
    };
  }
}
