// Entry point: .env + environment -> config -> database -> app -> listen; a periodic sweep; graceful shutdown on
// SIGTERM/SIGINT.
import type { AddressInfo } from 'node:net';
import { ConfigError, listenHost, loadConfig, loadDotEnv } from './config.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';
import { countSweepRepairs } from './metrics.js';
import { connectDatabase, DatabaseUnavailableError } from './store/connection.js';
import { localStarters, openLocalDatabase } from './store/local-database.js';

async function main(): Promise<void> {
  const fromDotEnv = loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  if (fromDotEnv.length > 0) log.info({ settings: fromDotEnv }, 'settings read from .env');
  const local = config.MONGODB_URI
    ? null
    : await openLocalDatabase(
        config.LOCAL_DATABASE,
        localStarters({ mongoDataDir: config.MONGODB_DATA_DIR, ferretDataDir: config.FERRETDB_DATA_DIR, log }),
      );
  if (local) log.info({ database: local.kind }, 'MONGODB_URI is not set: using a local database');
  const db = await connectDatabase(config.MONGODB_URI ?? local?.uri ?? '');
  const app = createApp({ config, db, log });
  if (config.DEMO_SEED) {
    const { seedDemo } = await import('./cli/seed-demo.js');
    log.info({ seeded: await seedDemo(app.services) }, 'demo data ready');
  }
  const server = await app.listen(config.PORT, listenHost(config));
  const { address, port } = server.address() as AddressInfo;
  log.info({ address, port, slack: Boolean(app.slack), teams: true }, 'listening');

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
    await app.close();
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
  if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Start-up failed: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
});
