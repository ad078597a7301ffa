// Teams benchmark: message and Action.Execute invoke activities POSTed to the real app (createApp, real database,
// Bot Connector answered by the local stand-in), beside a bare CloudAdapter echo bot on express answering the same
// activities, in the same run. Time to HTTP response (p50 / p99) and throughput, closed loop at a fixed
// concurrency; loopback only, bounded loops.
//   MONGODB_URI=mongodb://127.0.0.1:27018/ node --import tsx bench/teams.ts
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AdaptiveCardInvokeResponse, Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import express from 'express';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { openTestDatabase } from '../test/support/db.js';
import { seedWorld } from '../test/support/fixtures.js';
import {
  cardInvoke,
  personalMessage,
  postActivity,
  teamInstall,
  TENANT,
  teamsUser,
  type TeamsActivity,
} from '../test/support/teams-activities.js';
import { TeamsConnectorStub } from '../test/support/teams-connector-stub.js';
import { benchRow, formatTable, runClients, type BenchRow } from './support.js';

const CONCURRENCY = Number(process.env.TEAMS_BENCH_CONCURRENCY ?? 20);
const REQUESTS = Number(process.env.TEAMS_BENCH_REQUESTS ?? 400);
const BASELINE = 'bare CloudAdapter echo';

/** The smallest bot on the same stack: echoes messages, answers invokes with a one-line card. */
class EchoBot extends ActivityHandler {
  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  }

  protected override async onAdaptiveCardInvoke(): Promise<AdaptiveCardInvokeResponse> {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages` };
}

async function startEchoBot(): Promise<{ server: Server; url: string }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppType: 'MultiTenant' }));
  const bot = new EchoBot();
  const app = express();
  app.post('/api/messages', express.json({ limit: '256kb' }), (req, res) =>
    adapter.process(req as unknown as BotRequest, res as unknown as BotResponse, (context) => bot.run(context)),
  );
  return listen(app);
}

export async function runTeamsBench(): Promise<BenchRow[]> {
  const connector = new TeamsConnectorStub();
  const serviceUrl = await connector.start();
  const db = await openTestDatabase('bench_teams');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MONGODB_URI: 'mongodb://unused' });
  const app = createApp({ config, db, log: createLogger('silent') });
  const appServer = await app.listen(0);
  const appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}/api/messages`;
  const echo = await startEchoBot();
  try {
    const world = await seedWorld(app.services, {
      employeePlatform: 'teams',
      therapistPlatform: 'teams',
      employees: CONCURRENCY,
      slotCount: 4,
    });
    // Unclaimed tenants are refused by the tenancy gate: the benchmark's tenant is the world's.
    await app.services.tenancy.attach({ orgId: world.orgId, kind: 'teams_tenant', externalId: TENANT });
    const employees = world.employees.map((e) => teamsUser(e.identity.userId, e.displayName));
    const therapist = teamsUser(world.therapist.identity.userId, world.therapist.displayName);
    await postActivity(appUrl, teamInstall({ serviceUrl, user: therapist, channelId: world.channel.channelId }));
    // Warm-up: each employee's chat reference is stored and their thread opened, as in steady use.
    for (const user of employees) await postActivity(appUrl, personalMessage({ serviceUrl, user, text: 'warm-up' }));

    const opsPerClient = Math.max(1, Math.floor(REQUESTS / CONCURRENCY));
    const user = (client: number) => employees[client % employees.length] ?? employees[0]!;
    const scenarios: { name: string; activity: (client: number, i: number) => TeamsActivity; expect: number }[] = [
      {
        name: 'message: relay to therapist thread',
        activity: (c, i) => personalMessage({ serviceUrl, user: user(c), text: `message ${i}` }),
        expect: 200,
      },
      {
        name: 'message: sessions command (card)',
        activity: (c) => personalMessage({ serviceUrl, user: user(c), text: 'sessions' }),
        expect: 200,
      },
      { name: 'invoke: home card (Action.Execute)', activity: (c) => cardInvoke({ serviceUrl, user: user(c), verb: 'home' }), expect: 200 },
    ];
    const rows: BenchRow[] = [];
    for (const scenario of scenarios) {
      const run = (url: string) =>
        runClients(
          CONCURRENCY,
          opsPerClient,
          async (client, i) => (await postActivity(url, scenario.activity(client, i))).status === scenario.expect,
        );
      const baseline = await run(echo.url);
      const measured = await run(appUrl);
      const row = benchRow(`teams: ${scenario.name} (c=${CONCURRENCY})`, CONCURRENCY, measured, BASELINE, baseline);
      rows.push(measured.errors ? { ...row, name: `${row.name} [${measured.errors} errors]` } : row);
    }
    return rows;
  } finally {
    await app.close();
    await new Promise<void>((resolve) => echo.server.close(() => resolve()));
    echo.server.closeAllConnections();
    await connector.stop();
    await db.close();
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  runTeamsBench()
    .then((rows) => {
      console.log(formatTable(rows));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
