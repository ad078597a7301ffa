// `npm run dev:teams`: the bot with demo data (DEMO_SEED) on http://localhost:3978/api/messages, and the Microsoft
// 365 Agents Playground pointed at it: a mocked Teams client (personal chat, a team with channels, Adaptive Cards)
// on http://localhost:56150 that needs no Microsoft 365 tenant. Ctrl-C stops both.
//   MONGODB_URI=mongodb://127.0.0.1:27018/ npm run dev:teams     # or without MONGODB_URI: embedded MongoDB
// The bot must run without an app id here: the Playground sends unauthenticated requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3978);
const endpoint = `http://localhost:${port}/api/messages`;
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

async function waitForHealth(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('bot stopped during start-up');
    try {
      const res = await fetch(`http://localhost:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the bot did not answer /healthz within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  if (process.env.MicrosoftAppId) {
    console.error('dev:teams: unset MicrosoftAppId: the Playground cannot authenticate, so the bot would answer 401.');
    process.exit(1);
  }
  run('bot', process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DEMO_SEED: 'true',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  await waitForHealth(180_000);
  const cli = join(dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
  run('playground', process.execPath, [cli, '-e', endpoint, '-c', 'msteams', '--disable-telemetry'], {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? 'none',
  });
  console.log(`dev:teams: bot on ${endpoint}; open the Playground at http://localhost:56150 (you are Alex Wilber, a demo employee)`);
}

main().catch((error: unknown) => {
  console.error(`dev:teams: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});
