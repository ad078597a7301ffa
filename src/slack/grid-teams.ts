// Which Enterprise Grid org a Slack team belongs to, learnt from the requests its people send (each carries both
// ids). An org-wide install keeps one token for every team of its Grid, but notices are addressed by team: this
// lets a notice find its Grid's installation. The directory service stores it and remembers it briefly.
import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { DirectoryService } from '../services/api.js';

export class GridTeams {
  constructor(private readonly directory: Pick<DirectoryService, 'gridOfTeam' | 'rememberGridOfTeam'>) {}

  async enterpriseOf(teamId: string): Promise<string | undefined> {
    return (await this.directory.gridOfTeam(teamId)) ?? undefined;
  }

  /** Runs after the tenancy gate, so only admitted requests are remembered. */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ context, next }) => {
      if (context.teamId && context.enterpriseId) await this.directory.rememberGridOfTeam(context.teamId, context.enterpriseId);
      await next();
    };
  }
}
