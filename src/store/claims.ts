// Claims: every invariant is a small document whose `_id` names the thing claimed. Exactly one concurrent
// insert wins; the others get duplicate-key error 11000. Releasing is deleting, and a call deletes only what
// its own attempt inserted (the `owner` filter), so a loser never frees the winner's claims. Atomic on MongoDB
// and on FerretDB alike, which does not isolate conditional updates.
import type { ClaimDoc, ClaimKind, Models } from './models.js';
import { byIds } from './by-ids.js';

export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 11000;
}

export const claimKeys = {
  busy: (therapistId: string, tick: Date) => `busy:${therapistId}:${tick.toISOString()}`,
  unit: (employeeId: string, month: string, n: number) => `unit:${employeeId}:${month}:${n}`,
  pending: (sessionId: string) => `pending:${sessionId}`,
  decision: (requestId: string) => `decision:${requestId}`,
  version: (sessionId: string, version: number) => `version:${sessionId}:${version}`,
  lease: (name: string, bucket: number) => `lease:${name}:${bucket}`,
};

export type ClaimFields = Omit<ClaimDoc, '_id' | 'kind' | 'createdAt' | 'owner'>;

interface BulkWriteFailure {
  writeErrors?: { index: number; code: number }[] | { index: number; code: number };
}

/** The failed inserts of a bulk insert that failed only on duplicate keys; anything else is thrown again. */
function duplicateFailures(err: unknown): { index: number; code: number }[] {
  const failures = (err as BulkWriteFailure).writeErrors;
  const list = failures === undefined ? [] : Array.isArray(failures) ? failures : [failures];
  if (list.length === 0 || list.some((f) => f.code !== 11000)) throw err;
  return list;
}

export class ClaimRepository {
  constructor(private readonly models: Models) {}

  /** True when this call won the claim, false when it already existed. */
  async claim(key: string, kind: ClaimKind, owner: string, fields: ClaimFields, now: Date): Promise<boolean> {
    try {
      await this.models.Claim.collection.insertOne({ _id: key, kind, owner, createdAt: now, ...fields } as never);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  /**
   * Inserts several claims of one kind in one round trip: returns the keys this call won and the keys that
   * already existed; the caller decides what a partial win means (usually: release what it won). Unordered, every
   * key, or as many as are free. `{ untilTaken: true }` (a contiguous span such as busy ticks, where
   * one taken key already means the call loses) stops at the first taken key instead of trying each of the rest:
   * a failed insert is the dearest command on FerretDB. `taken` is then every key not won, tried or not.
   */
  async claimMany(
    keys: string[],
    kind: ClaimKind,
    owner: string,
    fields: ClaimFields,
    now: Date,
    opts: { untilTaken?: boolean } = {},
  ): Promise<{ won: string[]; taken: string[] }> {
    if (keys.length === 0) return { won: [], taken: [] };
    if (opts.untilTaken) {
      const { won } = await this.claimInOrder(
        keys.map((key) => ({ key, kind, fields })),
        owner,
        now,
      );
      return { won, taken: keys.slice(won.length) };
    }
    const docs = keys.map((key) => ({ _id: key, kind, owner, createdAt: now, ...fields }));
    try {
      await this.models.Claim.collection.insertMany(docs as never[], { ordered: false });
      return { won: keys, taken: [] };
    } catch (err) {
      const list = duplicateFailures(err);
      const takenIdx = new Set(list.map((f) => f.index));
      return { won: keys.filter((_, i) => !takenIdx.has(i)), taken: keys.filter((_, i) => takenIdx.has(i)) };
    }
  }

  /**
   * Inserts claims of different kinds in one ordered round trip, stopping at the first key already held: returns
   * the keys won (a prefix of `claims`) and the first one taken, if any (the ones after it were not tried).
   */
  async claimInOrder(
    claims: { key: string; kind: ClaimKind; fields: ClaimFields }[],
    owner: string,
    now: Date,
  ): Promise<{ won: string[]; taken: string | null }> {
    if (claims.length === 0) return { won: [], taken: null };
    const docs = claims.map((c) => ({ _id: c.key, kind: c.kind, owner, createdAt: now, ...c.fields }));
    try {
      await this.models.Claim.collection.insertMany(docs as never[], { ordered: true });
      return { won: claims.map((c) => c.key), taken: null };
    } catch (err) {
      const list = duplicateFailures(err);
      const first = Math.min(...list.map((f) => f.index));
      return { won: claims.slice(0, first).map((c) => c.key), taken: claims[first]?.key ?? null };
    }
  }

  async get(key: string): Promise<ClaimDoc | null> {
    return this.models.Claim.findById(key).lean<ClaimDoc>().exec();
  }

  async getMany(keys: string[]): Promise<ClaimDoc[]> {
    if (keys.length === 0) return [];
    return this.models.Claim.find(byIds(keys)).lean<ClaimDoc[]>().exec();
  }

  /** Deletes a claim by key: only for the sole writer of what it backs (the winner of that session's version). */
  async release(key: string): Promise<void> {
    await this.models.Claim.deleteOne({ _id: key }).exec();
  }

  /** Deletes the claim only if it (still) names this request: the pending marker of a decided request. */
  async releaseForRequest(key: string, requestId: string): Promise<void> {
    await this.models.Claim.deleteOne({ _id: key, requestId }).exec();
  }

  /** Deletes the claims among `keys` that this attempt inserted; claims of other attempts stay. */
  async releaseOwned(keys: string[], owner: string): Promise<void> {
    if (keys.length === 0) return;
    await this.models.Claim.deleteMany({ _id: { $in: keys }, owner }).exec();
  }

  /**
   * Deletes, in one round trip, the busy ticks among `keys` held for one of these sessions and any `extra`
   * claims by key. Only for the sole writer of those sessions (the winner of their next version).
   */
  async releaseHeldFor(keys: string[], sessionIds: string[], extra: string[] = []): Promise<void> {
    if (keys.length === 0 && extra.length === 0) return;
    await this.models.Claim.deleteMany({ $or: [{ _id: { $in: keys }, sessionId: { $in: sessionIds } }, { _id: { $in: extra } }] }).exec();
  }

  /** Deletes exactly this claim document as it was read (same owner and creation time): a repair of it. */
  async releaseExact(claim: Pick<ClaimDoc, '_id' | 'owner' | 'createdAt'>): Promise<void> {
    await this.models.Claim.deleteOne({ _id: claim._id, owner: claim.owner, createdAt: claim.createdAt }).exec();
  }

  /** Plain field update by the sole holder of a claim (e.g. moving the pending marker to a proposal). */
  async setFields(key: string, fields: Partial<ClaimFields>): Promise<void> {
    await this.models.Claim.updateOne({ _id: key }, { $set: fields }).exec();
  }

  /** Re-points claims held for one session to its replacement (the replacement's sole writer does this). */
  async moveHolder(keys: string[], fromSessionId: string, fields: Pick<ClaimFields, 'sessionId' | 'requestId'>): Promise<void> {
    if (keys.length === 0) return;
    await this.models.Claim.updateMany({ _id: { $in: keys }, sessionId: fromSessionId }, { $set: fields }).exec();
  }

  /**
   * One read for what a person's overview needs of the claims: an employee's units of these months and the
   * pending-request markers among `markerKeys` (found through the marker's people, by equality; `$in` and `$or`
   * would make FerretDB v1 read the whole collection). A therapist (`employeeId` null) has only markers.
   */
  async unitsAndMarkers(
    person: { employeeId: string } | { therapistId: string },
    months: string[],
    markerKeys: string[],
  ): Promise<ClaimDoc[]> {
    const markers = new Set(markerKeys);
    const filter =
      'employeeId' in person ? { employeeId: person.employeeId } : { therapistId: person.therapistId, kind: 'pending' as const };
    if (!('employeeId' in person) && markers.size === 0) return [];
    const found = await this.models.Claim.find(filter).lean<ClaimDoc[]>().exec();
    return found.filter(
      (c) =>
        (c.kind === 'unit' && 'employeeId' in person && c.month !== undefined && months.includes(c.month)) ||
        (c.kind === 'pending' && markers.has(c._id)),
    );
  }

  /** The employee's unit claims of `fromMonth` (a `yyyy-MM` key) and every month after it. */
  async unitsFrom(employeeId: string, fromMonth: string): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind: 'unit', employeeId, month: { $gte: fromMonth } })
      .lean<ClaimDoc[]>()
      .exec();
  }

  async unitsOfMonths(employeeId: string, months: string[]): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind: 'unit', employeeId, month: { $in: months } })
      .lean<ClaimDoc[]>()
      .exec();
  }

  /** Claims of one kind, oldest first, at most `limit`: the sweep's view of what may be stranded or dead. */
  ofKind(kind: ClaimKind, limit: number): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind }).sort({ createdAt: 1 }).limit(limit).lean<ClaimDoc[]>().exec();
  }

  /**
   * The claims held for one person (data protection's export and erasure): by their id as employee or therapist,
   * or held for one of their sessions or requests. Operator-only and rare: a few equality reads.
   */
  async ofPerson(personId: string, sessionIds: string[], requestIds: string[]): Promise<ClaimDoc[]> {
    const reads = [
      this.models.Claim.find({ employeeId: personId }).lean<ClaimDoc[]>().exec(),
      this.models.Claim.find({ therapistId: personId }).lean<ClaimDoc[]>().exec(),
      sessionIds.length > 0
        ? this.models.Claim.find({ sessionId: { $in: sessionIds } })
            .lean<ClaimDoc[]>()
            .exec()
        : Promise.resolve([]),
      requestIds.length > 0
        ? this.models.Claim.find({ requestId: { $in: requestIds } })
            .lean<ClaimDoc[]>()
            .exec()
        : Promise.resolve([]),
    ];
    const found = (await Promise.all(reads)).flat();
    return [...new Map(found.map((c) => [c._id, c])).values()];
  }

  /**
   * Replaces the free text a change claim carries (a decision's `note`, a cancellation's `reason`) by `replacement`,
   * keeping every other field, so a change left unfinished still rolls forward. Returns how many were rewritten.
   */
  async replaceText(keys: string[], replacement: string): Promise<number> {
    if (keys.length === 0) return 0;
    let changed = 0;
    for (const field of ['note', 'reason']) {
      const path = `data.${field}`;
      const r = await this.models.Claim.updateMany(
        { _id: { $in: keys }, [path]: { $type: 'string', $ne: replacement } },
        { $set: { [path]: replacement } },
      ).exec();
      changed += r.modifiedCount;
    }
    return changed;
  }

  /** Change claims (decisions, cancellations) created before `before` that still carry free text, at most `limit`. */
  async withTextBefore(before: Date, limit: number, replacement: string): Promise<string[]> {
    const found = await this.models.Claim.find(
      {
        kind: { $in: ['decision', 'version'] },
        createdAt: { $lt: before },
        $or: [{ 'data.note': { $type: 'string', $ne: replacement } }, { 'data.reason': { $type: 'string', $ne: replacement } }],
      },
      { _id: 1 },
    )
      .limit(limit)
      .lean<{ _id: string }[]>()
      .exec();
    return found.map((c) => c._id);
  }

  async deleteKindOlderThan(kind: ClaimKind, before: Date): Promise<number> {
    const r = await this.models.Claim.deleteMany({ kind, createdAt: { $lt: before } }).exec();
    return r.deletedCount;
  }
}
