// The whole app over HTTP for Teams tests: real services and database, the bot at /api/messages on an ephemeral
// port, and the connector stand-in as every activity's serviceUrl. The clock is the test's.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app.js';
import type { CoreServices } from '../../src/services/index.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase, snapshotDatabase } from './db.js';
import { settledServices } from './settled-services.js';
import { seedWorld, type World, type WorldOptions } from './fixtures.js';
import { postActivity, teamInstall, TENANT, teamsUser, type PostResult, type TeamsActivity, type TeamsUser } from './teams-activities.js';
import { SlackApiStub } from './slack-api-stub.js';
import { postSigned, TEST_SIGNING_SECRET, type SlackRequest } from './slack-requests.js';
import { assertCardBudget } from './teams-card-budget.js';
import { TeamsConnectorStub } from './teams-connector-stub.js';

export interface TeamsHarness {
  app: App;
  services: CoreServices;
  db: Database;
  world: World;
  connector: TeamsConnectorStub;
  botUrl: string;
  serviceUrl: string;
  employee(index?: number): TeamsUser;
  therapist: TeamsUser;
  hr: TeamsUser;
  channelId: string;
  post(activity: TeamsActivity, headers?: Record<string, string>): Promise<PostResult>;
  /** With `slack: true`: the Slack Web API stand-in and signed requests to /slack/events. */
  slack: SlackApiStub | null;
  postSlack(request: SlackRequest): Promise<{ status: number; body: string }>;
  now(): Date;
  setNow(instant: Date): void;
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export async function openTeamsHarness(
  suite: string,
  options: { world?: WorldOptions; env?: Record<string, string>; start?: Date; install?: boolean; slack?: boolean } = {},
): Promise<TeamsHarness> {
  const db = await openTestDatabase(suite);
  const connector = new TeamsConnectorStub();
  const serviceUrl = await connector.start();
  let now = options.start ?? new Date('2030-01-07T10:00:00Z');
  const slack = options.slack ? await new SlackApiStub().start() : null;
  const slackEnv = slack
    ? { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: slack.apiUrl }
    : {};
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MONGODB_URI: 'mongodb://unused', ...slackEnv, ...options.env });
  const app = createApp({ config, db, log: createLogger(process.env.TEAMS_TEST_LOG ?? 'silent'), clock: () => now, claimGraceMs: 60_000 });
  const server: Server = await app.listen(0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const botUrl = `${baseUrl}/api/messages`;
  const world = await seedWorld(app.services as Parameters<typeof seedWorld>[0], {
    employeePlatform: 'teams',
    therapistPlatform: 'teams',
    ...options.world,
  });
  if (slack && world.channel.platform === 'slack') slack.memberOf.add(world.channel.channelId);
  // Activities from a tenant no organisation claims are refused: the test tenant is the world's.
  const claimed = await app.services.tenancy.attach({ orgId: world.orgId, kind: 'teams_tenant', externalId: TENANT });
  if (!claimed.ok) throw new Error(`fixture refused: ${claimed.error}`);
  // Slack requests from a workspace no organisation claims are refused: the test workspace is the world's.
  if (slack) await app.services.tenancy.attach({ orgId: world.orgId, kind: 'slack_team', externalId: 'T0TEST' });
  const userOf = (id: string, name: string) => teamsUser(id, name);
  const harness: TeamsHarness = {
    app,
    // Direct calls of the services return once their notices are out (see settled-services.ts).
    services: settledServices(app.services, () => app.idle()),
    db,
    world,
    connector,
    botUrl,
    serviceUrl,
    employee: (index = 0) => {
      const actor = world.employees[index];
      if (!actor) throw new Error(`no employee ${index}`);
      return userOf(actor.identity.userId, actor.displayName);
    },
    therapist: userOf(world.therapist.identity.userId, world.therapist.displayName),
    hr: userOf(world.hr.identity.userId, world.hr.displayName),
    channelId: world.channel.channelId,
    // Notices go out after the answer (as in production); wait for them so assertions see everything sent.
    // Every card sent or answered must keep the Teams card budget, or the test fails here, naming the card.
    async post(activity, headers) {
      const res = await postActivity(botUrl, activity, headers);
      await app.idle();
      assertCardBudget();
      return res;
    },
    slack,
    async postSlack(request) {
      const res = await postSigned(baseUrl, request);
      await app.idle();
      return res;
    },
    now: () => now,
    setNow: (instant) => void (now = instant),
    // After what earlier calls left running (notices settle after the answer), so only this step is compared.
    async snapshot() {
      await app.idle();
      return snapshotDatabase(db);
    },
    async close() {
      await app.close();
      await connector.stop();
      await slack?.stop();
      await db.close();
    },
  };
  if (options.install !== false && world.channel.platform === 'teams') {
    // The app is installed in the therapist's team: the bot learns how to reach the channel.
    const installed = await harness.post(teamInstall({ serviceUrl, user: harness.therapist, channelId: world.channel.channelId }));
    if (installed.status >= 300) throw new Error(`team install failed: ${installed.status}`);
    connector.reset();
  }
  return harness;
}
