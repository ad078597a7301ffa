// Operator onboarding: organisations, people, channel links, policy and bulk import. Used by the CLI and the
// demo seed; every input passes a zod schema and a refused row says why.
import { z } from 'zod';
import type { Types } from 'mongoose';
import { isValidZone } from '../domain/time.js';
import type { Platform } from '../domain/types.js';
import { isDuplicateKey } from '../store/index.js';
import type { OrganisationDoc, PersonDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import { mayTreatClientsOf, ownerOfIdentityWorkspace } from './tenancy.js';
import type { TokenCipher } from '../store/token-cipher.js';
import { erasePerson, exportPerson, offboardPerson, resealInstalls } from './data-protection/index.js';

const zone = z.string().refine(isValidZone, 'not an IANA time zone, e.g. Europe/London');
const platform = z.enum(['slack', 'teams']);
export const identitySchema = z.object({ platform, workspaceId: z.string().min(1).max(100), userId: z.string().min(1).max(200) });

/** An organisation's policy, each setting as given (no defaults: a change names only what it changes). */
const policyFields = {
  zone,
  defaultAllowance: z.coerce.number().int().min(0).max(31),
  rescheduleCutoffHours: z.coerce.number().int().min(0).max(168),
  minReportGroupSize: z.coerce.number().int().min(1).max(100),
  reminderLeadHours: z.coerce.number().int().min(0).max(168).optional(),
  reminderMinutesBefore: z.coerce.number().int().min(1).max(1440).optional(),
  supportLine: z.string().trim().min(1).max(200).nullish(),
  /** Days free text is kept before the sweep purges it (docs/design.md §10). */
  retentionDays: z.coerce.number().int().min(1).max(3650).optional(),
  /** The neutral title of calendar invitations. */
  calendarTitle: z.string().trim().min(1).max(100).nullish(),
};

export const organisationInput = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1).max(100),
  ...policyFields,
  rescheduleCutoffHours: policyFields.rescheduleCutoffHours.default(24),
  minReportGroupSize: policyFields.minReportGroupSize.default(5),
  /** The wellbeing provider: its therapists may take clients of every organisation (docs/design.md §8). */
  provider: z.boolean().default(false),
});

/**
 * A policy change: only the settings given. Built from the fields without their defaults: zod 4 applies a default
 * inside `.partial()`, so a change of one setting would otherwise reset the cutoff and the report group size.
 */
export const policyInput = z.object(policyFields).partial();

export const personInput = z.object({
  orgId: z.string().min(1),
  displayName: z.string().min(1).max(100),
  email: z.string().email().nullish(),
  role: z.enum(['employee', 'therapist', 'hr_admin', 'operator']),
  extraRoles: z.array(z.enum(['employee', 'therapist', 'hr_admin', 'operator'])).default([]),
  zone,
  department: z.string().min(1).max(60).default('Unassigned'),
  identity: identitySchema,
  therapist: identitySchema.optional(),
  allowance: z.coerce.number().int().min(0).max(31).nullish(),
});

export type OrganisationInput = z.input<typeof organisationInput>;
export type PersonInput = z.input<typeof personInput>;
export type AdminResult<T> = ({ ok: true } & T) | { ok: false; error: string };

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');

export function createAdminService(ctx: ServiceContext) {
  const { directory } = ctx.store;
  /** Operator changes are audited like any other (docs/design.md §3); the CLI acts as the `operator`. */
  const audit = (orgId: string, action: string, subjectId: string, details: Record<string, unknown> = {}) =>
    ctx.store.audit.append({
      _id: `admin:${action}:${subjectId}:${ctx.clock().toISOString()}`,
      orgId,
      actorId: 'operator',
      action,
      subjectId,
      reason: null,
      details,
      at: ctx.clock(),
    });
  const identityOf = (raw: unknown) => identitySchema.safeParse(raw);
  return {
    async createOrganisation(raw: OrganisationInput): Promise<AdminResult<{ org: OrganisationDoc }>> {
      const parsed = organisationInput.safeParse(raw);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const { id, ...rest } = parsed.data;
      try {
        const org = await directory.createOrganisation({ _id: id, ...rest }, ctx.clock());
        await audit(id, 'organisation.created', id, { ...rest });
        return { ok: true, org };
      } catch (err) {
        if (isDuplicateKey(err)) return { ok: false, error: `organisation ${id} already exists` };
        throw err;
      }
    },

    async setPolicy(orgId: string, raw: z.input<typeof policyInput>): Promise<AdminResult<{ org: OrganisationDoc }>> {
      const parsed = policyInput.safeParse(raw);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const org = await directory.updateOrganisation(orgId, parsed.data);
      if (!org) return { ok: false, error: `no organisation ${orgId}` };
      await audit(orgId, 'organisation.policy_changed', orgId, { ...parsed.data });
      return { ok: true, org };
    },

    async addPerson(raw: PersonInput): Promise<AdminResult<{ person: PersonDoc }>> {
      const parsed = personInput.safeParse(raw);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const p = parsed.data;
      if (!(await directory.organisation(p.orgId))) return { ok: false, error: `no organisation ${p.orgId}` };
      const claimedBy = await ownerOfIdentityWorkspace(ctx, p.identity);
      if (claimedBy && claimedBy !== p.orgId)
        return { ok: false, error: `identity: workspace ${p.identity.workspaceId} belongs to another organisation` };
      let therapistId: Types.ObjectId | null = null;
      if (p.therapist) {
        const therapist = await directory.byIdentity(p.therapist);
        if (!therapist || !therapist.roles.includes('therapist') || !(await mayTreatClientsOf(ctx, therapist, p.orgId))) {
          return { ok: false, error: 'therapist: no therapist with that identity in this organisation or the provider' };
        }
        therapistId = therapist._id;
      }
      try {
        const person = await directory.createPerson({
          orgId: p.orgId,
          displayName: p.displayName,
          email: p.email ?? null,
          roles: [...new Set([p.role, ...p.extraRoles])],
          zone: p.zone,
          department: p.department,
          therapistId,
          allowanceOverride: p.allowance ?? null,
          bufferMinutes: 0,
          identity: p.identity,
        });
        await audit(p.orgId, 'person.added', String(person._id), { roles: person.roles });
        return { ok: true, person };
      } catch (err) {
        if (isDuplicateKey(err)) return { ok: false, error: 'identity: someone with that platform identity is already registered' };
        throw err;
      }
    },

    async setAllowance(identity: z.input<typeof identitySchema>, allowance: number | null): Promise<AdminResult<object>> {
      const parsed = identityOf(identity);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const person = await directory.byIdentity(parsed.data);
      if (!person || !person.roles.includes('employee')) return { ok: false, error: 'no employee with that identity' };
      if (allowance !== null && (!Number.isInteger(allowance) || allowance < 0 || allowance > 31))
        return { ok: false, error: 'allowance: 0 to 31' };
      await directory.updatePerson(person._id, { allowanceOverride: allowance });
      await audit(person.orgId, 'person.allowance_set', String(person._id), { allowance });
      return { ok: true };
    },

    async linkChannel(
      therapist: z.input<typeof identitySchema>,
      channel: { platform: Platform; workspaceId: string; channelId: string },
    ): Promise<AdminResult<object>> {
      const parsed = identityOf(therapist);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const person = await directory.byIdentity(parsed.data);
      if (!person || !person.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
      await directory.link(person.orgId, person._id, channel, null);
      await audit(person.orgId, 'therapist.channel_linked', String(person._id), { platform: channel.platform });
      return { ok: true };
    },

    /** The person of this organisation with this identity, a leaver included (data-protection requests). */
    async personOf(orgId: string, identity: z.input<typeof identitySchema>): Promise<AdminResult<{ person: PersonDoc }>> {
      const parsed = identityOf(identity);
      if (!parsed.success) return { ok: false, error: issues(parsed.error) };
      const person = await ctx.store.personData.inOrg(orgId, parsed.data);
      return person ? { ok: true, person } : { ok: false, error: `no person with that identity in organisation ${orgId}` };
    },

    exportPerson: (person: PersonDoc, cipher: TokenCipher | null) => exportPerson(ctx, person, cipher),
    erasePerson: (person: PersonDoc, cipher: TokenCipher | null) => erasePerson(ctx, person, cipher),
    offboardPerson: (person: PersonDoc) => offboardPerson(ctx, person),
    resealInstalls: (cipher: TokenCipher) => resealInstalls(ctx, cipher),

    /** Imports rows in order (therapists before the employees who name them); reports each refused row. */
    async importPeople(
      orgId: string,
      rows: Record<string, unknown>[],
    ): Promise<{ added: number; refused: { row: number; error: string }[] }> {
      const refused: { row: number; error: string }[] = [];
      let added = 0;
      const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => Number(a.r.role !== 'therapist') - Number(b.r.role !== 'therapist'));
      for (const { r, i } of ordered) {
        const result = await this.addPerson(rowToPerson(orgId, r));
        if (result.ok) added++;
        else refused.push({ row: i + 1, error: result.error });
      }
      return { added, refused: refused.sort((a, b) => a.row - b.row) };
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;

/** Flat import rows (CSV or JSON): platform, workspace_id, user_id, therapist_user_id, ... */
function rowToPerson(orgId: string, r: Record<string, unknown>): PersonInput {
  const s = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() !== '' ? (r[k] as string).trim() : undefined);
  const identity = { platform: s('platform') as Platform, workspaceId: s('workspace_id') ?? '', userId: s('user_id') ?? '' };
  const therapistUser = s('therapist_user_id');
  return {
    orgId,
    displayName: s('name') ?? '',
    email: s('email') ?? null,
    role: (s('role') ?? 'employee') as PersonInput['role'],
    zone: s('zone') ?? '',
    department: s('department') ?? 'Unassigned',
    identity,
    therapist: therapistUser
      ? {
          platform: (s('therapist_platform') ?? identity.platform) as Platform,
          workspaceId: s('therapist_workspace_id') ?? identity.workspaceId,
          userId: therapistUser,
        }
      : undefined,
    allowance: s('allowance') === undefined ? null : Number(s('allowance')),
  };
}
