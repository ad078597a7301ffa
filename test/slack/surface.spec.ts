// createSlackApp: HTTP mode gives a router for the shared server; Socket Mode (SLACK_APP_TOKEN) gives none and
// connects only on start(); a half-configured Slack is refused.
import { expect } from 'chai';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Services } from '../../src/services/api.js';
import { createSlackApp } from '../../src/slack/index.js';
import { SlackNotifier } from '../../src/slack/notifier.js';

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
});
