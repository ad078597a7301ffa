// Entry point: .env + environment -> config -> database -> app -> listen; a periodic sweep; graceful shutdown on
// SIGTERM/SIGINT. Production runs the compiled file (`node dist/main.js`) so the signals reach this process.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, listenHost, loadConfig, loadDotEnv, type Config } from './config.js';
import { createLogger, type Logger } from './log.js';
import { createApp } from './app.js';
import { ListenError } from './http/listen.js';
import { countSweepRepairs } from './metrics.js';
import { connectDatabase, DatabaseUnavailableError } from './store/connection.js';
import { localStarters, openLocalDatabase, type LocalDatabase } from './store/local-database.js';

/** How long a stop waits for requests in flight before closing their connections: below docker stop's 10 s. */
const DRAIN_DEADLINE_MS = 8_000;

async function main(): Promise<void> {
  const fromDotEnv = loadDotEnv();
  const config = loadConfig(process.env, { serving: true });
  const log = createLogger(config.LOG_LEVEL);
  if (fromDotEnv.length > 0) log.info({ settings: fromDotEnv }, 'settings read from .env');
  let local: LocalDatabase | null = null;
  if (!config.MONGODB_URI) {
    const starters = localStarters({ mongoDataDir: config.MONGODB_DATA_DIR, ferretDataDir: config.FERRETDB_DATA_DIR, log });
    local = await openLocalDatabase(config.LOCAL_DATABASE, starters);
    log.info({ database: local.kind }, 'MONGODB_URI is not set: using a local database');
  }
  try {
    await serve(config, config.MONGODB_URI ?? local?.uri ?? '', local, log);
  } catch (err) {
    await local?.stop();
    throw err;
  }
}

async function serve(config: Config, uri: string, local: LocalDatabase | null, log: Logger): Promise<void> {
  const db = await connectDatabase(uri);
  const app = createApp({ config, db, log });
  if (config.DEMO_SEED) {
    const { seedDemo } = await import('./cli/seed-demo.js');
    log.info({ seeded: await seedDemo(app.services) }, 'demo data ready');
  }
  let server: Server;
  try {
    server = await app.listen(config.PORT, listenHost(config));
  } catch (err) {
    await db.close();
    throw err;
  }
  const { address, port } = server.address() as AddressInfo;
  log.info({ address, port, slack: Boolean(app.slack), teams: Boolean(app.teams) }, 'listening');

  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    app.services
      .sweep()
      .then((report) => {
        countSweepRepairs(report);
        log.debug({ report }, 'sweep done');
      })
      .catch((err: Error) => log.error({ err: { type: err.name } }, 'sweep failed'))
      .finally(() => (sweeping = false));
  }, config.SWEEP_INTERVAL_SECONDS * 1000);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    clearInterval(timer);
    // A client that holds a request open past the deadline is cut off, so the stop finishes before a SIGKILL.
    const deadline = setTimeout(() => {
      log.warn({ afterMs: DRAIN_DEADLINE_MS }, 'requests still open at the drain deadline: closing their connections');
      server.closeAllConnections();
    }, DRAIN_DEADLINE_MS);
    await app.close();
    clearTimeout(deadline);
    await db.close();
    await local?.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  server.on('error', (err) => {
    log.fatal({ err: { type: err.name } }, 'server error');
    process.exit(1);
  });
}

main().catch((err: unknown) => {
  // Start-up problems are for the operator's terminal: one clear paragraph, no stack for known causes.
  if (err instanceof ConfigError || err instanceof DatabaseUnavailableError || err instanceof ListenError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
});
