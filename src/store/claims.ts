// Claims: every invariant is a small document whose `_id` names the thing claimed. Exactly one concurrent
// insert wins; the others get duplicate-key error 11000. Releasing is deleting. This is atomic on MongoDB and
// on FerretDB alike, which does not isolate conditional updates (DESIGN §3, §6).
import type { ClaimDoc, ClaimKind, Models } from './models.js';

export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 11000;
}

export const claimKeys = {
  slot: (therapistId: string, start: Date) => `slot:${therapistId}:${start.toISOString()}`,
  unit: (employeeId: string, month: string, n: number) => `unit:${employeeId}:${month}:${n}`,
  pending: (sessionId: string) => `pending:${sessionId}`,
  decision: (requestId: string) => `decision:${requestId}`,
  version: (sessionId: string, version: number) => `version:${sessionId}:${version}`,
};

export type ClaimFields = Omit<ClaimDoc, '_id' | 'kind' | 'createdAt'>;

export class ClaimRepository {
  constructor(private readonly models: Models) {}

  /** True when this call won the claim, false when it already existed. */
  async claim(key: string, kind: ClaimKind, fields: ClaimFields, now: Date): Promise<boolean> {
    try {
      await this.models.Claim.create({ _id: key, kind, createdAt: now, ...fields });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async get(key: string): Promise<ClaimDoc | null> {
    return this.models.Claim.findById(key).lean<ClaimDoc>().exec();
  }

  async getMany(keys: string[]): Promise<ClaimDoc[]> {
    if (keys.length === 0) return [];
    return this.models.Claim.find({ _id: { $in: keys } }).lean<ClaimDoc[]>().exec();
  }

  async release(key: string): Promise<void> {
    await this.models.Claim.deleteOne({ _id: key }).exec();
  }

  /** Plain field update by the sole holder of a claim (e.g. moving the pending marker to a proposal). */
  async setFields(key: string, fields: Partial<ClaimFields>): Promise<void> {
    await this.models.Claim.updateOne({ _id: key }, { $set: fields }).exec();
  }

  async unitsOf(employeeId: string, month: string): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind: 'unit', employeeId, month }).lean<ClaimDoc[]>().exec();
  }

  async unitsOfMonths(employeeId: string, months: string[]): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind: 'unit', employeeId, month: { $in: months } }).lean<ClaimDoc[]>().exec();
  }

  /** Claims of a kind created in [after, before), oldest first. */
  async createdBetween(kind: ClaimKind, after: Date, before: Date, limit = 500): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind, createdAt: { $gte: after, $lt: before } }).sort({ createdAt: 1 }).limit(limit).lean<ClaimDoc[]>().exec();
  }
}
