// Read-only lookups for the operator commands (list-people, show-org): what an operator needs to find ids
// and check a set-up without opening the database. Projections keep each read to the fields printed.
import { identityKey, type PlatformIdentity, type Role } from '../domain/types.js';
import type { Models } from '../store/models.js';
import type { PolicyFields } from './policy-text.js';

export interface PersonRow {
  id: string;
  displayName: string;
  roles: Role[];
  identity: string;
  zone: string;
  department: string;
  therapistId: string | null;
  allowanceOverride: number | null;
  /** A therapist whose linked channel the bot cannot post in: since when (null when it can, or for anyone else). */
  channelUnreachableSince: Date | null;
}

export interface OrganisationSummary extends PolicyFields {
  id: string;
  name: string;
  people: Record<Role, number>;
  linkedChannels: number;
  /** Linked channels the bot could not post in at the last try (not a member, or gone). */
  unreachableChannels: number;
}

export class OperatorLookup {
  constructor(private readonly models: Models) {}

  async peopleOf(orgId: string, role?: Role): Promise<PersonRow[]> {
    const [people, unreachable] = await Promise.all([this.people(orgId, role), this.unreachableLinks(orgId)]);
    return people.map((p) => ({ ...p, channelUnreachableSince: unreachable.get(p.id) ?? null }));
  }

  private unreachableFilter(orgId: string) {
    return { orgId, unreachableSince: { $ne: null } };
  }

  /** Therapist id -> since when the bot cannot post in their linked channel. */
  private async unreachableLinks(orgId: string): Promise<Map<string, Date>> {
    const links = await this.models.ChannelLink.find(this.unreachableFilter(orgId), { unreachableSince: 1 }).lean().exec();
    return new Map(links.flatMap((l) => (l.unreachableSince ? [[String(l._id), l.unreachableSince] as const] : [])));
  }

  private async people(orgId: string, role?: Role): Promise<Omit<PersonRow, 'channelUnreachableSince'>[]> {
    const people = await this.models.Person.find(role ? { orgId, roles: role } : { orgId }, {
      displayName: 1,
      roles: 1,
      identity: 1,
      zone: 1,
      department: 1,
      therapistId: 1,
      allowanceOverride: 1,
    })
      .sort({ displayName: 1, _id: 1 })
      .lean()
      .exec();
    return people.map((p) => ({
      id: String(p._id),
      displayName: p.displayName,
      roles: p.roles,
      identity: `${p.identity.platform}:${p.identity.workspaceId}:${p.identity.userId}`,
      zone: p.zone,
      department: p.department,
      therapistId: p.therapistId ? String(p.therapistId) : null,
      allowanceOverride: p.allowanceOverride,
    }));
  }

  /** Every organisation's id and name, the provider marked. */
  async organisations(): Promise<{ id: string; name: string; provider: boolean }[]> {
    const orgs = await this.models.Organisation.find({}, { name: 1, provider: 1 }).sort({ _id: 1 }).lean().exec();
    return orgs.map((o) => ({ id: o._id, name: o.name, provider: o.provider === true }));
  }

  /** Whether this identity is a person of this organisation (a command names the organisation it acts on). */
  async isPersonOf(orgId: string, identity: PlatformIdentity): Promise<boolean> {
    return (await this.models.Person.exists({ orgId, identityKey: identityKey(identity) }).exec()) !== null;
  }

  async organisation(orgId: string): Promise<OrganisationSummary | null> {
    const [org, roles, linkedChannels, unreachableChannels] = await Promise.all([
      this.models.Organisation.findById(orgId).lean().exec(),
      this.models.Person.find({ orgId }, { roles: 1, _id: 0 }).lean().exec(),
      this.models.ChannelLink.countDocuments({ orgId }).exec(),
      this.models.ChannelLink.countDocuments(this.unreachableFilter(orgId)).exec(),
    ]);
    if (!org) return null;
    const people: Record<Role, number> = { employee: 0, therapist: 0, hr_admin: 0, operator: 0 };
    for (const { roles: held } of roles) for (const role of held) people[role] += 1;
    return {
      id: org._id,
      name: org.name,
      zone: org.zone,
      defaultAllowance: org.defaultAllowance,
      rescheduleCutoffHours: org.rescheduleCutoffHours,
      minReportGroupSize: org.minReportGroupSize,
      reminderLeadHours: org.reminderLeadHours ?? null,
      reminderMinutesBefore: org.reminderMinutesBefore ?? null,
      supportLine: org.supportLine ?? null,
      retentionDays: org.retentionDays ?? null,
      calendarTitle: org.calendarTitle ?? null,
      people,
      linkedChannels,
      unreachableChannels,
    };
  }
}
