// Operator paths that used to end badly: probes logged as `other`, a port in use, a raw line from the embedded
// MongoDB's download among the JSON log lines, a no-database sentence ending in an empty "Details:", and a FerretDB
// built earlier ignored because Go is not installed.
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { ListenError } from '../../src/http/listen.js';
import {
  ferretDbBinary,
  findGo,
  freeLoopbackPort,
  oneLine,
  openLocalDatabase,
  type LocalDatabase,
  type LocalDatabaseStarters,
} from '../../src/store/local-database.js';
import { openTestDatabase } from '../support/db.js';
import { buildOnce, startCompiled } from './compiled-app.js';

describe('operator paths', () => {
  it('logs /livez, /readyz, /healthz and /metrics as surface "health"', async () => {
    const sink = new PassThrough();
    let written = '';
    sink.on('data', (d: Buffer) => (written += d.toString()));
    const db = await openTestDatabase('health_surface');
    const app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log: createLogger('info', sink) });
    const server = await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/livez', '/readyz', '/healthz', '/metrics']) await (await fetch(`${base}${path}`)).text();
      await new Promise((r) => setTimeout(r, 50));
      const lines = written
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string; surface?: string });
      const requests = lines.filter((l) => l.msg === 'http request');
      expect(requests.map((l) => l.surface)).to.deep.equal(['health', 'health', 'health', 'health']);
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('a port in use rejects the listen with one sentence naming the port and PORT', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as AddressInfo).port;
    const db = await openTestDatabase('port_in_use');
    const app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log: createLogger('silent') });
    try {
      const failure = await app.listen(port, '127.0.0.1').then(
        () => null,
        (err: unknown) => err,
      );
      expect(failure).to.be.instanceOf(ListenError);
      expect((failure as Error).message)
        .to.include(`Port ${port} is already in use`)
        .and.include('set PORT')
        .and.not.include('\n');
    } finally {
      taken.close();
      await app.close();
      await db.close();
    }
  });

  it('a download failure reads as one clause: no empty "Details:", no stack frames', () => {
    const download = new Error('Download failed for url "http://127.0.0.1:9/m.tgz", Details:\nconnect ECONNREFUSED 127.0.0.1:9');
    expect(oneLine(download)).to.equal('Download failed for url "http://127.0.0.1:9/m.tgz", connect ECONNREFUSED 127.0.0.1:9');
    expect(oneLine(new Error('Download failed for url "x", Details:\n'))).to.equal('Download failed for url "x"');
    expect(oneLine(new Error('boom\n    at f (file.js:1:1)'))).to.equal('boom');
  });

  it('without Go, a FerretDB built earlier is started as it is; without either, the sentence says both', async () => {
    const calls: (string | null)[] = [];
    const starters = (built: boolean): LocalDatabaseStarters => ({
      embeddedMongo: () => Promise.reject(new Error('Download failed for url "u", Details:\noffline')),
      findGo: () => null,
      ferretDbBuilt: () => built,
      ferretDb: async (go): Promise<LocalDatabase> => {
        calls.push(go);
        return { uri: 'mongodb://ferret/', kind: 'FerretDB (SQLite)', stop: async () => undefined };
      },
    });
    expect((await openLocalDatabase('auto', starters(true))).kind).to.equal('FerretDB (SQLite)');
    expect(calls).to.deep.equal([null]);
    const refusal = await openLocalDatabase('auto', starters(false)).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(refusal).to.include('embedded MongoDB: Download failed for url "u", offline;').and.include('Go is not installed');
    expect(refusal).to.not.include('Details:');
  });
});

describe('operator paths: a start without MONGODB_URI', function () {
  // The compiled app (one build per run); a first FerretDB build takes about a minute where it was never built.
  this.timeout(180_000);
  before(async () => void (await buildOnce()));

  it('prints only JSON lines while the embedded MongoDB fails to download and FerretDB takes over', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wb-json-only-'));
    const port = await freeLoopbackPort();
    const app = await startCompiled({
      PORT: String(port),
      // A refused download (nothing listens on port 9), never a real one, and no cached binary to find.
      MONGOMS_DOWNLOAD_URL: 'http://127.0.0.1:9/mongodb.tgz',
      MONGOMS_DOWNLOAD_DIR: join(dir, 'mongodb-binaries'),
      MONGODB_DATA_DIR: join(dir, 'mongodb'),
      FERRETDB_DATA_DIR: join(dir, 'ferretdb'),
    });
    try {
      const hasFerret = findGo() !== null || (await import('node:fs')).existsSync(ferretDbBinary);
      for (let i = 0; i < 1500 && app.child.exitCode === null && !app.output().includes('"listening"'); i++)
        await new Promise((r) => setTimeout(r, 100));
      if (hasFerret) {
        expect(app.output())
          .to.include('embedded MongoDB could not be started')
          .and.include('local FerretDB started')
          .and.include('"listening"');
        app.child.kill('SIGTERM');
        expect(await app.exited).to.equal(0);
        const lines = app.output().trim().split('\n');
        for (const line of lines) expect(() => JSON.parse(line), line).to.not.throw();
        expect(app.output()).to.not.include('Could NOT download');
      } else {
        expect(await app.exited).to.equal(1);
        expect(app.stderr()).to.include('MONGODB_URI').and.not.include('Details:;');
      }
    } finally {
      await app.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
