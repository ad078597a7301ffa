// What `npm run admin -- sweep` delivers through: the app's own notifiers (src/notifiers.ts), built from the same
// configuration, so what the sweep owes people reaches them as it would from the app. A platform this environment
// cannot send to is left for the app (LeftForAppNotifier): its notices stay owed, never marked sent.
import { calendarTitleLookup } from '../calendar/title.js';
import type { Config } from '../config.js';
import type { Platform } from '../domain/types.js';
import type { Logger } from '../log.js';
import { attachSlack, attachTeams, createOutbound, slackConfigured } from '../notifiers.js';
import { createServices, type CoreServices } from '../services/index.js';
import type { SlackOverrides } from '../slack/index.js';
import type { Store } from '../store/index.js';
import { LeftForAppNotifier, type LeftForApp } from './left-for-app.js';

export interface Delivery {
  services: CoreServices;
  /** Resolves when every notice the command left running, and every App Home it refreshes, is done. */
  idle(): Promise<void>;
  /** What this process left owed for the app, by platform. */
  leftForApp(): LeftForApp[];
}

export interface DeliveryDeps {
  config: Config;
  store: Store;
  log: Logger;
  clock?: () => Date;
  claimGraceMs?: number;
  /** Tests: no retries against the Web API stand-in. */
  slackOverrides?: SlackOverrides;
}

/** The platforms this environment cannot send to, each with the reason. */
export function unconfiguredPlatforms(config: Config): Map<Platform, string> {
  const unconfigured = new Map<Platform, string>();
  if (!slackConfigured(config)) unconfigured.set('slack', 'no SLACK_BOT_TOKEN or SLACK_CLIENT_ID');
  // Without credentials, Teams calls go out unauthenticated: only a local stand-in (the Playground) accepts them; a
  // real connector refuses them (401, `forbidden`), and the services would drop those notices for good. The app may
  // run so locally; the CLI, which cannot tell, leaves Teams notices for the app.
  if (!config.MicrosoftAppId) unconfigured.set('teams', 'no MicrosoftAppId');
  return unconfigured;
}

export function openDelivery({ config, store, log, clock, claimGraceMs, slackOverrides }: DeliveryDeps): Delivery {
  const { routing, notifier } = createOutbound(config, log, calendarTitleLookup(store.directory));
  const unconfigured = unconfiguredPlatforms(config);
  // Outside the e-mail wrapper: a notice left for the app is not e-mailed here either (the app e-mails it).
  const guarded = new LeftForAppNotifier(notifier, unconfigured);
  const services = createServices({ store, notifier: guarded, log, clock, claimGraceMs });
  const slack = attachSlack(routing, { config, services, log }, slackOverrides);
  if (!unconfigured.has('teams')) attachTeams(routing, { config, services, log });
  return {
    services,
    async idle() {
      do {
        await services.idle();
        await slack?.idle();
      } while (services.context.settling.size > 0);
    },
    leftForApp: () => guarded.leftForApp(),
  };
}
