// The app as production runs it: compiled once per test run with tsconfig.build.json, started with `node main.js`.
// The build goes under dist/ (git- and lint-ignored) so the compiled files find node_modules, cards/ and .ci/ from
// the package root exactly as dist/main.js does.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
let built: Promise<string> | null = null;

/** Compiles src/ once for the whole run (a build with type errors fails here, as `npm run build` would) and returns the folder holding main.js. */
export function buildOnce(): Promise<string> {
  built ??= (async () => {
    const outDir = join(root, 'dist', `.runtime-test-${process.pid}`);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // Removed when the run ends (mocha --exit too), not after one file: the next file would build it again.
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir, '--sourceMap', 'false']);
    return outDir;
  })();
  return built;
}

export interface Running {
  child: ChildProcess;
  /** stdout and stderr as received so far. */
  output(): string;
  stderr(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts the compiled app in an empty working directory (no .env there) with only the given environment. */
export async function startCompiled(env: Record<string, string>): Promise<Running> {
  const outDir = await buildOnce();
  const cwd = await mkdtemp(join(tmpdir(), 'wb-compiled-'));
  const child = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => ((err += d.toString()), (out += d.toString())));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  void exited.finally(() => rm(cwd, { recursive: true, force: true }));
  return {
    child,
    output: () => out,
    stderr: () => err,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls `url` until it answers 200, the process exits, or `ms` pass. */
export async function waitForOk(url: string, running: Running, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`the app exited (${running.child.exitCode}):\n${running.output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${ms} ms:\n${running.output()}`);
}
