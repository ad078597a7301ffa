// Slack installations and data protection: which installs a person made (the sealed Installation names its
// installer), forgetting that installer on erasure, and re-sealing every install under the current key (rotation).
// Tokens never leave the cipher: only keys, team ids and dates are returned.
import type { ServiceContext } from '../context.js';
import type { TokenCipher } from '../../store/token-cipher.js';

export interface InstallMade {
  key: string;
  teamId: string;
  enterpriseId: string;
  installedAt: Date;
}

interface SealedInstaller {
  user?: { id?: string; token?: string; refreshToken?: string; scopes?: string[]; expiresAt?: number };
}

const installerOf = (plain: string): string | undefined => (JSON.parse(plain) as SealedInstaller).user?.id;

/** The Slack installs whose installer is this user (installs it cannot open are skipped: see `resealInstalls`). */
export async function installsMadeBy(ctx: ServiceContext, cipher: TokenCipher, userId: string): Promise<InstallMade[]> {
  const made: InstallMade[] = [];
  for (const doc of await ctx.store.installations.allSealed()) {
    let plain: string;
    try {
      plain = cipher.open(doc.sealed);
    } catch {
      continue;
    }
    if (installerOf(plain) === userId)
      made.push({ key: doc._id, teamId: doc.teamId, enterpriseId: doc.enterpriseId, installedAt: doc.installedAt });
  }
  return made;
}

/** Erasure: the installer's id and user token go from their installs; the workspace's bot token stays, so the app still works. */
export async function forgetInstaller(ctx: ServiceContext, cipher: TokenCipher, userId: string): Promise<number> {
  let forgotten = 0;
  for (const doc of await ctx.store.installations.allSealed()) {
    let installation: SealedInstaller & Record<string, unknown>;
    try {
      installation = JSON.parse(cipher.open(doc.sealed)) as SealedInstaller & Record<string, unknown>;
    } catch {
      continue;
    }
    if (installation.user?.id !== userId) continue;
    const resealed = cipher.seal(JSON.stringify({ ...installation, user: { id: 'erased' } }));
    if (await ctx.store.installations.reseal(doc._id, doc.sealed, resealed)) forgotten++;
  }
  return forgotten;
}

export interface ResealReport {
  resealed: number;
  alreadyCurrent: number;
  /** Sealed under a key that is neither the current one nor an old one given: left as they are. */
  unreadable: string[];
  /** Changed (a reinstall) while this ran: sealed under the current key already by whoever changed them. */
  changedMeanwhile: number;
}

export async function resealInstalls(ctx: ServiceContext, cipher: TokenCipher): Promise<ResealReport> {
  const report: ResealReport = { resealed: 0, alreadyCurrent: 0, unreadable: [], changedMeanwhile: 0 };
  for (const doc of await ctx.store.installations.allSealed()) {
    if (cipher.isCurrent(doc.sealed)) {
      report.alreadyCurrent++;
      continue;
    }
    let plain: string;
    try {
      plain = cipher.open(doc.sealed);
    } catch {
      report.unreadable.push(doc._id);
      continue;
    }
    if (await ctx.store.installations.reseal(doc._id, doc.sealed, cipher.seal(plain))) report.resealed++;
    else report.changedMeanwhile++;
  }
  return report;
}
