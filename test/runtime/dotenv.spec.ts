import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { listenHost, loadConfig, loadDotEnv } from '../../src/config.js';

describe('configuration: .env and the listening address', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'dotenv-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('fills in what the environment does not set from .env; the environment wins, also when it sets ""', async () => {
    const file = join(dir, '.env');
    await writeFile(file, '# a comment\nPORT=4000\nLOG_LEVEL=debug\nSMTP_URL="smtp://mail.example:25"\nEMAIL_FROM=\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn', EMAIL_FROM: '' };
    expect(loadDotEnv(file, env).sort()).to.deep.equal(['PORT', 'SMTP_URL']);
    expect(env).to.deep.equal({ LOG_LEVEL: 'warn', EMAIL_FROM: '', PORT: '4000', SMTP_URL: 'smtp://mail.example:25' });
    const config = loadConfig(env);
    expect(config.PORT).to.equal(4000);
    expect(config.LOG_LEVEL).to.equal('warn');
  });

  it('a missing .env is not an error and changes nothing', () => {
    const env: NodeJS.ProcessEnv = { PORT: '1' };
    expect(loadDotEnv(join(dir, 'absent.env'), env)).to.deep.equal([]);
    expect(env).to.deep.equal({ PORT: '1' });
  });

  it('binds to loopback unless in production or told otherwise by HOST', () => {
    expect(listenHost(loadConfig({}))).to.equal('127.0.0.1');
    expect(listenHost(loadConfig({ NODE_ENV: 'test' }))).to.equal('127.0.0.1');
    expect(listenHost({ NODE_ENV: 'production', HOST: undefined })).to.equal(undefined);
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).to.equal('0.0.0.0');
  });

  it('LOCAL_DATABASE accepts auto, mongodb and ferretdb only', () => {
    expect(loadConfig({}).LOCAL_DATABASE).to.equal('auto');
    expect(loadConfig({ LOCAL_DATABASE: 'ferretdb' }).LOCAL_DATABASE).to.equal('ferretdb');
    expect(() => loadConfig({ LOCAL_DATABASE: 'postgres' })).to.throw(/LOCAL_DATABASE/);
  });
});
