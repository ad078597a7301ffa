import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger, withCorrelation } from '../../src/log.js';
import { createApp } from '../../src/app.js';
import { openTestDatabase, serverUri } from '../support/db.js';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

function runMain(env: Record<string, string>): { child: ReturnType<typeof spawn>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

describe('runtime', () => {
  it('refuses to start with a clear list of every configuration problem', () => {
    const attempt = () => loadConfig({ NODE_ENV: 'production', PORT: 'abc', SLACK_BOT_TOKEN: 'x', MicrosoftAppPassword: 'p' });
    expect(attempt).to.throw(ConfigError);
    try {
      attempt();
    } catch (err) {
      const { problems } = err as ConfigError;
      expect(problems.join('\n'))
        .to.include('PORT')
        .and.include('MONGODB_URI')
        .and.include('MicrosoftAppId')
        .and.include('SLACK_SIGNING_SECRET');
    }
    expect(loadConfig({}).PORT).to.equal(3978);
  });

  it('never logs relayed text, reasons, names or tokens', async () => {
    const sink = new PassThrough();
    let written = '';
    sink.on('data', (d: Buffer) => (written += d.toString()));
    const log = createLogger('info', sink);
    log.info(
      { text: 'I feel anxious', reason: 'panic attack', displayName: 'Ana', token: 'xoxb-1', payload: { a: 1 }, requestId: 'r1' },
      'relayed',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).to.include('relayed').and.include('r1');
    for (const secret of ['anxious', 'panic', 'Ana', 'xoxb']) expect(written).to.not.include(secret);
  });

  it("tags every line logged while serving a request with that request's correlation id", async () => {
    const sink = new PassThrough();
    const lines: { correlationId?: string; msg: string }[] = [];
    sink.on('data', (d: Buffer) =>
      lines.push(
        ...d
          .toString()
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { correlationId?: string; msg: string }),
      ),
    );
    const log = createLogger('info', sink);
    await Promise.all(
      ['a', 'b'].map((id) =>
        withCorrelation(async () => {
          log.info('start');
          await new Promise((resolve) => setTimeout(resolve, 5));
          log.info('after await');
        }, id),
      ),
    );
    log.info('outside');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((l) => l.correlationId === 'a').map((l) => l.msg)).to.deep.equal(['start', 'after await']);
    expect(lines.filter((l) => l.correlationId === 'b')).to.have.length(2);
    expect(lines.find((l) => l.msg === 'outside')?.correlationId).to.equal(undefined);
  });

  it('serves /healthz with a database ping', async () => {
    const db = await openTestDatabase('health');
    const app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log: createLogger('silent') });
    const server = await app.listen(0);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ status: 'ok' });
    await app.close();
    await db.close();
  });

  it('npm start: listens, then on SIGTERM finishes and exits 0', async function () {
    // Loading Bolt and botbuilder through tsx alone takes 5 s or more on a busy CI machine.
    this.timeout(60_000);
    const port = await freePort();
    const { child, output } = runMain({ MONGODB_URI: `${await serverUri()}runtime_main`, PORT: String(port) });
    for (let i = 0; i < 450 && !output().includes('listening'); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).to.equal(0);
    expect(output()).to.include('stopped');
  });

  it('without MONGODB_URI and no embedded MongoDB to be had, exits with one sentence naming MONGODB_URI', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wb-nodb-'));
    const { child, output } = runMain({
      MONGODB_DATA_DIR: dataDir,
      LOCAL_DATABASE: 'mongodb',
      MONGOMS_DOWNLOAD_URL: 'http://127.0.0.1:9/mongodb.tgz',
      MONGOMS_DOWNLOAD_DIR: dataDir,
      PORT: String(await freePort()),
    });
    const [code] = await once(child, 'exit');
    expect(code).to.equal(1);
    expect(output()).to.match(/MONGODB_URI/);
  });
});
