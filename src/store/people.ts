// Organisations, people, channel links and platform addresses: who is who, and where to reach them.
import { Types } from 'mongoose';
import type { PlatformIdentity } from '../domain/types.js';
import { channelKey, identityKey, type ChannelAddress, type Platform } from '../domain/types.js';
import { isDuplicateKey } from './claims.js';
import type { ChannelLinkDoc, Models, OrganisationDoc, PersonDoc } from './models.js';
import { findEach } from './by-ids.js';
import type { ShortMemory } from './memory.js';

/**
 * Insert first, and on duplicate key update the document that is already there. Never an upsert: two concurrent
 * upserts of one key can both try to insert and one fails with 11000 on FerretDB (MongoDB retries that case itself
 * since 4.2, FerretDB does not). The plain update is last-writer-wins, which is what an address or a link wants.
 */
async function insertElseUpdate(insert: () => Promise<unknown>, update: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
    return;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  await update();
}

export class DirectoryRepository {
  constructor(
    private readonly models: Models,
    /** Organisations and counterparts read lately (src/store/memory.ts); the documents are shared: never change them. */
    private readonly memory: ShortMemory,
  ) {}

  /** The organisation's settings, as read lately. The document is shared: read it, never change it. */
  async organisation(orgId: string): Promise<OrganisationDoc | null> {
    const known = this.memory.recall<OrganisationDoc>('organisation', orgId);
    if (known) return known.value;
    const at = this.memory.now();
    const doc = await this.models.Organisation.findById(orgId).lean<OrganisationDoc>().exec();
    // An unknown organisation is not remembered: it may be created in a moment.
    if (doc) this.memory.remember('organisation', orgId, doc, at);
    return doc;
  }

  async createOrganisation(org: Omit<OrganisationDoc, 'createdAt'>, now: Date): Promise<OrganisationDoc> {
    const doc = await this.models.Organisation.create({ ...org, createdAt: now });
    this.memory.changed({ organisation: org._id });
    return doc.toObject();
  }

  async updateOrganisation(orgId: string, fields: Partial<Omit<OrganisationDoc, '_id'>>): Promise<OrganisationDoc | null> {
    this.memory.changed({ organisation: orgId });
    const doc = await this.models.Organisation.findByIdAndUpdate(orgId, { $set: fields }, { returnDocument: 'after' })
      .lean<OrganisationDoc>()
      .exec();
    this.memory.changed({ organisation: orgId });
    return doc;
  }

  person(id: string | Types.ObjectId): Promise<PersonDoc | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.models.Person.findById(id).lean<PersonDoc>().exec();
  }

  people(ids: (string | Types.ObjectId)[]): Promise<PersonDoc[]> {
    return findEach(ids, (_id) => this.models.Person.findOne({ _id }).lean<PersonDoc>().exec());
  }

  /**
   * People who are the other party of a change, as read lately: only those not read lately are read (in one round
   * trip). The documents are shared: read them, never change them.
   */
  async counterpartsOf(ids: (string | Types.ObjectId)[]): Promise<PersonDoc[]> {
    const at = this.memory.now();
    const found: PersonDoc[] = [];
    const missing: string[] = [];
    for (const id of new Set(ids.map(String))) {
      const known = this.memory.recall<PersonDoc>('counterpart', id);
      if (known && !this.memory.changedSince(id, known.at)) found.push(known.value);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const read = await this.people(missing);
    for (const doc of read) this.memory.remember('counterpart', String(doc._id), doc, at);
    return [...found, ...read];
  }

  /** A person changed through this process: every copy of them read before is out of date. */
  forgetPerson(id: string | Types.ObjectId): void {
    this.memory.changed({ person: String(id) });
  }

  /** True when the person was changed through this process at or after `readAt` (a copy read then is out of date). */
  changedSince(id: string | Types.ObjectId, readAt: number): boolean {
    return this.memory.changedSince(String(id), readAt);
  }

  byIdentity(identity: PlatformIdentity): Promise<PersonDoc | null> {
    return this.models.Person.findOne({ identityKey: identityKey(identity) })
      .lean<PersonDoc>()
      .exec();
  }

  employeesOf(
    orgId: string,
  ): Promise<Pick<PersonDoc, '_id' | 'department' | 'allowanceOverride' | 'extraSessions' | 'offboardedAt' | 'erasedAt'>[]> {
    return this.models.Person.find(
      { orgId, roles: 'employee' },
      { department: 1, allowanceOverride: 1, extraSessions: 1, offboardedAt: 1, erasedAt: 1 },
    )
      .lean()
      .exec();
  }

  /** A new person reads their organisation's language (when it has one) until their platform or an operator says otherwise. */
  async createPerson(person: Omit<PersonDoc, '_id' | 'createdAt' | 'identityKey'>): Promise<PersonDoc> {
    // Read afresh (adding a person is rare): a language the operator has just set elsewhere is not missed.
    const org =
      person.orgLanguage === undefined ? await this.models.Organisation.findById(person.orgId, { language: 1 }).lean().exec() : null;
    const orgLanguage = person.orgLanguage ?? org?.language ?? null;
    const doc = await this.models.Person.create({
      ...person,
      orgLanguage,
      identityKey: identityKey(person.identity),
      createdAt: new Date(),
    });
    return doc.toObject();
  }

  /**
   * The locale a person's platform reported, and when. `forget` when it changes what they read: every copy of them
   * read before is then out of date. Otherwise (the same language, or a refresh) no copy is wrong, and none is dropped.
   */
  async recordPlatformLocale(id: Types.ObjectId, tag: string, at: Date, forget: boolean): Promise<void> {
    const fields = { platformLocale: tag, platformLocaleAt: at };
    if (forget) await this.updatePerson(id, fields);
    else await this.models.Person.updateOne({ _id: id }, { $set: fields }).exec();
  }

  /**
   * An organisation's language (null: none), stored on it and copied onto every one of its people in one update, so
   * no reader's language needs the organisation read. Returns how many people it was copied onto.
   */
  async setOrganisationLanguage(orgId: string, language: string | null): Promise<{ org: OrganisationDoc; people: number } | null> {
    const org = await this.updateOrganisation(orgId, { language });
    if (!org) return null;
    const ids = await this.models.Person.find({ orgId }, { _id: 1 }).lean().exec();
    for (const { _id } of ids) this.forgetPerson(_id);
    const copied = await this.models.Person.updateMany({ orgId }, { $set: { orgLanguage: language } }).exec();
    for (const { _id } of ids) this.forgetPerson(_id);
    return { org, people: copied.matchedCount };
  }

  async updatePerson(id: Types.ObjectId, fields: Partial<Omit<PersonDoc, '_id' | 'identityKey'>>): Promise<PersonDoc | null> {
    const set = fields.identity ? { ...fields, identityKey: identityKey(fields.identity) } : fields;
    this.forgetPerson(id);
    const doc = await this.models.Person.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).lean<PersonDoc>().exec();
    this.forgetPerson(id);
    return doc;
  }

  linkOfTherapist(therapistId: Types.ObjectId | string): Promise<ChannelLinkDoc | null> {
    return this.models.ChannelLink.findById(therapistId).lean<ChannelLinkDoc>().exec();
  }

  linkOfChannel(channel: ChannelAddress): Promise<ChannelLinkDoc | null> {
    return this.models.ChannelLink.findOne({ channelKey: channelKey(channel) })
      .lean<ChannelLinkDoc>()
      .exec();
  }

  /** One channel per therapist and one therapist per channel: re-linking replaces the therapist's old link. */
  async link(orgId: string, therapistId: Types.ObjectId, channel: ChannelAddress, linkedBy: Types.ObjectId | null): Promise<void> {
    // First, threads that this move makes non-current: the therapist's elsewhere, and another therapist's in this
    // channel (their link is dropped below). Posting to them again then reads the link; a crash after this step
    // leaves threads that merely read the link once more.
    const key = channelKey(channel);
    await this.models.RelayThread.updateMany(
      {
        $or: [
          { therapistId, channelKey: { $ne: key } },
          { therapistId: { $ne: therapistId }, channelKey: key },
        ],
      },
      { $set: { stale: true } },
    ).exec();
    await this.models.ChannelLink.deleteMany({ channelKey: channelKey(channel), _id: { $ne: therapistId } }).exec();
    const fields = { orgId, channelKey: channelKey(channel), channel, linkedBy, linkedAt: new Date(), unreachableSince: null };
    await insertElseUpdate(
      () => this.models.ChannelLink.create({ _id: therapistId, ...fields }),
      () => this.models.ChannelLink.updateOne({ _id: therapistId }, { $set: fields }).exec(),
    );
  }

  /**
   * The bot could not post in the therapist's channel `key`: flagged from `at` on, once (a later failure keeps the
   * first time). Only the link to that channel: a failure in a channel the therapist has since left changes nothing.
   */
  async markChannelUnreachable(therapistId: Types.ObjectId, key: string, at: Date): Promise<void> {
    await this.models.ChannelLink.updateOne(
      { _id: therapistId, channelKey: key, unreachableSince: null },
      { $set: { unreachableSince: at } },
    ).exec();
  }

  /** A post in the therapist's channel `key` succeeded: the flag, if any, is cleared. */
  async markChannelReachable(therapistId: Types.ObjectId, key: string): Promise<void> {
    await this.models.ChannelLink.updateOne(
      { _id: therapistId, channelKey: key, unreachableSince: { $ne: null } },
      { $set: { unreachableSince: null } },
    ).exec();
  }

  async saveAddress(key: string, platform: Platform, reference: Record<string, unknown>): Promise<void> {
    const fields = { platform, reference, updatedAt: new Date() };
    await insertElseUpdate(
      () => this.models.Address.create({ _id: key, ...fields }),
      () => this.models.Address.updateOne({ _id: key }, { $set: fields }).exec(),
    );
  }

  async address(key: string): Promise<Record<string, unknown> | null> {
    const doc = await this.models.Address.findById(key).lean().exec();
    return doc?.reference ?? null;
  }
}
