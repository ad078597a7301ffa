// Schemas of tenancy: which organisation claims a chat workspace (Slack team, Enterprise Grid org, Teams tenant),
// and the Slack installations made through OAuth. Kept beside models.ts so the core's schemas stay untouched.
import { Schema, type Connection } from 'mongoose';

export type WorkspaceKind = 'slack_team' | 'slack_enterprise' | 'teams_tenant';

/** One chat workspace claimed by one organisation; `_id` is `${kind}:${externalId}`, so a second claim collides. */
export interface WorkspaceDoc {
  _id: string;
  kind: WorkspaceKind;
  externalId: string;
  orgId: string;
  attachedAt: Date;
}

/**
 * A Slack installation. `_id` is `enterprise:E…` for org-wide installs, else `team:T…` (the keys Bolt asks by).
 * The whole Installation (tokens, refresh tokens, expiries) is one AES-256-GCM ciphertext: nothing secret is
 * readable in the database. Team and enterprise ids stay plain so operators can see what is installed where.
 */
export interface InstallationDoc {
  _id: string;
  teamId: string;
  enterpriseId: string;
  isEnterpriseInstall: boolean;
  sealed: string;
  installedAt: Date;
  updatedAt: Date;
}

const workspaceSchema = new Schema<WorkspaceDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    externalId: { type: String, required: true },
    orgId: { type: String, required: true, index: true },
    attachedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

const installationSchema = new Schema<InstallationDoc>(
  {
    _id: { type: String, required: true },
    // '' when absent (an org-wide install has no team, a plain workspace no enterprise): never missing.
    teamId: { type: String, default: '', index: true },
    enterpriseId: { type: String, default: '' },
    isEnterpriseInstall: { type: Boolean, required: true },
    sealed: { type: String, required: true },
    installedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function bindTenancyModels(conn: Connection) {
  return {
    Workspace: conn.model<WorkspaceDoc>('Workspace', workspaceSchema, 'workspaces'),
    Installation: conn.model<InstallationDoc>('Installation', installationSchema, 'slack_installations'),
  };
}

export type TenancyModels = ReturnType<typeof bindTenancyModels>;
