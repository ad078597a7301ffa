import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import mongoose from 'mongoose';
import { createLogger } from '../../src/log.js';
import {
  DatabaseUnavailableError,
  findGo,
  localStarters,
  openLocalDatabase,
  type LocalDatabase,
  type LocalDatabaseStarters,
} from '../../src/store/local-database.js';

/** Starters that record what was tried and succeed or fail as told. */
function fakeStarters(outcome: { mongo: 'up' | string; go: string | null; ferret: 'up' | string }) {
  const tried: string[] = [];
  const database = (kind: string): LocalDatabase => ({ uri: `mongodb://${kind}/`, kind, stop: async () => undefined });
  const starters: LocalDatabaseStarters = {
    async embeddedMongo() {
      tried.push('mongo');
      if (outcome.mongo !== 'up') throw new Error(`${outcome.mongo}\n    at a stack line`);
      return database('mongo');
    },
    findGo() {
      tried.push('go');
      return outcome.go;
    },
    async ferretDb(go) {
      tried.push(`ferret:${go}`);
      if (outcome.ferret !== 'up') throw new Error(outcome.ferret);
      return database('ferret');
    },
  };
  return { starters, tried };
}

async function refusal(attempt: Promise<LocalDatabase>): Promise<DatabaseUnavailableError> {
  try {
    await attempt;
  } catch (err) {
    expect(err).to.be.instanceOf(DatabaseUnavailableError);
    return err as DatabaseUnavailableError;
  }
  throw new Error('expected no database');
}

describe('local database: which one is started when MONGODB_URI is unset', () => {
  it('takes the embedded MongoDB when it starts, and does not look for Go', async () => {
    const { starters, tried } = fakeStarters({ mongo: 'up', go: '/usr/bin/go', ferret: 'up' });
    expect((await openLocalDatabase('auto', starters)).kind).to.equal('mongo');
    expect(tried).to.deep.equal(['mongo']);
  });

  it('falls back to FerretDB built with the Go it found, after one embedded attempt', async () => {
    const { starters, tried } = fakeStarters({ mongo: 'Download failed', go: '/opt/go/bin/go', ferret: 'up' });
    expect((await openLocalDatabase('auto', starters)).kind).to.equal('ferret');
    expect(tried).to.deep.equal(['mongo', 'go', 'ferret:/opt/go/bin/go']);
  });

  it('without Go, refuses with one sentence naming MONGODB_URI, both ways to get a database and why each failed', async () => {
    const { starters, tried } = fakeStarters({ mongo: 'Download failed for url', go: null, ferret: 'up' });
    const { message } = await refusal(openLocalDatabase('auto', starters));
    expect(tried).to.deep.equal(['mongo', 'go']);
    expect(message).to.include('MONGODB_URI').and.include('internet access').and.include('install Go');
    expect(message).to.include('embedded MongoDB: Download failed for url').and.include('FerretDB: Go is not installed');
    expect(message).to.not.include('\n').and.not.include('stack line');
  });

  it('says why FerretDB failed when Go was there but FerretDB did not come up', async () => {
    const { starters } = fakeStarters({ mongo: 'offline', go: '/usr/bin/go', ferret: 'the build failed (no module proxy)' });
    expect((await refusal(openLocalDatabase('auto', starters))).message).to.include('FerretDB: the build failed (no module proxy)');
  });

  it('LOCAL_DATABASE=mongodb never builds FerretDB; LOCAL_DATABASE=ferretdb skips the download attempt', async () => {
    const onlyMongo = fakeStarters({ mongo: 'offline', go: '/usr/bin/go', ferret: 'up' });
    await refusal(openLocalDatabase('mongodb', onlyMongo.starters));
    expect(onlyMongo.tried).to.deep.equal(['mongo']);
    const onlyFerret = fakeStarters({ mongo: 'up', go: '/usr/bin/go', ferret: 'up' });
    expect((await openLocalDatabase('ferretdb', onlyFerret.starters)).kind).to.equal('ferret');
    expect(onlyFerret.tried).to.deep.equal(['go', 'ferret:/usr/bin/go']);
  });
});

describe('local database: finding Go', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'find-go-'));
    await mkdir(join(dir, 'bin'));
    await writeFile(join(dir, 'bin', 'go'), '#!/bin/sh\n');
    await chmod(join(dir, 'bin', 'go'), 0o755);
    await mkdir(join(dir, 'not-executable'));
    await writeFile(join(dir, 'not-executable', 'go'), '');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('finds an executable go on the PATH, else in the extra install folders, else none', () => {
    expect(findGo(`${join(dir, 'not-executable')}:${join(dir, 'bin')}`, [])).to.equal(join(dir, 'bin', 'go'));
    expect(findGo('/nowhere', [join(dir, 'bin')])).to.equal(join(dir, 'bin', 'go'));
    expect(findGo(join(dir, 'not-executable'), ['/nowhere'])).to.equal(null);
  });
});

describe('local database: the project FerretDB for real', function () {
  // The first build on a machine with empty Go caches takes about a minute.
  this.timeout(180_000);

  it('builds (once) and starts FerretDB on loopback with data in the given folder, and stops it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ferret-real-'));
    const starters = localStarters({ ferretDataDir: dataDir, log: createLogger('silent') });
    if (!findGo()) {
      // A machine without Go (it then runs on the embedded MongoDB) must say so instead of starting anything.
      expect((await refusal(openLocalDatabase('ferretdb', starters))).message).to.include('Go is not installed');
      return;
    }
    const database = await openLocalDatabase('ferretdb', starters);
    try {
      expect(database.kind).to.equal('FerretDB (SQLite)');
      expect(database.uri).to.match(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
      const connection = await mongoose
        .createConnection(database.uri, { dbName: 'local_db_probe', serverSelectionTimeoutMS: 5000 })
        .asPromise();
      await connection.collection('probe').insertOne({ n: 1 });
      expect(await connection.collection('probe').countDocuments()).to.equal(1);
      await connection.close();
    } finally {
      await database.stop();
    }
    const port = Number(new URL(database.uri).port);
    const refused = await mongoose
      .createConnection(`mongodb://127.0.0.1:${port}/`, { serverSelectionTimeoutMS: 500 })
      .asPromise()
      .then(
        (c) => c.close().then(() => false),
        () => true,
      );
    expect(refused, 'FerretDB still answers after stop()').to.equal(true);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops by itself when the process that started it dies without stopping it', async () => {
    if (!findGo()) return; // covered by the refusal above on a machine without Go
    const dataDir = await mkdtemp(join(tmpdir(), 'ferret-orphan-'));
    const script = [
      "import { localStarters, openLocalDatabase } from './src/store/local-database.ts';",
      "import { createLogger } from './src/log.ts';",
      `const db = await openLocalDatabase('ferretdb', localStarters({ ferretDataDir: ${JSON.stringify(dataDir)}, log: createLogger('silent') }));`,
      'process.stdout.write(db.uri + "\\n");',
      'process.kill(process.pid, "SIGKILL");',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((done) => child.on('exit', done));
    const uri = out.trim();
    expect(uri).to.match(/^mongodb:\/\//);
    let answering = true;
    for (let i = 0; i < 50 && answering; i++) {
      await new Promise((r) => setTimeout(r, 100));
      answering = await mongoose
        .createConnection(uri, { serverSelectionTimeoutMS: 300 })
        .asPromise()
        .then(
          (c) => c.close().then(() => true),
          () => false,
        );
    }
    expect(answering, 'an orphaned FerretDB keeps running').to.equal(false);
    await rm(dataDir, { recursive: true, force: true });
  });
});
