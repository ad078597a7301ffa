// The test run's one database server (a mocha global fixture, listed in .mocharc.json): MONGODB_URI when set,
// otherwise the local database that `npm start` would use (embedded MongoDB, else the project's FerretDB in a
// throw-away folder), started once before the first suite and stopped after the last. Each suite then opens
// its own database on it (db.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import {
  DatabaseUnavailableError,
  localStarters,
  openLocalDatabase,
  type LocalDatabase,
  type LocalDatabaseChoice,
} from '../../src/store/local-database.js';

let started: { database: LocalDatabase; dataDir: string } | null = null;

const choices: LocalDatabaseChoice[] = ['auto', 'mongodb', 'ferretdb'];

export async function mochaGlobalSetup(): Promise<void> {
  // A developer's .env may name their MONGODB_URI or LOCAL_DATABASE; the real environment still wins.
  loadDotEnv();
  if (process.env.MONGODB_URI?.trim()) return;
  const choice = choices.find((c) => c === process.env.LOCAL_DATABASE) ?? 'auto';
  const dataDir = await mkdtemp(join(tmpdir(), 'wellbeing-test-db-'));
  try {
    const database = await openLocalDatabase(choice, localStarters({ ferretDataDir: dataDir, log: createLogger('warn') }));
    started = { database, dataDir };
    // Suites, and the processes some of them spawn, find the server here.
    process.env.MONGODB_URI = database.uri;
    process.stderr.write(`test database: ${database.kind} at ${database.uri} (MONGODB_URI is not set)\n`);
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

export async function mochaGlobalTeardown(): Promise<void> {
  if (!started) return;
  await started.database.stop();
  await rm(started.dataDir, { recursive: true, force: true });
  delete process.env.MONGODB_URI;
  started = null;
}
