// Slack distribution: Bolt's InstallationStore over MongoDB, each Installation sealed with AES-256-GCM, and the
// events that end an installation (app_uninstalled, tokens_revoked). Bolt's InstallProvider does the OAuth
// exchange, state verification, per-request authorize and token rotation; this file only keeps what it hands over.
import type { App, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { installationKey, type InstallationRepository } from '../store/installations.js';
import type { TokenCipher } from '../store/token-cipher.js';

// What must be in an opened Installation for Bolt to use it; the rest is passed through as Bolt stored it.
const openedInstallation = z.looseObject({
  team: z.looseObject({ id: z.string() }).nullish(),
  enterprise: z.looseObject({ id: z.string() }).nullish(),
  isEnterpriseInstall: z.boolean().optional(),
  bot: z.looseObject({ token: z.string(), userId: z.string(), id: z.string().optional() }).optional(),
  user: z.looseObject({ id: z.string() }),
});

export class InstallationNotFound extends Error {
  constructor(key: string) {
    super(`no Slack installation for ${key}`);
  }
}

export class MongoInstallationStore implements InstallationStore {
  constructor(
    private readonly repo: InstallationRepository,
    private readonly cipher: TokenCipher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const teamId = installation.team?.id ?? '';
    const enterpriseId = installation.enterprise?.id ?? '';
    const key = installationKey({ teamId, enterpriseId, isEnterpriseInstall });
    await this.repo.save(
      { _id: key, teamId, enterpriseId, isEnterpriseInstall, sealed: this.cipher.seal(JSON.stringify(installation)) },
      this.clock(),
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const key = installationKey(query);
    // A team of a Grid without its own install is served by its Grid's org-wide one (a notice asks by team).
    const doc =
      (await this.repo.find(key)) ??
      (query.enterpriseId ? await this.repo.find(installationKey({ enterpriseId: query.enterpriseId, isEnterpriseInstall: true })) : null);
    if (!doc) throw new InstallationNotFound(key);
    const opened = openedInstallation.parse(JSON.parse(this.cipher.open(doc.sealed)));
    // Checked above for what Bolt reads; written by storeInstallation from Bolt's own object.
    return opened as unknown as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.repo.remove(installationKey(query));
  }
}

/** An uninstalled app or a revoked bot token ends the installation: its tokens are deleted, not kept around. */
export function registerInstallationEvents(app: App, store: InstallationStore | null, log: Logger): void {
  const forget = async (context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }, why: string) => {
    const query = { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
    // Single-token mode keeps no installations: there the operator removes SLACK_BOT_TOKEN.
    await store?.deleteInstallation?.(query);
    log.info({ teamId: query.teamId, enterpriseId: query.enterpriseId, why }, 'slack installation removed');
  };
  app.event('app_uninstalled', async ({ context }) => forget(context, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only bot tokens are kept; a revoked user token leaves the bot's installation working.
    if ((event.tokens.bot ?? []).length > 0) await forget(context, 'tokens_revoked');
  });
}
