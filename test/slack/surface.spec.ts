// createSlackApp: HTTP mode gives a router for the shared server; Socket Mode (SLACK_APP_TOKEN) gives none and
// connects only on start(); a half-configured Slack is refused.
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import express from 'express';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Services } from '../../src/services/api.js';
import { createSlackApp } from '../../src/slack/index.js';
import { SlackNotifier } from '../../src/slack/notifier.js';
import { SlackApiStub } from '../support/slack-api-stub.js';
import { eventCallback, postSigned, TEST_SIGNING_SECRET } from '../support/slack-requests.js';

const services = {} as Services;
const log = createLogger('silent');

describe('slack: surface', () => {
  it('serves /slack/events through a router in HTTP mode', async () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: 'secret', SLACK_BOT_TOKEN: 'xoxb-1' });
    const surface = createSlackApp({ config, services, log }, { botId: 'B1', botUserId: 'U1' });
    expect(surface.router).not.to.equal(null);
    expect(surface.notifier).to.be.instanceOf(SlackNotifier);
    await surface.start();
    await surface.idle();
    await surface.stop();
  });

  it('uses Socket Mode, without a router, when SLACK_APP_TOKEN is set', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    const surface = createSlackApp({ config, services, log }, { botId: 'B1', botUserId: 'U1' });
    expect(surface.router).to.equal(null);
  });

  it('refuses to build without a bot token, or in HTTP mode without a signing secret', () => {
    expect(() => createSlackApp({ config: loadConfig({}), services, log })).to.throw(/SLACK_BOT_TOKEN/);
    const noSecret = { ...loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }), SLACK_SIGNING_SECRET: undefined };
    expect(() => createSlackApp({ config: noSecret, services, log })).to.throw(/SLACK_SIGNING_SECRET/);
  });

  it("learns the bot's ids with one auth.test, retrying it after a failure", async () => {
    const stub = await new SlackApiStub().start();
    const config = loadConfig({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: stub.apiUrl });
    const surface = createSlackApp({ config, services, log }, { retryConfig: { retries: 0 } });
    const http = express();
    if (surface.router) http.use(surface.router);
    const server = http.listen(0);
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const homeTab = () => eventCallback({ type: 'app_home_opened', user: 'UEMP1', channel: 'DEMP1', tab: 'messages' });
      expect(stub.callsTo('auth.test')).to.have.length(0);
      stub.fail('auth.test', { error: 'fatal_error' });
      expect((await postSigned(url, homeTab())).status).to.equal(401);
      expect((await postSigned(url, homeTab())).status).to.equal(200);
      expect((await postSigned(url, homeTab())).status).to.equal(200);
      expect(stub.callsTo('auth.test')).to.have.length(2);
    } finally {
      server.close();
      await stub.stop();
    }
  });
});
