import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { findGo, freeLoopbackPort } from '../../src/store/local-database.js';

describe('npm start without MONGODB_URI', function () {
  // Loading the app through tsx takes seconds on a busy machine; a first FerretDB build about a minute.
  this.timeout(180_000);

  it('starts the local FerretDB with data in FERRETDB_DATA_DIR, answers /readyz on loopback, and stops it on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wb-start-local-'));
    const port = await freeLoopbackPort();
    // LOCAL_DATABASE=ferretdb skips the MongoDB download, which cannot succeed on an offline CI machine.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'info',
        PORT: String(port),
        LOCAL_DATABASE: 'ferretdb',
        FERRETDB_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = once(child, 'exit');
    try {
      if (!findGo()) {
        // Without Go there is no local FerretDB: the one sentence, exit 1.
        expect((await exited)[0]).to.equal(1);
        expect(out).to.include('MONGODB_URI').and.include('Go is not installed').and.not.include('    at ');
        return;
      }
      for (let i = 0; i < 1500 && !out.includes('"listening"'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).to.include('local FerretDB started').and.include('"address":"127.0.0.1"');
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).to.equal(200);
      expect((await readdir(dataDir)).length, 'no data in FERRETDB_DATA_DIR').to.be.greaterThan(0);
      const ferretPort = Number(/"port":(\d+),"dataDir"/.exec(out)?.[1]);
      child.kill('SIGTERM');
      expect((await exited)[0]).to.equal(0);
      expect(ferretPort).to.be.greaterThan(0);
      const stillUp = await new Promise<boolean>((done) => {
        const socket = connect(ferretPort, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), done(true)));
        socket.once('error', () => done(false));
      });
      expect(stillUp, 'FerretDB still listens after npm start stopped').to.equal(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
