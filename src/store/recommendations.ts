// Extra-session recommendations and the grants they become (issue 19, §4). A pending recommendation is one insert
// against the unique `openKey`; the grant on the employee's record is written so that writing it again changes
// nothing, and read back, because FerretDB does not isolate updates (docs/design.md §6).
import { Types } from 'mongoose';
import type { ExtraSessionsGrant } from '../domain/extra-sessions.js';
import { isDuplicateKey } from './claims.js';
import type { Models, PersonDoc } from './models.js';
import { ERASED_TEXT } from './free-text.js';
import type { RecommendationDoc, RecommendationStatus } from './recommendation-models.js';

type PersonId = Types.ObjectId | string;

/** How many times a grant is written and read back before the caller is told it could not be kept. */
const GRANT_ATTEMPTS = 5;

export class RecommendationRepository {
  constructor(
    private readonly models: Models,
    private readonly forgetPerson: (id: PersonId) => void,
  ) {}

  /** True when stored; false when a recommendation for that employee and month already waits. */
  async insertPending(doc: RecommendationDoc): Promise<boolean> {
    try {
      await this.models.Recommendation.create(doc);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  get(id: string): Promise<RecommendationDoc | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.models.Recommendation.findById(id).lean<RecommendationDoc>().exec();
  }

  /** What waits for an operator, oldest first. */
  pending(limit = 200): Promise<RecommendationDoc[]> {
    return this.models.Recommendation.find({ status: 'pending' }).sort({ createdAt: 1 }).limit(limit).lean<RecommendationDoc[]>().exec();
  }

  async markDecided(
    id: Types.ObjectId,
    decision: { status: Exclude<RecommendationStatus, 'pending'>; decidedBy: string; decidedAt: Date; decisionReason: string | null },
  ): Promise<void> {
    await this.models.Recommendation.updateOne({ _id: id }, { $set: { ...decision, openKey: String(id) } }).exec();
  }

  /**
   * Adds the grant to the employee's record unless it is there already, then reads it back; written again when a
   * concurrent update of the same record lost it. False when it could not be kept (the caller reports it).
   */
  async grant(employeeId: Types.ObjectId, grant: ExtraSessionsGrant): Promise<boolean> {
    for (let attempt = 0; attempt < GRANT_ATTEMPTS; attempt++) {
      const person = await this.models.Person.findById(employeeId, { extraSessions: 1 }).lean<Pick<PersonDoc, 'extraSessions'>>().exec();
      if (!person) return false;
      const grants = person.extraSessions ?? [];
      if (grants.some((g) => g.recommendationId === grant.recommendationId)) {
        this.forgetPerson(employeeId);
        return true;
      }
      await this.models.Person.updateOne({ _id: employeeId }, { $set: { extraSessions: [...grants, grant] } }).exec();
    }
    this.forgetPerson(employeeId);
    return false;
  }

  /** Everything recommended for or by a person (subject access). */
  async ofPerson(id: PersonId): Promise<RecommendationDoc[]> {
    const [asEmployee, asTherapist] = await Promise.all([
      this.models.Recommendation.find({ employeeId: id }).sort({ createdAt: 1 }).lean<RecommendationDoc[]>().exec(),
      this.models.Recommendation.find({ therapistId: id }).sort({ createdAt: 1 }).lean<RecommendationDoc[]>().exec(),
    ]);
    return [...asEmployee, ...asTherapist.filter((r) => !asEmployee.some((e) => e._id.equals(r._id)))];
  }

  /** Erasure: the notes and reasons about or by a person are removed; the counts (month, sessions, outcome) stay. */
  async eraseText(id: PersonId): Promise<number> {
    const erase = { $set: { note: ERASED_TEXT, decisionReason: null } };
    const [a, b] = await Promise.all([
      this.models.Recommendation.updateMany({ employeeId: id }, erase).exec(),
      this.models.Recommendation.updateMany({ therapistId: id }, erase).exec(),
    ]);
    return a.modifiedCount + b.modifiedCount;
  }

  /** Retention: one organisation's day (UTC) of notes is purged, the day being past its window; returns how many. */
  async purgeDay(orgId: string, day: string): Promise<number> {
    // The day has passed the organisation's window whole (services/data-protection/retention.ts): all of it is due.
    const purged = await this.models.Recommendation.updateMany(
      { orgId, day, $or: [{ note: { $ne: ERASED_TEXT } }, { decisionReason: { $ne: null } }] },
      { $set: { note: ERASED_TEXT, decisionReason: null } },
    ).exec();
    return purged.modifiedCount;
  }

  /** Who of the therapist's clients are employees still served (for the list a recommendation is made from). */
  clientsOf(therapistId: PersonId): Promise<Pick<PersonDoc, '_id' | 'displayName' | 'orgId'>[]> {
    return this.models.Person.find({ therapistId, erasedAt: null, offboardedAt: null }, { displayName: 1, orgId: 1 })
      .sort({ displayName: 1 })
      .limit(100)
      .lean<Pick<PersonDoc, '_id' | 'displayName' | 'orgId'>[]>()
      .exec();
  }
}
