// Production as an operator runs it: the compiled app under `node` itself, serving Slack only, Teams only (the
// other platform's endpoint answers 404, never unauthenticated), draining a request in flight on SIGTERM and
// exiting 0, and ending a bad start (half-configured platform, taken port) in one sentence without a stack.
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { expect } from 'chai';
import { freeLoopbackPort } from '../../src/store/local-database.js';
import { serverUri } from '../support/db.js';
import { buildOnce, startCompiled, waitForOk, type Running } from './compiled-app.js';

const SECRET = 'prod-start-signing-secret';
const SLACK_ONLY = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-0000-prod-start' };
const TEAMS_ONLY = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
};

async function production(platform: Record<string, string>): Promise<{ app: Running; base: string }> {
  const port = await freeLoopbackPort();
  const app = await startCompiled({
    NODE_ENV: 'production',
    MONGODB_URI: `${await serverUri()}prod_start`,
    PORT: String(port),
    ...platform,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForOk(`${base}/readyz`, app);
  return { app, base };
}

const post = (url: string, body = '{}') => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A signed url_verification request whose body is sent in two parts, so it is in flight between them. */
function halfSentRequest(port: number) {
  const body = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'drained-challenge' });
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const head = [
    'POST /slack/events HTTP/1.1',
    `Host: 127.0.0.1:${port}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Slack-Request-Timestamp: ${ts}`,
    `X-Slack-Signature: ${signature}`,
  ].join('\r\n');
  const socket: Socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString()));
  const closed = once(socket, 'close');
  const half = Math.floor(body.length / 2);
  return {
    start: async () => {
      await once(socket, 'connect');
      socket.write(`${head}\r\n\r\n${body.slice(0, half)}`);
    },
    finish: async () => {
      socket.write(body.slice(half));
      await closed;
      return answer;
    },
  };
}

describe('production start: compiled, one platform or both, signal-safe', function () {
  // One tsc build of src/ for the whole file (10-30 s), then starts of about a second each.
  this.timeout(120_000);
  before(async () => void (await buildOnce()));

  it('Slack only: serves /slack/events, answers 404 on /api/messages, and drains a request in flight on SIGTERM', async () => {
    const { app, base } = await production(SLACK_ONLY);
    try {
      expect(app.output()).to.include('"slack":true,"teams":false');
      expect((await post(`${base}/api/messages`)).status, 'Teams is not served').to.equal(404);
      expect((await post(`${base}/slack/events`)).status, 'unsigned Slack request').to.equal(401);

      const port = Number(new URL(base).port);
      const request = halfSentRequest(port);
      await request.start();
      await new Promise((r) => setTimeout(r, 200));
      app.child.kill('SIGTERM');
      for (let i = 0; i < 50 && !app.output().includes('shutting down'); i++) await new Promise((r) => setTimeout(r, 20));
      expect(app.output()).to.include('shutting down');
      await new Promise((r) => setTimeout(r, 300));
      expect(app.child.exitCode, 'exited with a request still in flight').to.equal(null);
      expect(
        await fetch(`${base}/livez`).then(
          () => 'answered',
          () => 'refused',
        ),
        'a new connection while draining',
      ).to.equal('refused');

      const finishedAt = Date.now();
      const answer = await request.finish();
      expect(answer)
        .to.match(/^HTTP\/1\.1 200/)
        .and.include('drained-challenge');
      expect(await app.exited).to.equal(0);
      expect(Date.now() - finishedAt, 'stop after the last answer').to.be.below(5_000);
      expect(app.output()).to.include('"msg":"stopped"');
    } finally {
      await app.stop();
    }
  });

  it('Teams only: serves /api/messages with authentication, answers 404 on /slack/events', async () => {
    const { app, base } = await production(TEAMS_ONLY);
    try {
      expect(app.output()).to.include('"slack":false,"teams":true');
      expect((await post(`${base}/slack/events`)).status, 'Slack is not served').to.equal(404);
      const activity = JSON.stringify({
        type: 'message',
        text: 'hi',
        channelId: 'msteams',
        serviceUrl: 'https://x.example',
        from: { id: '29:a' },
        conversation: { id: 'a:1' },
        recipient: { id: '28:b' },
      });
      expect((await post(`${base}/api/messages`, activity)).status, 'an activity without a token').to.equal(401);
      app.child.kill('SIGTERM');
      expect(await app.exited).to.equal(0);
    } finally {
      await app.stop();
    }
  });

  it('refuses a half-configured platform with one line per missing setting, no stack trace', async () => {
    const app = await startCompiled({
      NODE_ENV: 'production',
      MONGODB_URI: `${await serverUri()}prod_start`,
      SLACK_SIGNING_SECRET: SECRET,
      MicrosoftAppId: TEAMS_ONLY.MicrosoftAppId,
    });
    expect(await app.exited).to.equal(1);
    expect(app.stderr()).to.include('SLACK_BOT_TOKEN').and.include('MicrosoftAppPassword').and.include('MicrosoftAppTenantId');
    expect(app.stderr()).to.not.match(/^\s+at /m);
  });

  it('a taken port ends with one sentence naming the port and PORT', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    try {
      const app = await startCompiled({
        NODE_ENV: 'production',
        MONGODB_URI: `${await serverUri()}prod_start`,
        PORT: String(port),
        ...SLACK_ONLY,
      });
      expect(await app.exited).to.equal(1);
      const lines = app.stderr().trim().split('\n');
      expect(lines, app.stderr()).to.have.length(1);
      expect(lines[0]).to.include(`Port ${port}`).and.include('PORT').and.not.include('TypeError');
    } finally {
      taken.close();
    }
  });
});
