// `npm run dev:teams`: the bot with demo data (DEMO_SEED) on http://127.0.0.1:3978/api/messages (loopback only),
// and the Microsoft 365 Agents Playground pointed at it: a mocked Teams client (personal chat, a team with
// channels, Adaptive Cards) on port 56150 that needs no Microsoft 365 tenant. When a default port is taken a
// free one is used instead, and the ports printed are the ones really in use. Ctrl-C stops both.
//   npm run dev:teams      # MONGODB_URI from the environment or .env, else the local database `npm start` uses
// The bot must run without an app id here: the Playground sends unauthenticated requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDotEnv } from '../src/config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
loadDotEnv(join(root, '.env'));
const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`dev:teams: ${name} exited (${signal ?? code}); stopping`);
    stopAll(code ?? 0);
  });
  return child;
}

/** `preferred` when it is free on loopback, else a port the system picks. */
async function portToUse(preferred: number): Promise<number> {
  const listenOn = (port: number) =>
    new Promise<number | null>((done) => {
      const server = createServer();
      server.once('error', () => done(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(address && typeof address === 'object' ? address.port : null));
      });
    });
  const port = (await listenOn(preferred)) ?? (await listenOn(0));
  if (port === null) throw new Error('no free port on 127.0.0.1');
  return port;
}

async function waitForHealth(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('bot stopped during start-up');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the bot did not answer /readyz within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  if (process.env.MicrosoftAppId) {
    console.error('dev:teams: unset MicrosoftAppId: the Playground cannot authenticate, so the bot would answer 401.');
    process.exit(1);
  }
  // An explicit PORT is used as given (a clash then stops the bot with its own message); the default may move.
  const port = process.env.PORT ? Number(process.env.PORT) : await portToUse(3978);
  const endpoint = `http://127.0.0.1:${port}/api/messages`;
  const playgroundPort = await portToUse(56150);
  run('bot', process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_SEED: 'true',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  await waitForHealth(port, 180_000);
  const cli = join(dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
  run('playground', process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'], {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
  });
  console.log(
    `dev:teams: bot on ${endpoint}; open the Playground at http://localhost:${playgroundPort} (you are Alex Wilber, a demo employee)`,
  );
}

main().catch((error: unknown) => {
  console.error(`dev:teams: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});
