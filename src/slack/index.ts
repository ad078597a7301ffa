// The Slack surface: a Bolt app on the shared HTTP server (HTTP mode, signing secret) or over Socket Mode for
// local development when SLACK_APP_TOKEN is set. The composition root mounts `router` and registers `notifier`.
import type { Admission } from '../http/admission.js';
import { AfterAnswerQueue } from '../services/after-answer.js';
import { SlackLocales } from './locale.js';
import { App, LogLevel } from '@slack/bolt';
import type { Authorize, Logger as BoltLogger, StateStore } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { RetryOptions } from '@slack/web-api';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Services } from '../services/api.js';
import type { Notifier } from '../services/notifier.js';
import { errSummary } from '../services/notify.js';
import type { SlackDeps } from './context.js';
import { register as registerActions } from './listeners/actions/index.js';
import { register as registerCatchAll } from './listeners/catch-all/index.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { register as registerEvents } from './listeners/events/index.js';
import { register as registerMessages } from './listeners/messages/index.js';
import { register as registerViews } from './listeners/views/index.js';
import { HomePublisher } from './home.js';
import { payloadGuard } from './payload-guard.js';
import { SlackNotifier, slackErrorCode, type WorkspaceToken } from './notifier.js';
import { MongoInstallationStore, registerInstallationEvents } from './installations.js';
import { tenancyGate } from './tenancy-gate.js';
import { GridTeams } from './grid-teams.js';
import type { TenancyService } from '../services/tenancy.js';
import type { InstallationRepository } from '../store/installations.js';
import { TokenCipher } from '../store/token-cipher.js';
import { botScopes } from './scopes.js';
import { currentAnswer } from './answers/held-answer.js';
import { EventNotTakenError } from './deliveries.js';
import { attachClient, stillWanted } from './answers/middleware.js';
import { AnsweringReceiver } from './answers/receiver.js';

export const SLACK_EVENTS_PATH = '/slack/events';
const MAX_CLOCK_SKEW_SECONDS = 300;

/** Rate limits: the WebClient waits out Retry-After itself; a couple of retries cover blips without piling up. */
export const productionRetryConfig: RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true };

export interface SlackSurface {
  /** HTTP mode: serves POST /slack/events; mount at the root of the shared app, before any body parser. */
  router: Router | null;
  notifier: Notifier;
  /** Connects Socket Mode; a no-op in HTTP mode. */
  start(): Promise<void>;
  /** Waits for work still running after acks, then disconnects Socket Mode. */
  stop(): Promise<void>;
  /** Resolves when no listener work is running after its ack (tests, graceful shutdown). */
  idle(): Promise<void>;
}

export interface SlackOverrides {
  /** Known bot ids skip the start-up auth.test (tests and benchmarks). */
  botId?: string;
  botUserId?: string;
  retryConfig?: RetryOptions;
  /** Web API request timeout in ms (default 10 s). */
  timeout?: number;
  /** When an undecided request is answered anyway (default ANSWER_DEADLINE_MS, before Slack's 3 s). */
  answerDeadlineMs?: number;
}

export function registerListeners(app: App, deps: SlackDeps, installationStore?: MongoInstallationStore): void {
  registerInstallationEvents(app, installationStore ?? null, deps.log);
  registerActions(app, deps);
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerViews(app, deps);
}

/**
 * The bot's own ids, from one auth.test on first use, kept once it succeeds. Bolt's built-in single-token
 * authorization either calls auth.test in the constructor and keeps a failure forever, or calls it on every
 * request; this retries after a failure (that request gets 401 and Slack retries it) and then never again.
 */
function botAuthorization(client: WebClient, token: string, known: SlackOverrides): Authorize<boolean> {
  let ids: Promise<{ botId: string; botUserId: string }> | null =
    known.botId && known.botUserId ? Promise.resolve({ botId: known.botId, botUserId: known.botUserId }) : null;
  return async () => {
    ids ??= client.auth.test().then((r) => ({ botId: r.bot_id ?? '', botUserId: r.user_id ?? '' }));
    const pending = ids;
    try {
      return { botToken: token, ...(await pending) };
    } catch (err) {
      if (ids === pending) ids = null;
      throw err;
    }
  };
}

/** Bolt verifies the signature and rejects old timestamps; this rejects the ones too far in the future. */
export function rejectFutureTimestamps(nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const ts = Number(req.header('x-slack-request-timestamp'));
    if (Number.isFinite(ts) && ts > nowSeconds() + MAX_CLOCK_SKEW_SECONDS) {
      res.status(401).send();
      return;
    }
    next();
  };
}

/**
 * Bolt's and the WebClient's own log lines go through pino. Their debug lines carry whole request bodies (message
 * text), so they are dropped; the others name what failed, and error objects are reduced to class and code.
 */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const line = (parts: unknown[]) =>
    parts
      .map((p) => (p instanceof Error ? JSON.stringify(errSummary(p)) : typeof p === 'string' ? p : typeof p))
      .join(' ')
      .slice(0, 300);
  return {
    debug: () => undefined,
    info: (...m: unknown[]) => child.debug(line(m)),
    warn: (...m: unknown[]) => child.warn(line(m)),
    error: (...m: unknown[]) => child.error(line(m)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

/**
 * Tenancy: which organisation claims a workspace, and (OAuth distribution) where installations are kept. The
 * composition root always passes both; only unit tests of the surface itself build it without (then no gate).
 */
export interface SlackTenancy {
  tenancy?: TenancyService;
  installations?: InstallationRepository;
  /** The app's after-answer queue (listener work after acks, Home tabs); a queue of its own when absent. */
  afterAnswer?: AfterAnswerQueue;
  /** The app's bound of requests answered at once (src/http/admission.ts); none when absent. */
  admission?: Admission;
  /**
   * OAuth distribution: where install states are kept so each works once and for 10 minutes (oauth-state-store.ts).
   * The app always passes it; only a process that serves no install pages (the CLI's sweep) goes without.
   */
  oauthStates?: StateStore;
}

export function createSlackApp(
  deps: { config: Config; services: Services; log: Logger } & SlackTenancy,
  overrides: SlackOverrides = {},
): SlackSurface {
  const { config } = deps;
  const log = deps.log.child({ platform: 'slack' });
  if (config.SLACK_CLIENT_ID) return createDistributedSlackApp(deps, overrides);
  if (!config.SLACK_BOT_TOKEN) throw new Error('createSlackApp needs SLACK_BOT_TOKEN');
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: overrides.retryConfig ?? productionRetryConfig,
    timeout: overrides.timeout ?? 10_000,
  };
  const logger = boltLogger(log);
  const token = config.SLACK_BOT_TOKEN;
  // The notifier's client; listeners get Bolt's (same token and options).
  const client = new WebClient(token, { ...clientOptions, logger });
  const common = { authorize: botAuthorization(client, token, overrides), logger, clientOptions };

  let app: App;
  let router: Router | null = null;
  let receiver: AnsweringReceiver | undefined;
  if (config.SLACK_APP_TOKEN) {
    app = new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true });
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new Error('createSlackApp needs SLACK_SIGNING_SECRET in HTTP mode');
    router = express.Router();
    router.post(SLACK_EVENTS_PATH, rejectFutureTimestamps(), ...payloadGuard(config.SLACK_SIGNING_SECRET, log));
    // Slack's answer goes out when a listener acks, an event's once it is taken (answers/held-answer.ts).
    receiver = new AnsweringReceiver(
      { signingSecret: config.SLACK_SIGNING_SECRET, endpoints: SLACK_EVENTS_PATH, processBeforeResponse: false, router, logger },
      { log, deadlineMs: overrides.answerDeadlineMs, admission: deps.admission, client },
    );
    app = new App({ ...common, receiver });
  }

  return wireSlackApp(app, router, client, deps, log, overrides, Boolean(config.SLACK_APP_TOKEN), receiver);
}

/** What both modes share: the tenancy gate, listeners, the work queue after acks, and the surface. */
function wireSlackApp(
  app: App,
  router: Router | null,
  client: WebClient,
  deps: { services: Services } & SlackTenancy,
  log: Logger,
  overrides: SlackOverrides,
  socketMode: boolean,
  receiver?: AnsweringReceiver,
  installationStore?: MongoInstallationStore,
  tokenOf?: WorkspaceToken,
  gridTeams?: GridTeams,
): SlackSurface {
  // Work after acks shares the app's after-answer queue, so an overload queues (as closures) instead of starving
  // the acks of the event loop and the database; modals are already open by then (openThenFill requests them
  // before queueing).
  const queue = deps.afterAnswer ?? new AfterAnswerQueue();
  const locales = new SlackLocales(client, deps.services, queue, log, tokenOf);
  const background: SlackDeps['background'] = (listener, work) => {
    // The request's answer, taken now: by the time the work fails its request is long answered.
    const answer = currentAnswer();
    const task = queue.run(work);
    locales.track(task);
    task.catch((err: unknown) => {
      log.error({ listener, err: errSummary(err), slackError: slackErrorCode(err) }, 'slack work after ack failed');
      answer?.failedAfterAnswer();
    });
  };
  // After every notice, the reader's App Home is published again (batched per reader), so it never goes stale.
  const homes = new HomePublisher(client, deps.services, log, undefined, tokenOf, queue);
  const notifier = new SlackNotifier(client, log, homes, tokenOf);
  // A request is answered at its ack; what its listener still does after that is tracked, so `idle` (tests,
  // shutdown) waits for it as it waits for the work queued after acks.
  const processing = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const run = next();
    processing.add(run);
    try {
      await run;
    } finally {
      processing.delete(run);
    }
  });
  const idle = async () => {
    do {
      await Promise.all([...processing].map((p) => p.catch(() => undefined)));
      await receiver?.idle();
      await locales.idle();
      await queue.idle();
      await homes.idle();
    } while (processing.size > 0 || locales.busy);
  };
  const slackDeps: SlackDeps = { services: deps.services, log, background, homes, locales, overloaded: () => queue.overloaded };
  // Logged once here, then rethrown so the held answer decides: an event not taken is answered 503 (Slack delivers
  // it again), a button, command or submission gets its sentence (answers/held-answer.ts).
  app.error(async (error) => {
    log.error(
      { code: error.code, err: errSummary(error.original ?? error), slackError: slackErrorCode(error.original) },
      'slack listener failed',
    );
    throw error;
  });
  app.use(attachClient);
  // Far behind on work after answers: a button, command or form is not started (its sender reads that nothing was
  // done and to try again), as events get a 503 in oncePerEvent; so the queue's backlog stays bounded.
  app.use(async ({ body, next }) => {
    if (queue.overloaded && (body as { type?: string }).type !== 'event_callback') throw new EventNotTakenError('overloaded');
    await next();
  });
  if (deps.tenancy) app.use(tenancyGate(deps.tenancy, log));
  if (gridTeams) app.use(gridTeams.middleware());
  // A request answered "nothing was changed" while the gate waited for the database goes no further.
  app.use(stillWanted);
  app.use(locales.middleware());
  registerListeners(app, slackDeps, installationStore);
  // After every real listener, and outside registerListeners: they answer what no listener above handles.
  registerCatchAll(app);

  return {
    router,
    notifier,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      await idle();
      if (socketMode) await app.stop();
    },
    idle,
  };
}

/**
 * OAuth distribution: Bolt's ExpressReceiver serves /slack/install and /slack/oauth_redirect (state verified with
 * SLACK_STATE_SECRET), keeps each install in MongoDB (sealed), and authorizes every request with the token of its
 * own workspace (by enterprise id for org-wide installs); its InstallProvider refreshes rotating tokens on the way.
 * Notices use the same authorize, so each goes out with the token of the workspace it is addressed in.
 */
function createDistributedSlackApp(
  deps: { config: Config; services: Services; log: Logger } & SlackTenancy,
  overrides: SlackOverrides,
): SlackSurface {
  const { config } = deps;
  const log = deps.log.child({ platform: 'slack' });
  const { SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_TOKEN_ENCRYPTION_KEY, SLACK_SIGNING_SECRET } = config;
  if (!deps.installations || !deps.tenancy) throw new Error('Slack OAuth distribution needs the installation store and tenancy');
  if (!SLACK_CLIENT_SECRET || !SLACK_STATE_SECRET || !SLACK_TOKEN_ENCRYPTION_KEY || !SLACK_SIGNING_SECRET) {
    throw new Error(
      'Slack OAuth distribution needs SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_TOKEN_ENCRYPTION_KEY and SLACK_SIGNING_SECRET',
    );
  }
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: overrides.retryConfig ?? productionRetryConfig,
    timeout: overrides.timeout ?? 10_000,
  };
  const logger = boltLogger(log);
  const installationStore = new MongoInstallationStore(deps.installations, new TokenCipher(SLACK_TOKEN_ENCRYPTION_KEY));
  const router = express.Router();
  router.post(SLACK_EVENTS_PATH, rejectFutureTimestamps(), ...payloadGuard(SLACK_SIGNING_SECRET, log));
  const receiver = new AnsweringReceiver(
    {
      signingSecret: SLACK_SIGNING_SECRET,
      endpoints: SLACK_EVENTS_PATH,
      processBeforeResponse: false,
      router,
      logger,
      clientId: SLACK_CLIENT_ID,
      clientSecret: SLACK_CLIENT_SECRET,
      stateSecret: SLACK_STATE_SECRET,
      scopes: [...botScopes],
      installationStore,
      // The install page redirects straight to Slack's consent screen; the OAuth exchange uses the same API base.
      installerOptions: { directInstall: true, clientOptions, ...(deps.oauthStates ? { stateStore: deps.oauthStates } : {}) },
    },
    // No client for turned-away requests: each workspace's token is read from the database, which they must not wait on.
    { log, deadlineMs: overrides.answerDeadlineMs, admission: deps.admission },
  );
  const installer = receiver.installer;
  if (!installer) throw new Error('Bolt did not set up the OAuth installer');
  const app = new App({ receiver, logger, clientOptions });
  const gridTeams = new GridTeams(deps.services.directory);
  const tokenOf: WorkspaceToken = async (teamId) => {
    // The team's own install, else (a Grid team) its Grid's org-wide install: see fetchInstallation.
    const auth = await installer.authorize({ teamId, enterpriseId: await gridTeams.enterpriseOf(teamId), isEnterpriseInstall: false });
    if (!auth.botToken) throw new Error('installation has no bot token');
    return auth.botToken;
  };
  const client = new WebClient(undefined, { ...clientOptions, logger });
  return wireSlackApp(app, router, client, deps, log, overrides, false, receiver, installationStore, tokenOf, gridTeams);
}
