// How the app and the operator CLI's sweep reach people, built from one configuration: a chat notifier per
// platform, routed by the reader's platform, with e-mail beside chat where SMTP_URL is set. Each platform's
// notifier comes with its surface (the Bolt app, the Teams bot), which needs the services first: the routing
// starts empty and each surface registers its notifier on it once built.
import nodemailer from 'nodemailer';
import type { Config } from './config.js';
import type { CalendarTitleOf } from './calendar/title.js';
import { EmailingNotifier } from './email/emailing-notifier.js';
import type { Logger } from './log.js';
import type { Admission } from './http/admission.js';
import type { AfterAnswerQueue } from './services/after-answer.js';
import type { CoreServices } from './services/index.js';
import { RoutingNotifier, type Notifier } from './services/notifier.js';
import { createSlackApp, type SlackOverrides, type SlackSurface } from './slack/index.js';
import { oauthStateModel } from './slack/oauth-state-model.js';
import { MongoStateStore } from './slack/oauth-state-store.js';
import type { Database } from './store/connection.js';
import { createTeamsBot, type TeamsSurface } from './teams/index.js';

export interface Outbound {
  /** Where each platform's chat notifier is registered once its surface exists. */
  routing: RoutingNotifier;
  /** What the services are given: the routing, wrapped in e-mail where configured. */
  notifier: Notifier;
}

/** `titleOf`: each reader's organisation's neutral calendar title (else the default one). */
export function createOutbound(config: Pick<Config, 'SMTP_URL' | 'EMAIL_FROM'>, log: Logger, titleOf?: CalendarTitleOf): Outbound {
  const routing = new RoutingNotifier();
  const notifier = config.SMTP_URL
    ? new EmailingNotifier(
        routing,
        nodemailer.createTransport(config.SMTP_URL),
        config.EMAIL_FROM,
        log.child({ component: 'email' }),
        titleOf,
      )
    : routing;
  return { routing, notifier };
}

/** Slack sends with one bot token, or with each workspace's own (OAuth distribution). */
export function slackConfigured(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_CLIENT_ID'>): boolean {
  return Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID);
}

export interface SurfaceDeps {
  config: Config;
  services: CoreServices;
  log: Logger;
  afterAnswer?: AfterAnswerQueue;
  /** The app's bound of requests answered at once (src/http/admission.ts); the CLI's sweep answers none. */
  admission?: Admission;
  /** The app's database: Slack's OAuth install states are kept in it (the CLI serves no install pages). */
  db?: Database;
}

/** The Slack surface when Slack is configured, its notifier registered on the routing; null otherwise. */
export function attachSlack(routing: RoutingNotifier, deps: SurfaceDeps, overrides?: SlackOverrides): SlackSurface | null {
  if (!slackConfigured(deps.config)) return null;
  const { config, services, log, afterAnswer, admission, db } = deps;
  const oauthStates = db ? new MongoStateStore(oauthStateModel(db.connection)) : undefined;
  const slack = createSlackApp(
    {
      config,
      services,
      log,
      tenancy: services.tenancy,
      installations: services.context.store.installations,
      afterAnswer,
      admission,
      oauthStates,
    },
    overrides,
  );
  routing.register('slack', slack.notifier);
  return slack;
}

/** The Teams surface, its notifier (through the gateway) registered on the routing. */
export function attachTeams(routing: RoutingNotifier, deps: SurfaceDeps): TeamsSurface {
  const teams = createTeamsBot({
    config: deps.config,
    services: deps.services,
    log: deps.log,
    tenancy: deps.services.tenancy,
    admission: deps.admission,
  });
  routing.register('teams', teams.notifier);
  return teams;
}
