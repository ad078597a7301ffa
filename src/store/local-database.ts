// Finding a database when MONGODB_URI is unset, for `npm start`, the operator CLI and the test run alike:
// first an embedded MongoDB (one download attempt, no retries), then the project's own FerretDB (already built, or
// built where Go is installed), else one sentence that says how to get a database. The decision is `openLocalDatabase`; the
// starters that do the work are separate so the order and the messages are tested without either database.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, existsSync, constants as fsConstants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.js';

export type LocalDatabaseChoice = 'auto' | 'mongodb' | 'ferretdb';

export interface LocalDatabase {
  uri: string;
  /** What was started, for the start-up log line: `embedded MongoDB` or `FerretDB (SQLite)`. */
  kind: string;
  stop(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/** The two ways to get a database, each able to say why it could not. */
export interface LocalDatabaseStarters {
  embeddedMongo(): Promise<LocalDatabase>;
  /** The `go` command to build FerretDB with, or null when there is none. */
  findGo(): string | null;
  /** True when a FerretDB binary is already built, so it can run without Go. */
  ferretDbBuilt?(): boolean;
  /** Builds FerretDB first when given Go (a no-op while the binary is up to date), else runs the built one. */
  ferretDb(go: string | null): Promise<LocalDatabase>;
}

/** An error as one short clause: its lines joined (a download error says why on its second line), without stack
 *  frames, so the refusal stays one sentence. */
export function oneLine(err: unknown, limit = 200): string {
  const text = (err instanceof Error ? err.message : String(err))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '))
    .join(' ')
    .replace(/,? Details:\s*$/, '')
    .replace(/Details: /, '');
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

export function noDatabaseMessage(reasons: string[]): string {
  return (
    `No database: MONGODB_URI is not set and no local database could be started (${reasons.join('; ')}). ` +
    'Set MONGODB_URI to a MongoDB 6+ server (e.g. MONGODB_URI=mongodb://127.0.0.1:27017/wellbeing), or get a local ' +
    'database one of two ways: run once with internet access so the embedded MongoDB can download its binary, ' +
    'or install Go 1.24+ (on the PATH or in /usr/local/go) so the project builds its own FerretDB.'
  );
}

/** Tries the starters in order and returns the first database that came up; never retries one that failed. */
export async function openLocalDatabase(choice: LocalDatabaseChoice, starters: LocalDatabaseStarters): Promise<LocalDatabase> {
  const reasons: string[] = [];
  if (choice !== 'ferretdb') {
    try {
      return await starters.embeddedMongo();
    } catch (err) {
      reasons.push(`embedded MongoDB: ${oneLine(err)}`);
    }
  }
  if (choice !== 'mongodb') {
    const go = starters.findGo();
    if (!go && !starters.ferretDbBuilt?.()) {
      reasons.push('FerretDB: Go is not installed and .ci/bin/ferretdb-ci is not built');
    } else {
      try {
        return await starters.ferretDb(go);
      } catch (err) {
        reasons.push(`FerretDB: ${oneLine(err)}`);
      }
    }
  }
  throw new DatabaseUnavailableError(noDatabaseMessage(reasons));
}

/** `go` on the PATH, else the standard install location that many machines leave off the PATH. */
export function findGo(path: string | undefined = process.env.PATH, extraDirs: string[] = ['/usr/local/go/bin']): string | null {
  const dirs = [...(path ?? '').split(delimiter).filter(Boolean), ...extraDirs];
  return dirs.map((dir) => join(dir, 'go')).find(isExecutable) ?? null;
}

export interface StarterOptions {
  /** Where the embedded MongoDB keeps its data; undefined for a throw-away in-memory one. */
  mongoDataDir?: string;
  /** Where FerretDB keeps its SQLite files. */
  ferretDataDir: string;
  log: Logger;
}

/** The real starters: mongodb-memory-server, and the FerretDB that `.ci/build-db.sh` builds. */
export function localStarters({ mongoDataDir, ferretDataDir, log }: StarterOptions): LocalDatabaseStarters {
  return {
    embeddedMongo: () => startEmbeddedMongo(mongoDataDir, log),
    findGo: () => findGo(),
    ferretDbBuilt: () => isExecutable(ferretDbBinary),
    ferretDb: (go) => startFerretDb(go, ferretDataDir, log),
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';

/**
 * Runs `work` with console output turned into log lines: mongodb-memory-server prints its download failures and
 * progress with console.* (a raw `Could NOT download …` line among JSON lines breaks log parsing). The failure
 * itself is reported by the error it throws; these lines are kept at debug level.
 */
async function withConsoleLogged<T>(log: Logger, work: () => Promise<T>): Promise<T> {
  const target = globalThis.console;
  const methods: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];
  const saved = methods.map((m) => [m, target[m]] as const);
  const lib = log.child({ component: 'mongodb-memory-server' });
  for (const m of methods)
    target[m] = (...args: unknown[]) => lib.debug({ said: args.map(String).join(' ').trim().slice(0, 500) }, 'library output');
  try {
    return await work();
  } finally {
    for (const [m, original] of saved) target[m] = original;
  }
}

async function startEmbeddedMongo(dataDir: string | undefined, log: Logger): Promise<LocalDatabase> {
  try {
    return await withConsoleLogged(log, () => embeddedMongo(dataDir, log));
  } catch (err) {
    // Said here, as one JSON line, because a fallback to FerretDB that works would otherwise hide why.
    log.info({ cause: oneLine(err) }, 'embedded MongoDB could not be started');
    throw err;
  }
}

async function embeddedMongo(dataDir: string | undefined, log: Logger): Promise<LocalDatabase> {
  const { MongoBinary, MongoMemoryServer } = await import('mongodb-memory-server-core');
  const { setDefaultValue, ResolveConfigVariables } = await import('mongodb-memory-server-core/lib/util/resolveConfig.js');
  // One attempt: offline, the library's default of three attempts with back-off only delays the fallback.
  setDefaultValue(ResolveConfigVariables.MAX_RETRIES, '1');
  // Resolving the binary first keeps a failed download to one line: starting the server directly would also
  // print the library's own stack trace for the same failure.
  await MongoBinary.getPath();
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const server = await MongoMemoryServer.create(dataDir ? { instance: { dbPath: dataDir, storageEngine: 'wiredTiger' } } : {});
  log.info({ dataDir: dataDir ?? null }, 'embedded MongoDB started');
  return { uri: server.getUri(), kind: 'embedded MongoDB', stop: async () => void (await server.stop({ doCleanup: !dataDir })) };
}

/** The package root, found from this module whether it runs as src/store (tsx) or as dist/store (compiled). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, '.ci', 'build-db.sh'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}

const ciDir = join(packageRoot(), '.ci');
export const ferretDbBinary = join(ciDir, 'bin', 'ferretdb-ci');

/** Runs `.ci/build-db.sh`, which builds the binary once and keeps it while its sources are unchanged. */
async function buildFerretDb(go: string, log: Logger): Promise<void> {
  log.info('building the local FerretDB if needed (the first build takes about a minute)');
  const child = spawn('bash', [join(ciDir, 'build-db.sh')], {
    env: { ...process.env, PATH: [dirname(go), process.env.PATH ?? ''].join(delimiter) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output = collectTail(child);
  const code = await new Promise<number | null>((done) => child.on('close', done).on('error', () => done(null)));
  if (code !== 0) throw new Error(`the build failed (${output().split('\n').filter(Boolean).pop() ?? `exit ${code}`})`);
}

function collectTail(child: ChildProcess, limit = 4000): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-limit)));
  return () => tail;
}

export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free loopback port');
  return address.port;
}

const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

async function startFerretDb(go: string | null, dataDir: string, log: Logger): Promise<LocalDatabase> {
  // Without Go, the binary built earlier is used as it is (it may predate a change of its sources).
  if (go) await buildFerretDb(go, log);
  else log.info('Go is not installed: using the FerretDB built earlier');
  await mkdir(dataDir, { recursive: true });
  const port = await freeLoopbackPort();
  // stdin is a pipe we never write to: if this process dies without stopping FerretDB, the pipe closes and
  // FerretDB stops itself (-stop-on-stdin-eof).
  const child = spawn(ferretDbBinary, ['-listen', `127.0.0.1:${port}`, '-data-dir', dataDir, '-log-level', 'warn', '-stop-on-stdin-eof'], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const output = collectTail(child);
  let exited = false;
  const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));
  child.once('error', () => (exited = true));
  const deadline = Date.now() + 30_000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`it did not start (${output().split('\n').filter(Boolean).pop() ?? 'no answer within 30 s'})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  log.info({ port, dataDir }, 'local FerretDB started');
  const stop = async () => {
    if (exited) return;
    child.stdin?.end();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(killer);
  };
  return { uri: `mongodb://127.0.0.1:${port}/`, kind: 'FerretDB (SQLite)', stop };
}
