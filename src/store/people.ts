// Organisations, people, channel links and platform addresses: who is who, and where to reach them.
import { Types } from 'mongoose';
import type { PlatformIdentity } from '../domain/types.js';
import { channelKey, identityKey, type ChannelAddress, type Platform } from '../domain/types.js';
import type { ChannelLinkDoc, Models, OrganisationDoc, PersonDoc } from './models.js';

export class DirectoryRepository {
  constructor(private readonly models: Models) {}

  organisation(orgId: string): Promise<OrganisationDoc | null> {
    return this.models.Organisation.findById(orgId).lean<OrganisationDoc>().exec();
  }

  async createOrganisation(org: Omit<OrganisationDoc, 'createdAt'>): Promise<OrganisationDoc> {
    const doc = await this.models.Organisation.create({ ...org, createdAt: new Date() });
    return doc.toObject();
  }

  async updateOrganisation(orgId: string, fields: Partial<Omit<OrganisationDoc, '_id'>>): Promise<OrganisationDoc | null> {
    return this.models.Organisation.findByIdAndUpdate(orgId, { $set: fields }, { new: true }).lean<OrganisationDoc>().exec();
  }

  person(id: string | Types.ObjectId): Promise<PersonDoc | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.models.Person.findById(id).lean<PersonDoc>().exec();
  }

  people(ids: (string | Types.ObjectId)[]): Promise<PersonDoc[]> {
    return this.models.Person.find({ _id: { $in: ids } }).lean<PersonDoc[]>().exec();
  }

  byIdentity(identity: PlatformIdentity): Promise<PersonDoc | null> {
    return this.models.Person.findOne({ identityKey: identityKey(identity) }).lean<PersonDoc>().exec();
  }

  employeesOf(orgId: string): Promise<Pick<PersonDoc, '_id' | 'department' | 'allowanceOverride'>[]> {
    return this.models.Person.find({ orgId, roles: 'employee' }, { department: 1, allowanceOverride: 1 }).lean().exec();
  }

  async createPerson(person: Omit<PersonDoc, '_id' | 'createdAt' | 'identityKey'>): Promise<PersonDoc> {
    const doc = await this.models.Person.create({ ...person, identityKey: identityKey(person.identity), createdAt: new Date() });
    return doc.toObject();
  }

  async updatePerson(id: Types.ObjectId, fields: Partial<Omit<PersonDoc, '_id' | 'identityKey'>>): Promise<PersonDoc | null> {
    const set = fields.identity ? { ...fields, identityKey: identityKey(fields.identity) } : fields;
    return this.models.Person.findByIdAndUpdate(id, { $set: set }, { new: true }).lean<PersonDoc>().exec();
  }

  linkOfTherapist(therapistId: Types.ObjectId | string): Promise<ChannelLinkDoc | null> {
    return this.models.ChannelLink.findById(therapistId).lean<ChannelLinkDoc>().exec();
  }

  linkOfChannel(channel: ChannelAddress): Promise<ChannelLinkDoc | null> {
    return this.models.ChannelLink.findOne({ channelKey: channelKey(channel) }).lean<ChannelLinkDoc>().exec();
  }

  /** One channel per therapist and one therapist per channel: re-linking replaces the therapist's old link. */
  async link(orgId: string, therapistId: Types.ObjectId, channel: ChannelAddress, linkedBy: Types.ObjectId | null): Promise<void> {
    await this.models.ChannelLink.deleteMany({ channelKey: channelKey(channel), _id: { $ne: therapistId } }).exec();
    await this.models.ChannelLink.replaceOne(
      { _id: therapistId },
      { _id: therapistId, orgId, channelKey: channelKey(channel), channel, linkedBy, linkedAt: new Date() },
      { upsert: true },
    ).exec();
  }

  async saveAddress(key: string, platform: Platform, reference: Record<string, unknown>): Promise<void> {
    await this.models.Address.replaceOne({ _id: key }, { _id: key, platform, reference, updatedAt: new Date() }, { upsert: true }).exec();
  }

  async address(key: string): Promise<Record<string, unknown> | null> {
    const doc = await this.models.Address.findById(key).lean().exec();
    return doc?.reference ?? null;
  }
}
