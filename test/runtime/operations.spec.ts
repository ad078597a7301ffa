import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { countDuplicateDelivery, countRefusal, countSweepRepairs, metricsRegistry } from '../../src/metrics.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase } from '../support/db.js';

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('operations: health, readiness and metrics', () => {
  let db: Database;
  let app: App;
  let base: string;

  beforeEach(async () => {
    db = await openTestDatabase('operations');
    app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log: createLogger('silent') });
    const server = await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await app.close();
    // The readiness test closes the connection itself; dropping its database then would wait for a reconnect.
    if (db.connection.readyState === 1) await db.close();
  });

  const metrics = async () => (await fetch(`${base}/metrics`)).text();

  it('liveness answers without the database; readiness (and /healthz) answers 503 once the database is gone', async () => {
    expect((await fetch(`${base}/readyz`)).status).to.equal(200);
    await db.connection.close();
    expect((await fetch(`${base}/livez`)).status).to.equal(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).to.equal(503);
    expect(await ready.json()).to.deep.equal({ status: 'database unavailable' });
    expect((await fetch(`${base}/healthz`)).status).to.equal(503);
  });

  it('serves Prometheus text counting requests per surface and outcome, with a time-to-ack histogram', async () => {
    const before = await metrics();
    await fetch(`${base}/slack/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await fetch(`${base}/api/messages`, { method: 'POST', body: '{"type":"message"}', headers: { 'content-type': 'application/json' } });
    await fetch(`${base}/livez`);
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
    const after = await res.text();
    const delta = (name: string, labels: string) => sample(after, name, labels) - sample(before, name, labels);
    // No Slack app is configured here, so the Slack request is turned away: it still counts.
    expect(delta('wellbeing_requests_total', 'surface="slack",outcome="rejected"')).to.equal(1);
    expect(delta('wellbeing_ack_seconds_count', 'surface="slack"')).to.equal(1);
    expect(delta('wellbeing_ack_seconds_count', 'surface="teams"')).to.equal(1);
    expect(delta('wellbeing_requests_total', 'surface="operations",outcome="ok"')).to.be.at.least(2);
    expect(after).to.include('process_cpu_seconds_total');
    // How far behind the answers the after-answer work is, and what a full queue shed (left to the sweep).
    expect(after).to.match(/^wellbeing_after_answer_backlog \d+$/m);
    expect(after).to.match(/^wellbeing_after_answer_shed_total \d+$/m);
  });

  it('counts refusals by code, duplicate deliveries by platform and sweep repairs by kind', async () => {
    const before = await metricsRegistry.metrics();
    countRefusal('inside_cutoff');
    countRefusal('inside_cutoff');
    countDuplicateDelivery('teams');
    countSweepRepairs({ expired: 2, rolledForward: 1, deliveryKeysRemoved: 0 });
    const after = await metrics();
    const delta = (name: string, labels: string) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('wellbeing_refusals_total', 'code="inside_cutoff"')).to.equal(2);
    expect(delta('wellbeing_duplicate_deliveries_total', 'platform="teams"')).to.equal(1);
    expect(delta('wellbeing_sweep_repairs_total', 'kind="expired"')).to.equal(2);
    expect(delta('wellbeing_sweep_repairs_total', 'kind="rolledForward"')).to.equal(1);
    expect(after).to.not.include('kind="deliveryKeysRemoved"}');
  });

  it("the app's services count each refusal they answer and each delivery seen twice", async () => {
    const before = await metrics();
    const stranger = {
      personId: '64b7f0c2a1b2c3d4e5f60718',
      orgId: 'none',
      displayName: 'Nobody',
      roles: ['employee' as const],
      zone: 'UTC',
      locale: 'en-GB' as const,
      identity: { platform: 'slack' as const, workspaceId: 'T0', userId: 'U0' },
    };
    expect(await app.services.sessions.book(stranger, { slotId: 'not-an-id' })).to.deep.include({ code: 'unknown_slot' });
    expect(await app.services.deliveries.firstTime('teams:conv:1')).to.equal(true);
    expect(await app.services.deliveries.firstTime('teams:conv:1')).to.equal(false);
    const after = await metrics();
    const delta = (name: string, labels: string) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('wellbeing_refusals_total', 'code="unknown_slot"')).to.equal(1);
    expect(delta('wellbeing_duplicate_deliveries_total', 'platform="teams"')).to.equal(1);
  });
});
