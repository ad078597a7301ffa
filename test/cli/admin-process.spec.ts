// The real entry point, as an operator runs it: `node --import tsx src/cli/admin.ts ...`.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function admin(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/admin.ts', ...args],
      { cwd: root, env, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('cli: the admin process', function () {
  this.timeout(90_000);

  it('prints the help and exits 0', async () => {
    const r = await admin(['help']);
    expect(r.code, r.stderr).to.equal(0);
    for (const command of [
      'create-org',
      'set-policy',
      'add-therapist',
      'add-employee',
      'add-hr',
      'link-channel',
      'set-allowance',
      'import',
      'seed-demo',
      'sweep',
    ]) {
      expect(r.stdout).to.include(command);
    }
  });

  it('exits 2 on a usage error', async () => {
    const missing = await admin(['create-org', '--id', 'acme']);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.include('missing --name, --zone, --allowance');
  });

  it('without MONGODB_URI uses the local database `npm start` uses, as `npm start` does (no --embedded needed)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'admin-local-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_DATABASE: 'ferretdb', FERRETDB_DATA_DIR: dir };
      delete env.MONGODB_URI;
      const r = await admin(['show-org', '--org', 'nope'], env);
      expect(r.stderr).to.include('MONGODB_URI is not set: using the local database');
      expect(r.stderr).to.include('Refused: no organisation nope');
      expect(r.code).to.equal(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
