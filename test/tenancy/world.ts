// Three Slack workspaces on one instance: the provider's (its therapist's channel) and two employers', each with
// its own bot token from the stand-in, installed through the real OAuth redirect; and one employer's Teams tenant,
// served by the same process at /api/messages with the connector stand-in. Used by the tenancy specs.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Actor } from '../../src/services/types.js';
import { actorOf } from '../../src/services/views.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase } from '../support/db.js';
import { SlackApiStub, type StubWorkspace } from '../support/slack-api-stub.js';
import { postSigned, TEST_SIGNING_SECRET, type SlackRequest } from '../support/slack-requests.js';
import { postActivity, teamsUser, type PostResult, type TeamsActivity, type TeamsUser } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';

export const PROVIDER = { teamId: 'TPROV', botToken: 'xoxb-provider' } satisfies StubWorkspace;
export const ACME = { teamId: 'TACME', botToken: 'xoxb-acme' } satisfies StubWorkspace;
export const GLOBEX = { teamId: 'TGLOBEX', botToken: 'xoxb-globex', refreshToken: 'xoxe-globex', expiresIn: 60 } satisfies StubWorkspace;
export const STRANGER = { teamId: 'TSTRANGER', botToken: 'xoxb-stranger' } satisfies StubWorkspace;
export const TOKEN_KEY = 'a'.repeat(64);
/** The Teams employer: its tenant and its employee. */
export const INITECH_TENANT = 'tenant-initech';
export const IVY: TeamsUser = teamsUser('aad-ivy', 'Ivy Initech');

export interface TenancyWorld {
  url: string;
  stub: SlackApiStub;
  app: App;
  db: Database;
  therapist: Actor;
  acmeEmployee: Actor;
  globexEmployee: Actor;
  acmeHr: Actor;
  initechEmployee: Actor;
  slotIds: string[];
  /** The Teams connector stand-in (the serviceUrl of Initech's activities). */
  teams: TeamsConnectorStub;
  postTeams(activity: TeamsActivity): Promise<PostResult>;
  /** A signed Slack request; resolves once the work it started (notices, Home tabs) is done. */
  postSlack(request: SlackRequest): Promise<{ status: number; body: string }>;
  /** Runs the browser's part of an install: /slack/install, then Slack's redirect back with `code`. */
  install(code: string, opts?: { state?: string; withCookie?: boolean }): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

function must<T>(r: ({ ok: true } & T) | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(`fixture refused: ${r.error}`);
  return r;
}

export async function openTenancyWorld(suite: string, now: () => Date): Promise<TenancyWorld> {
  const stub = await new SlackApiStub().start();
  const teams = new TeamsConnectorStub();
  await teams.start();
  for (const [code, w] of [
    ['code-provider', PROVIDER],
    ['code-acme', ACME],
    ['code-globex', GLOBEX],
    ['code-stranger', STRANGER],
  ] as const) {
    stub.oauthCodes.set(code, w);
  }
  const db = await openTestDatabase(`tenancy_${suite}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_CLIENT_ID: '111.222',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret-0123456789',
    SLACK_TOKEN_ENCRYPTION_KEY: TOKEN_KEY,
    SLACK_API_URL: stub.apiUrl,
  });
  const app = createApp({ config, db, log: createLogger('silent'), clock: now, slackOverrides: { retryConfig: { retries: 0 } } });
  const server: Server = await app.listen(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { admin, tenancy } = app.services;

  must(await admin.createOrganisation({ id: 'care', name: 'Care Provider', zone: 'Europe/London', defaultAllowance: 0, provider: true }));
  must(await admin.createOrganisation({ id: 'acme', name: 'Acme', zone: 'Europe/London', defaultAllowance: 2 }));
  must(
    await admin.createOrganisation({
      id: 'globex',
      name: 'Globex',
      zone: 'America/New_York',
      defaultAllowance: 1,
      rescheduleCutoffHours: 48,
    }),
  );
  must(await tenancy.attach({ orgId: 'care', kind: 'slack_team', externalId: PROVIDER.teamId }));
  must(await tenancy.attach({ orgId: 'acme', kind: 'slack_team', externalId: ACME.teamId }));
  must(await tenancy.attach({ orgId: 'globex', kind: 'slack_team', externalId: GLOBEX.teamId }));
  must(await admin.createOrganisation({ id: 'initech', name: 'Initech', zone: 'Europe/Berlin', defaultAllowance: 3 }));
  must(await tenancy.attach({ orgId: 'initech', kind: 'teams_tenant', externalId: INITECH_TENANT }));
  const therapistId = { platform: 'slack' as const, workspaceId: PROVIDER.teamId, userId: 'UTHER' };
  const { person: therapistDoc } = must(
    await admin.addPerson({ orgId: 'care', displayName: 'Dr Sam', role: 'therapist', zone: 'Europe/London', identity: therapistId }),
  );
  must(await admin.linkChannel(therapistId, { platform: 'slack', workspaceId: PROVIDER.teamId, channelId: 'CTHER' }));
  const employee = async (orgId: string, teamId: string, userId: string) =>
    actorOf(
      must(
        await admin.addPerson({
          orgId,
          displayName: `Employee ${userId}`,
          role: 'employee',
          zone: 'Europe/London',
          identity: { platform: 'slack', workspaceId: teamId, userId },
          therapist: therapistId,
        }),
      ).person,
    );
  const acmeEmployee = await employee('acme', ACME.teamId, 'UA1');
  const globexEmployee = await employee('globex', GLOBEX.teamId, 'UG1');
  const initechEmployee = actorOf(
    must(
      await admin.addPerson({
        orgId: 'initech',
        displayName: IVY.name,
        role: 'employee',
        zone: 'Europe/Berlin',
        identity: { platform: 'teams', workspaceId: INITECH_TENANT, userId: IVY.aadObjectId },
        therapist: therapistId,
      }),
    ).person,
  );
  const acmeHr = actorOf(
    must(
      await admin.addPerson({
        orgId: 'acme',
        displayName: 'Hana',
        role: 'hr_admin',
        zone: 'Europe/London',
        identity: { platform: 'slack', workspaceId: ACME.teamId, userId: 'UHRA' },
      }),
    ).person,
  );
  const therapist = actorOf(therapistDoc);
  const first = DateTime.fromJSDate(now()).plus({ days: 5 }).startOf('hour');
  for (let i = 0; i < 6; i++) {
    const at = first.plus({ hours: 2 * i }).setZone('Europe/London');
    const added = await app.services.availability.add(therapist, {
      date: at.toFormat('yyyy-MM-dd'),
      time: at.toFormat('HH:mm'),
      durationMinutes: 50,
      weeks: 1,
    });
    if (!added.ok) throw new Error(`fixture slot refused: ${added.code}`);
  }
  const slotIds = (await app.services.context.store.sessions.slotsBetween(therapistDoc._id, new Date(0), new Date(8.64e15))).map((s) =>
    String(s._id),
  );

  return {
    url,
    stub,
    app,
    db,
    therapist,
    acmeEmployee,
    globexEmployee,
    acmeHr,
    initechEmployee,
    slotIds,
    teams,
    // Notices go out after the answer (as in production); wait for them so assertions see everything sent.
    async postSlack(request) {
      const res = await postSigned(url, request);
      await app.idle();
      return res;
    },
    async postTeams(activity) {
      const res = await postActivity(`${url}/api/messages`, activity);
      await app.idle();
      return res;
    },
    async install(code, opts = {}) {
      const start = await fetch(`${url}/slack/install`, { redirect: 'manual' });
      const location = new URL(start.headers.get('location') ?? 'http://missing/');
      const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const state = opts.state ?? location.searchParams.get('state') ?? '';
      const back = await fetch(`${url}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, {
        headers: opts.withCookie === false ? {} : { cookie },
        redirect: 'manual',
      });
      return { status: back.status, body: await back.text() };
    },
    async close() {
      await app.close();
      await stub.stop();
      await teams.stop();
      await db.close();
    },
  };
}
