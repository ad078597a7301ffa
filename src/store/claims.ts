// Claims: every invariant is a small document whose `_id` names the thing claimed. Exactly one concurrent
// insert wins; the others get duplicate-key error 11000. Releasing is deleting, and a call deletes only what
// its own attempt inserted (the `owner` filter), so a loser never frees the winner's claims. Atomic on MongoDB
// and on FerretDB alike, which does not isolate conditional updates.
import { dayKey } from '../domain/time.js';
import type { ClaimDoc, ClaimKind, Models } from './models.js';
import { findEach } from './by-ids.js';

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
  /** The one open offer of times between a client and their therapist. */
  offerOfPair: (employeeId: string, therapistId: string) => `offer:${employeeId}:${therapistId}`,
  /** The one decision on an offer (booked, declined, replaced, expired). */
  offerDecision: (offerId: string) => `offered:${offerId}`,
  extraAllowance: (recommendationId: string) => `extra:${recommendationId}`,
};

export type ClaimFields = Omit<ClaimDoc, '_id' | 'kind' | 'createdAt' | 'owner'>;

/** The therapist and the UTC day of a busy tick's key `busy:<therapist>:<instant>`. */
function busyTickOf(key: string): { therapistId?: string; day?: string } {
  const [, therapistId = '', ...instant] = key.split(':');
  const tick = new Date(instant.join(':'));
  return Number.isNaN(tick.getTime()) ? {} : { therapistId, day: dayKey(tick) };
}

/**
 * A claim as stored. A busy tick also carries its therapist and day, so it is found by equality (a therapist's
 * held time for the slot lists; the ticks of a day that has passed, for the sweep) and never by a list of keys.
 */
function claimDoc(key: string, kind: ClaimKind, owner: string, now: Date, fields: ClaimFields): ClaimDoc {
  return { _id: key, kind, owner, createdAt: now, made: madeHour(now), ...fields, ...(kind === 'busy' ? busyTickOf(key) : {}) };
}

/** The UTC hour a claim was made (`yyyy-MM-ddTHH`): the sweep judges each hour's claims once their grace is over. */
export const madeHour = (at: Date): string => at.toISOString().slice(0, 13);

interface BulkWriteFailure {
  writeErrors?: { index: number; code: number }[] | { index: number; code: number };
}

/** The failed inserts of a bulk insert that failed only on duplicate keys; anything else is thrown again. */
export function duplicateFailures(err: unknown): { index: number; code: number }[] {
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
      await this.models.Claim.collection.insertOne(claimDoc(key, kind, owner, now, fields) as never);
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
    const docs = keys.map((key) => claimDoc(key, kind, owner, now, fields));
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
    const docs = claims.map((c) => claimDoc(c.key, c.kind, owner, now, c.fields));
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

  /** Claims by key, each read by `_id` equality (sent together): for a few keys of any kind. */
  getEach(keys: string[]): Promise<ClaimDoc[]> {
    return findEach(keys, (_id) => this.models.Claim.findOne({ _id }).lean<ClaimDoc>().exec());
  }

  /**
   * The busy ticks among `keys` that are held: read by their therapist and day, or, for keys over several days, as
   * all the therapist's held time (live claims only: passed time is released).
   */
  async busyAmong(keys: string[]): Promise<ClaimDoc[]> {
    if (keys.length === 0) return [];
    const ticks = keys.map(busyTickOf);
    const therapists = [...new Set(ticks.map((t) => t.therapistId))];
    const days = [...new Set(ticks.map((t) => t.day))];
    // One read per therapist: of the one day the keys fall on, or else of all their held time.
    const filters = therapists.map((therapistId) => ({
      therapistId,
      kind: 'busy' as const,
      ...(days.length === 1 ? { day: days[0] } : {}),
    }));
    const found = await Promise.all(filters.map((f) => this.models.Claim.find(f).lean<ClaimDoc[]>().exec()));
    const wanted = new Set(keys);
    return found.flat().filter((c) => wanted.has(c._id));
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
    // One command of several deletes, each starting from an equality (a session's ticks; a claim by key).
    const ops = [
      ...(keys.length > 0 ? sessionIds.map((sessionId) => ({ deleteMany: { filter: { sessionId, _id: { $in: keys } } } })) : []),
      ...extra.map((key) => ({ deleteOne: { filter: { _id: key } } })),
    ];
    if (ops.length > 0) await this.models.Claim.bulkWrite(ops, { ordered: false });
  }

  /**
   * Deletes every claim one owner holds (a long-lived owner such as an offer), except those held for `keepSessionId`
   * (the offered time a booking took over).
   */
  async releaseAllOwned(owner: string, keepSessionId?: string): Promise<void> {
    await this.models.Claim.deleteMany({ owner, ...(keepSessionId ? { sessionId: { $ne: keepSessionId } } : {}) }).exec();
  }

  /** Deletes exactly this claim document as it was read (same owner and creation time): a repair of it. */
  async releaseExact(claim: Pick<ClaimDoc, '_id' | 'owner' | 'createdAt'>): Promise<void> {
    await this.models.Claim.deleteOne({ _id: claim._id, owner: claim.owner, createdAt: claim.createdAt }).exec();
  }

  /**
   * Deletes these claims exactly as they were read (same owner and creation time), in commands of up to 500 deletes
   * each by `_id`: the one-off release of history, never a flood of parallel deletes.
   */
  async releaseAllExact(claims: Pick<ClaimDoc, '_id' | 'owner' | 'createdAt'>[]): Promise<void> {
    for (let i = 0; i < claims.length; i += 500) {
      const batch = claims
        .slice(i, i + 500)
        .map((c) => ({ deleteOne: { filter: { _id: c._id, owner: c.owner, createdAt: c.createdAt } } }));
      await this.models.Claim.bulkWrite(batch, { ordered: false });
    }
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

  /**
   * Claims of one short-lived kind (decisions and versions are retired a day after they settle; pending markers
   * live while their request waits), oldest first, at most `limit`: the sweep's view of unfinished changes.
   */
  ofKind(kind: 'decision' | 'version' | 'pending' | 'lease', limit: number): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind }).sort({ createdAt: 1 }).limit(limit).lean<ClaimDoc[]>().exec();
  }

  /** The busy ticks of one UTC day. */
  ofKindOnDay(kind: 'busy', day: string): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind, day }).lean<ClaimDoc[]>().exec();
  }

  /** Every employee's units of one month: the sweep releases a month's units once it is over everywhere. */
  unitsOfMonth(month: string): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind: 'unit', month }).lean<ClaimDoc[]>().exec();
  }

  /** Every claim of one kind: only for the one-off release of history left by an older version (an operator's). */
  allOfKind(kind: 'busy' | 'unit'): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ kind }).lean<ClaimDoc[]>().exec();
  }

  /** The claims made in one UTC hour (`yyyy-MM-ddTHH`): each hour is judged once, after its claims' grace. */
  madeIn(hour: string): Promise<ClaimDoc[]> {
    return this.models.Claim.find({ made: hour }).lean<ClaimDoc[]>().exec();
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
    // One command of updates, each by `_id` equality.
    const ops = [...new Set(keys)].flatMap((_id) =>
      ['data.note', 'data.reason'].map((path) => ({
        updateOne: { filter: { _id, [path]: { $type: 'string', $ne: replacement } }, update: { $set: { [path]: replacement } } },
      })),
    );
    return (await this.models.Claim.bulkWrite(ops, { ordered: false })).modifiedCount;
  }

  /** Change claims (decisions, cancellations) created before `before` that still carry free text, at most `limit`. */
  async withTextBefore(before: Date, limit: number, replacement: string): Promise<string[]> {
    // Change claims are short-lived (retired a day after they settle): read by kind, judged here.
    const found = await Promise.all(
      (['decision', 'version'] as const).map((kind) => this.models.Claim.find({ kind }).lean<ClaimDoc[]>().exec()),
    );
    const text = (c: ClaimDoc, field: string) => {
      const value = c.data?.[field];
      return typeof value === 'string' && value !== replacement;
    };
    return found
      .flat()
      .filter((c) => c.createdAt < before && (text(c, 'note') || text(c, 'reason')))
      .slice(0, limit)
      .map((c) => c._id);
  }

  async deleteKindOlderThan(kind: 'lease', before: Date): Promise<number> {
    const r = await this.models.Claim.deleteMany({ kind, createdAt: { $lt: before } }).exec();
    return r.deletedCount;
  }
}
