// Which organisation a chat workspace belongs to (docs/design.md §8): organisations claim Slack workspaces, Enterprise Grid
// orgs and Teams tenants; a request from a workspace no organisation claims is refused before anything is stored.
import { z } from 'zod';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import type { PersonDoc } from '../store/models.js';
import type { WorkspaceDoc, WorkspaceKind } from '../store/tenancy-models.js';
import type { ServiceContext } from './context.js';

export const workspaceInput = z.object({
  orgId: z.string().min(1).max(40),
  kind: z.enum(['slack_team', 'slack_enterprise', 'teams_tenant']),
  externalId: z.string().regex(/^[A-Za-z0-9-]{2,64}$/, 'a Slack team id (T…), an Enterprise Grid id (E…) or a Teams tenant id (GUID)'),
});
export type WorkspaceInput = z.input<typeof workspaceInput>;

/** Where a request came from: a Slack team (with its Grid org, if any) or a Teams tenant. */
export type RequestOrigin = { platform: 'slack'; teamId: string; enterpriseId?: string } | { platform: 'teams'; tenantId: string };

function candidates(origin: RequestOrigin): { kind: WorkspaceKind; externalId: string }[] {
  if (origin.platform === 'teams') return [{ kind: 'teams_tenant', externalId: origin.tenantId }];
  // A workspace claimed on its own wins over its Grid org's claim.
  return [
    { kind: 'slack_team', externalId: origin.teamId },
    { kind: 'slack_enterprise', externalId: origin.enterpriseId ?? '' },
  ];
}

/** The organisation owning the workspace a person's identity lives in, if any organisation claims it. */
export function ownerOfIdentityWorkspace(ctx: ServiceContext, identity: PlatformIdentity): Promise<string | null> {
  return ctx.store.workspaces.ownerOf(candidates(originOfIdentity(identity)));
}

/** A therapist treats clients of their own organisation; the provider's therapists those of every organisation. */
export async function mayTreatClientsOf(ctx: ServiceContext, therapist: PersonDoc, orgId: string): Promise<boolean> {
  if (therapist.orgId === orgId) return true;
  const home = await ctx.store.directory.organisation(therapist.orgId);
  return home?.provider === true;
}

/**
 * Whether a request may go further: its workspace is claimed, and the person acting, when registered, belongs to the
 * claiming organisation (a registration under another organisation is refused rather than served by the wrong rules).
 */
export type Admission =
  | {
      ok: true;
      orgId: string;
      /**
       * The person acting, as read for the check (null: not registered), for the request's acting scope;
       * undefined when they were admitted from memory, so the request reads them itself (after a Slack ack).
       */
      person: PersonDoc | null | undefined;
    }
  | { ok: false; code: 'organisation_not_set_up' | 'other_organisation' };

export const originOfIdentity = (identity: PlatformIdentity): RequestOrigin =>
  identity.platform === 'slack'
    ? { platform: 'slack', teamId: identity.workspaceId }
    : { platform: 'teams', tenantId: identity.workspaceId };

export type AttachResult = { ok: true; workspace: WorkspaceDoc; already: boolean } | { ok: false; error: string };

export function createTenancyService(ctx: ServiceContext) {
  const { workspaces, directory, memory } = ctx.store;
  // Every request asks this once; claims change rarely (attach, detach), so the owner is remembered briefly.
  const organisationOf = async (origin: RequestOrigin): Promise<string | null> => {
    const asked = candidates(origin);
    const key = asked.map((c) => `${c.kind}:${c.externalId}`).join('|');
    const known = memory.recall<string | null>('workspaceOwner', key);
    if (known) return known.value;
    const orgId = await workspaces.ownerOf(asked);
    memory.remember('workspaceOwner', key, orgId);
    return orgId;
  };
  return {
    /** The organisation a request's workspace belongs to, or null: then the request gets "not set up yet". */
    organisationOf,

    /** The one check both platforms' gates make before anything runs or is stored (docs/design.md §8). */
    async admit(origin: RequestOrigin, identity: PlatformIdentity | null): Promise<Admission> {
      const orgId = await organisationOf(origin);
      if (!orgId) return { ok: false, code: 'organisation_not_set_up' };
      // A person admitted lately for this organisation, and not changed since, is admitted from memory.
      const key = identity ? identityKey(identity) : null;
      const known = key ? memory.recall<{ orgId: string; personId: string }>('admission', key) : undefined;
      if (known && known.value.orgId === orgId && !directory.changedSince(known.value.personId, known.at)) {
        return { ok: true, orgId, person: undefined };
      }
      const at = memory.now();
      const person = identity ? await directory.byIdentity(identity) : null;
      if (person && person.orgId !== orgId) return { ok: false, code: 'other_organisation' };
      // Only registered people are remembered: someone registered a moment later is read at their next request.
      if (key && person) memory.remember('admission', key, { orgId, personId: String(person._id) }, at);
      return { ok: true, orgId, person };
    },

    async attach(raw: unknown): Promise<AttachResult> {
      const parsed = workspaceInput.safeParse(raw);
      if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      const { orgId, kind, externalId } = parsed.data;
      if (!(await directory.organisation(orgId))) return { ok: false, error: `no organisation ${orgId}` };
      const outcome = await workspaces.attach(orgId, kind, externalId, ctx.clock());
      memory.changed({ workspaces: true });
      if (!outcome.ok) return { ok: false, error: `${externalId} is already attached to organisation ${outcome.claimedBy}` };
      if (!outcome.already) {
        await ctx.store.audit.append({
          _id: `workspace:attached:${outcome.workspace._id}:${ctx.clock().toISOString()}`,
          orgId,
          actorId: 'operator',
          action: 'workspace.attached',
          subjectId: outcome.workspace._id,
          reason: null,
          details: { kind },
          at: ctx.clock(),
        });
      }
      return outcome;
    },

    async detach(raw: WorkspaceInput): Promise<{ ok: true } | { ok: false; error: string }> {
      const parsed = workspaceInput.safeParse(raw);
      if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      const { orgId, kind, externalId } = parsed.data;
      memory.changed({ workspaces: true });
      if (!(await workspaces.detach(orgId, kind, externalId))) return { ok: false, error: `${externalId} is not attached to ${orgId}` };
      await ctx.store.audit.append({
        _id: `workspace:detached:${kind}:${externalId}:${ctx.clock().toISOString()}`,
        orgId,
        actorId: 'operator',
        action: 'workspace.detached',
        subjectId: `${kind}:${externalId}`,
        reason: null,
        details: {},
        at: ctx.clock(),
      });
      return { ok: true };
    },

    /** What is claimed by whom and which Slack workspaces have the app installed (no secrets). */
    async overview() {
      const [claimed, installed] = await Promise.all([workspaces.all(), ctx.store.installations.list()]);
      return { claimed, installed };
    },
  };
}

export type TenancyService = ReturnType<typeof createTenancyService>;
