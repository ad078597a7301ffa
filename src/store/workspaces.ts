// Which organisation claims a chat workspace. A claim is an insert against the `_id` `${kind}:${externalId}`, so
// two operators attaching one workspace to two organisations cannot both succeed (docs/design.md §3: unique inserts).
import type { Models } from './models.js';
import type { WorkspaceDoc, WorkspaceKind } from './tenancy-models.js';
import { isDuplicateKey } from './claims.js';
import { findEach } from './by-ids.js';

export const workspaceKey = (kind: WorkspaceKind, externalId: string): string => `${kind}:${externalId}`;

export type AttachOutcome = { ok: true; workspace: WorkspaceDoc; already: boolean } | { ok: false; claimedBy: string };

export class WorkspaceRepository {
  constructor(private readonly models: Models) {}

  async attach(orgId: string, kind: WorkspaceKind, externalId: string, at: Date): Promise<AttachOutcome> {
    const _id = workspaceKey(kind, externalId);
    try {
      const doc = await this.models.Workspace.create({ _id, kind, externalId, orgId, attachedAt: at });
      return { ok: true, workspace: doc.toObject(), already: false };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.models.Workspace.findById(_id).lean<WorkspaceDoc>().exec();
      if (existing && existing.orgId === orgId) return { ok: true, workspace: existing, already: true };
      return { ok: false, claimedBy: existing?.orgId ?? 'another organisation' };
    }
  }

  /** Removes the claim only when it is this organisation's. */
  async detach(orgId: string, kind: WorkspaceKind, externalId: string): Promise<boolean> {
    const result = await this.models.Workspace.deleteOne({ _id: workspaceKey(kind, externalId), orgId }).exec();
    return result.deletedCount === 1;
  }

  /** The organisation claiming any of these workspaces, tried in order (e.g. the team, then its Grid org). */
  async ownerOf(candidates: { kind: WorkspaceKind; externalId: string }[]): Promise<string | null> {
    const ids = candidates.filter((c) => c.externalId !== '').map((c) => workspaceKey(c.kind, c.externalId));
    if (ids.length === 0) return null;
    const found = await findEach(ids, (_id) => this.models.Workspace.findOne({ _id }).lean<WorkspaceDoc>().exec());
    for (const id of ids) {
      const hit = found.find((w) => w._id === id);
      if (hit) return hit.orgId;
    }
    return null;
  }

  of(orgId: string): Promise<WorkspaceDoc[]> {
    return this.models.Workspace.find({ orgId }).sort({ _id: 1 }).lean<WorkspaceDoc[]>().exec();
  }

  all(): Promise<WorkspaceDoc[]> {
    return this.models.Workspace.find().sort({ orgId: 1, _id: 1 }).lean<WorkspaceDoc[]>().exec();
  }
}
