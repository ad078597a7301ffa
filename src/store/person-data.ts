// Everything stored about one person, read and erased by the person's id (docs/design.md §10). Operator-only paths:
// rare and small, so plain queries by each field are enough (two equality reads rather than one `$or` scan). History
// archived to the cold collections (one per month and kind) is read and erased there too.
import type { Model, Types } from 'mongoose';
import { ArchiveRepository, onePerId } from './archive.js';
import { ERASED_TEXT } from './free-text.js';
import { identityKey, viewerKey, type PlatformIdentity } from '../domain/types.js';
import type {
  AddressDoc,
  ArchivedKind,
  AuditEventDoc,
  ChannelLinkDoc,
  Models,
  OwedDoc,
  PersonDoc,
  RelayThreadDoc,
  RescheduleRequestDoc,
  SessionDoc,
} from './models.js';

type PersonId = Types.ObjectId | string;

export class PersonDataRepository {
  private readonly archive: ArchiveRepository;

  constructor(private readonly models: Models) {
    this.archive = new ArchiveRepository(models);
  }

  /** The person of this organisation with this identity: a current one first, else a leaver (identity kept, key retired). */
  async inOrg(orgId: string, identity: PlatformIdentity): Promise<PersonDoc | null> {
    const current = await this.models.Person.findOne({ identityKey: identityKey(identity), orgId })
      .lean<PersonDoc>()
      .exec();
    if (current) return current;
    const leavers = await this.models.Person.find({
      orgId,
      'identity.platform': identity.platform,
      'identity.workspaceId': identity.workspaceId,
      'identity.userId': identity.userId,
    })
      .lean<PersonDoc[]>()
      .exec();
    return leavers.find((p) => !p.erasedAt) ?? null;
  }

  /** The person's sessions, hot and archived (every month's cold collection), one per `_id`. */
  async sessionsOf(id: PersonId): Promise<SessionDoc[]> {
    const found = await this.everywhere('sessions', (model) =>
      Promise.all([
        model.find({ employeeId: id }).sort({ start: 1 }).lean<SessionDoc[]>().exec(),
        model.find({ therapistId: id }).sort({ start: 1 }).lean<SessionDoc[]>().exec(),
      ]).then((both) => both.flat()),
    );
    return onePerId(found).sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  async requestsOf(id: PersonId): Promise<RescheduleRequestDoc[]> {
    const found = await this.everywhere('reschedule_requests', (model) =>
      Promise.all([
        model.find({ employeeId: id }).lean<RescheduleRequestDoc[]>().exec(),
        model.find({ therapistId: id }).lean<RescheduleRequestDoc[]>().exec(),
      ]).then((both) => both.flat()),
    );
    return onePerId(found).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Audit events the person did, or about them, their sessions or their requests (hot and archived). */
  async auditOf(id: PersonId, subjectIds: string[]): Promise<AuditEventDoc[]> {
    const found = await this.everywhere('audit_events', (model) =>
      Promise.all([
        model
          .find({ actorId: String(id) })
          .lean<AuditEventDoc[]>()
          .exec(),
        model
          .find({ subjectId: { $in: [String(id), ...subjectIds] } })
          .lean<AuditEventDoc[]>()
          .exec(),
      ]).then((both) => both.flat()),
    );
    return onePerId(found).sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /** Runs `read` on the hot collection of a kind and on each of its cold ones: the hot side first. */
  private async everywhere<T>(kind: ArchivedKind, read: (model: Model<unknown>) => Promise<T[]>): Promise<T[]> {
    const models = [this.archive.hot(kind), ...(await this.archive.coldOfKind(kind))];
    return (await Promise.all(models.map(read))).flat();
  }

  async relayThreadsOf(id: PersonId): Promise<RelayThreadDoc[]> {
    const [asEmployee, asTherapist] = await Promise.all([
      this.models.RelayThread.find({ employeeId: id }).lean<RelayThreadDoc[]>().exec(),
      this.models.RelayThread.find({ therapistId: id }).lean<RelayThreadDoc[]>().exec(),
    ]);
    return [...asEmployee, ...asTherapist];
  }

  async owedOf(id: PersonId): Promise<OwedDoc[]> {
    const [asEmployee, asTherapist] = await Promise.all([
      this.models.Owed.find({ employeeId: id }).lean<OwedDoc[]>().exec(),
      this.models.Owed.find({ therapistId: id }).lean<OwedDoc[]>().exec(),
    ]);
    return [...new Map([...asEmployee, ...asTherapist].map((o) => [o._id, o])).values()];
  }

  /**
   * Where the platform reaches the person (a Teams conversation reference is stored under their identity key) and
   * their Teams user id as learnt in a channel.
   */
  async addressesOf(identity: PlatformIdentity): Promise<AddressDoc[]> {
    const found = await Promise.all(
      [identityKey(identity), viewerKey(identity)].map((_id) => this.models.Address.find({ _id }).lean<AddressDoc[]>().exec()),
    );
    return found.flat();
  }

  channelLinkOf(id: PersonId): Promise<ChannelLinkDoc | null> {
    return this.models.ChannelLink.findById(id).lean<ChannelLinkDoc>().exec();
  }

  clientsOf(therapistId: PersonId): Promise<PersonDoc[]> {
    return this.models.Person.find({ therapistId, erasedAt: null }).lean<PersonDoc[]>().exec();
  }

  /** A leaver: the identity key is retired (so no request admits them) while their identity stays until erasure. */
  async offboard(id: PersonId, at: Date): Promise<void> {
    await this.models.Person.updateOne({ _id: id }, { $set: { identityKey: `left:${String(id)}`, offboardedAt: at } }).exec();
  }

  /**
   * The person becomes a tombstone: no identity, name, e-mail or settings of theirs. Roles, department and allowance
   * stay (the HR counts and allowance history of past months need them), under an opaque id.
   */
  async tombstone(person: PersonDoc, at: Date): Promise<void> {
    const id = String(person._id);
    await this.models.Person.updateOne(
      { _id: person._id },
      {
        $set: {
          displayName: 'Erased person',
          email: null,
          identity: { platform: person.identity.platform, workspaceId: 'erased', userId: `erased-${id}` },
          identityKey: `erased:${id}`,
          therapistId: null,
          meetingLink: null,
          usualReply: null,
          replyHours: null,
          // Their language, as an operator set it or their platform reported it (the organisation's stays: it is not theirs).
          language: null,
          platformLocale: null,
          platformLocaleAt: null,
          erasedAt: at,
        },
      },
    ).exec();
  }

  /** Free text of the person's requests (either side's reasons and notes) and their sessions' cancel reasons, hot and archived. */
  async eraseSessionText(id: PersonId): Promise<void> {
    const [requests, sessions] = await Promise.all([this.archive.coldOfKind('reschedule_requests'), this.archive.coldOfKind('sessions')]);
    for (const field of ['employeeId', 'therapistId'] as const) {
      // The employee's direct message of a request is kept by where it went, which names them: forgotten too.
      const forget = field === 'employeeId' ? { personMessage: null } : {};
      for (const model of [this.archive.hot('reschedule_requests'), ...requests]) {
        await model.updateMany({ [field]: id }, { $set: { reason: ERASED_TEXT, ...forget } }).exec();
        await model.updateMany({ [field]: id, decisionNote: { $ne: null } }, { $set: { decisionNote: ERASED_TEXT } }).exec();
      }
      for (const model of [this.archive.hot('sessions'), ...sessions])
        await model.updateMany({ [field]: id, cancelReason: { $ne: null } }, { $set: { cancelReason: ERASED_TEXT } }).exec();
    }
  }

  /** Replaces one audit event's reason and details (the caller scrubbed them), wherever it is kept. */
  async rewriteAudit(eventId: string, reason: string | null, details: Record<string, unknown>): Promise<void> {
    for (const model of [this.archive.hot('audit_events'), ...(await this.archive.coldOfKind('audit_events'))])
      await model.updateOne({ _id: eventId }, { $set: { reason, details } }).exec();
  }

  /** Replaces an owed entry's audit and notice (the caller scrubbed them): what is still owed stays owed. */
  async rewriteOwed(entryId: string, audit: OwedDoc['audit'], notice: OwedDoc['notice']): Promise<void> {
    await this.models.Owed.updateOne({ _id: entryId }, { $set: { audit, notice } }).exec();
  }

  /** Closes the person's relay threads: nothing relays through them again; returns how many. */
  async closeRelayThreads(id: PersonId): Promise<number> {
    const a = await this.models.RelayThread.deleteMany({ employeeId: id }).exec();
    const b = await this.models.RelayThread.deleteMany({ therapistId: id }).exec();
    return a.deletedCount + b.deletedCount;
  }

  async removeAddresses(identity: PlatformIdentity): Promise<void> {
    await this.models.Address.deleteMany({ _id: identityKey(identity) }).exec();
    await this.models.Address.deleteMany({ _id: viewerKey(identity) }).exec();
  }

  /** A therapist leaves: their channel link and their open slots go; their clients have no therapist until reassigned. */
  async releaseTherapist(id: PersonId, from: Date): Promise<void> {
    await this.models.ChannelLink.deleteOne({ _id: id }).exec();
    await this.models.Slot.deleteMany({ therapistId: id, start: { $gte: from } }).exec();
    await this.models.Person.updateMany({ therapistId: id }, { $set: { therapistId: null } }).exec();
  }
}
