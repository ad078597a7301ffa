// Slack installations as sealed blobs: this repository never sees a token in the clear (the Slack installation
// store seals and opens them). Saving is insert-first: FerretDB can fail two racing upserts with 11000.
import type { Models } from './models.js';
import type { InstallationDoc } from './tenancy-models.js';
import { isDuplicateKey } from './claims.js';

export const installationKey = (q: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): string =>
  q.isEnterpriseInstall && q.enterpriseId ? `enterprise:${q.enterpriseId}` : `team:${q.teamId ?? ''}`;

export type InstallationRecord = Omit<InstallationDoc, 'installedAt' | 'updatedAt'>;

export class InstallationRepository {
  constructor(private readonly models: Models) {}

  async save(record: InstallationRecord, at: Date): Promise<void> {
    try {
      await this.models.Installation.create({ ...record, installedAt: at, updatedAt: at });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // A reinstall or a rotated token: the same key, new contents.
      await this.models.Installation.updateOne(
        { _id: record._id },
        {
          $set: {
            sealed: record.sealed,
            teamId: record.teamId,
            enterpriseId: record.enterpriseId,
            isEnterpriseInstall: record.isEnterpriseInstall,
            updatedAt: at,
          },
        },
      ).exec();
    }
  }

  find(key: string): Promise<InstallationDoc | null> {
    return this.models.Installation.findById(key).lean<InstallationDoc>().exec();
  }

  async remove(key: string): Promise<boolean> {
    const result = await this.models.Installation.deleteOne({ _id: key }).exec();
    return result.deletedCount === 1;
  }

  /** Every installation with its sealed contents: for re-sealing under a new key and for data-protection requests. */
  allSealed(): Promise<InstallationDoc[]> {
    return this.models.Installation.find({}).sort({ _id: 1 }).lean<InstallationDoc[]>().exec();
  }

  /** Replaces the sealed contents only if they are still what the caller read (a reinstall in between wins). */
  async reseal(key: string, from: string, to: string): Promise<boolean> {
    const result = await this.models.Installation.updateOne({ _id: key, sealed: from }, { $set: { sealed: to } }).exec();
    return result.modifiedCount === 1;
  }

  /** What is installed where, without the sealed contents. */
  list(): Promise<Omit<InstallationDoc, 'sealed'>[]> {
    return this.models.Installation.find({}, { sealed: 0 }).sort({ _id: 1 }).lean<Omit<InstallationDoc, 'sealed'>[]>().exec();
  }
}
