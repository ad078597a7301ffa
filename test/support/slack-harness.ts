// The whole app as production builds it (createApp), on an ephemeral port, with the Slack Web API replaced by the
// local stub and a clock the test moves. Slack tests drive it only through signed HTTP requests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import type { CoreServices } from '../../src/services/index.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase, snapshotDatabase } from './db.js';
import { settledServices } from './settled-services.js';
import { seedWorld, type World, type WorldOptions } from './fixtures.js';
import { SlackApiStub } from './slack-api-stub.js';
import { problemsError, takeProblems } from './slack-blockkit.js';
import { postSigned, TEAM_ID, TEST_SIGNING_SECRET, type SignOptions, type SlackRequest } from './slack-requests.js';

export interface SlackHarness {
  url: string;
  stub: SlackApiStub;
  app: App;
  db: Database;
  services: CoreServices;
  world: World;
  now(): Date;
  setNow(instant: Date): void;
  post(request: SlackRequest, opts?: SignOptions): Promise<{ status: number; body: string }>;
  /** Every collection's documents, to assert that a refused request changed nothing. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_START = new Date('2030-01-07T10:00:00Z');

export async function openSlackHarness(
  suite: string,
  opts: { start?: Date; world?: WorldOptions; log?: Logger; env?: Record<string, string> } = {},
): Promise<SlackHarness> {
  const stub = await new SlackApiStub().start();
  const db = await openTestDatabase(`slack_${suite}`);
  let now = opts.start ?? DEFAULT_START;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: stub.apiUrl,
    ...opts.env,
  });
  const app = createApp({ config, db, log: opts.log ?? createLogger('silent'), clock: () => now });
  const server: Server = await app.listen(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const world = await seedWorld(app.services, opts.world);
  // Requests from a workspace no organisation claims are refused, so the test workspace is claimed by the world's.
  const attached = await app.services.tenancy.attach({ orgId: world.orgId, kind: 'slack_team', externalId: TEAM_ID });
  if (!attached.ok) throw new Error(`fixture refused: ${attached.error}`);
  stub.memberOf.add(world.channel.channelId);
  return {
    url,
    stub,
    app,
    db,
    services: settledServices(app.services, () => app.idle()),
    world,
    now: () => now,
    setNow: (instant) => void (now = instant),
    // Listener work continues after the HTTP answer; wait for it so assertions see everything it did.
    // Everything sent to Slack (and any view or message in the answer) must respect Block Kit's limits: the stand-in
    // and postSigned note what Slack would reject, and the test fails here, at the step that sent it.
    async post(request, signOpts) {
      const res = await postSigned(url, request, signOpts);
      await app.idle();
      const problems = takeProblems();
      if (problems.length > 0) throw problemsError(problems);
      return res;
    },
    // After what earlier calls left running (notices settle after the answer), so only this step is compared.
    async snapshot() {
      await app.idle();
      return snapshotDatabase(db);
    },
    async close() {
      await app.close();
      await stub.stop();
      await db.close();
    },
  };
}
