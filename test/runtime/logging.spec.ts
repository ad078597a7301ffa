// Log lines of one request: each carries the request's correlation id and only its own fields (pino merges a
// line's fields into the mixin's result, so a shared object leaked them into every later line). And every HTTP
// request leaves exactly one line naming its surface, status and duration, without personal data.
import { PassThrough } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, withCorrelation } from '../../src/log.js';
import { openTestDatabase } from '../support/db.js';

type Line = Record<string, unknown> & { msg?: string };

function captured(level = 'info') {
  const sink = new PassThrough();
  const lines: Line[] = [];
  let raw = '';
  sink.on('data', (d: Buffer) => {
    raw += d.toString();
    for (const l of d.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Line);
  });
  return { log: createLogger(level, sink), lines, raw: () => raw };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('runtime: log lines', () => {
  it('two lines of one request: no field of the first in the second, the correlation id in both', async () => {
    const { log, lines } = captured();
    await withCorrelation(async () => {
      log.info({ sessionState: 'confirmed', attempt: 2 }, 'first');
      await flush();
      log.child({ component: 'x' }).info('second');
      log.info('third');
    }, 'req-1');
    await flush();
    const [first, second, third] = lines;
    expect(first).to.include({ msg: 'first', correlationId: 'req-1', sessionState: 'confirmed', attempt: 2 });
    for (const later of [second, third]) {
      expect(later?.correlationId).to.equal('req-1');
      expect(later).to.not.have.any.keys('sessionState', 'attempt');
    }
    expect(third).to.not.have.property('component');
  });
});

describe('runtime: one line per HTTP request', () => {
  it('names the surface, status and duration, with the correlation id, and nothing from the request', async () => {
    const { log, lines, raw } = captured();
    const db = await openTestDatabase('request_log');
    const app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log });
    const server = await app.listen(0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/healthz`);
      await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"text": "I feel low',
      });
      await fetch(`${base}/no/such/place-for-ana`, { method: 'POST' });
      await flush();
      const requests = lines.filter((l) => l.msg === 'http request');
      expect(requests.map((l) => [l.surface, l.status])).to.deep.equal([
        ['health', 200],
        ['teams', 400],
        ['other', 404],
      ]);
      for (const line of requests) {
        expect(line.durationMs).to.be.a('number');
        expect(line.correlationId).to.be.a('string');
        expect(line.outcome).to.equal('answered');
      }
      expect(raw()).to.not.include('I feel low').and.not.include('place-for-ana');
    } finally {
      await app.close();
      await db.close();
    }
  });
});
