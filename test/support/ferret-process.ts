// A FerretDB server of a test's own (the project's binary, as src/store/local-database.ts starts it), which the
// test may kill and start again on the same port and data folder: a database outage, mid-traffic.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ferretDbBinary, freeLoopbackPort } from '../../src/store/local-database.js';

const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

export class FerretProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  static async create(): Promise<FerretProcess> {
    return new FerretProcess(await freeLoopbackPort(), await mkdtemp(join(tmpdir(), 'wellbeing-outage-db-')));
  }

  get uri(): string {
    return `mongodb://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    // stdin stays open: should the test process die, FerretDB stops itself (-stop-on-stdin-eof).
    const child = spawn(
      ferretDbBinary,
      ['-listen', `127.0.0.1:${this.port}`, '-handler', 'sqlite', '-data-dir', this.dataDir, '-log-level', 'error', '-stop-on-stdin-eof'],
      { stdio: ['pipe', 'ignore', 'ignore'] },
    );
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    const deadline = Date.now() + 20_000;
    while (!(await accepts(this.port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error('FerretDB did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The outage: the server is gone at once, as after a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await this.exited;
  }

  async remove(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
