// Entry point: config -> database -> app -> listen; a periodic sweep; graceful shutdown on SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';
import { connectDatabase, DatabaseUnavailableError, startEmbeddedMongo } from './store/connection.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const embedded = config.MONGODB_URI ? null : await startEmbeddedMongo(config.MONGODB_DATA_DIR, log);
  const db = await connectDatabase(config.MONGODB_URI ?? embedded?.uri ?? '');
  const app = createApp({ config, db, log });
  if (config.DEMO_SEED) {
    const { seedDemo } = await import('./cli/seed-demo.js');
    log.info({ seeded: await seedDemo(app.services) }, 'demo data ready');
  }
  const server = await app.listen(config.PORT);
  log.info({ port: config.PORT, slack: Boolean(app.slack), teams: true }, 'listening');

  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    app.services
      .sweep()
      .then((report) => log.debug({ report }, 'sweep done'))
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
    await embedded?.stop();
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
