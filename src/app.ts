// The composition root below `main`: database -> store -> services -> Slack + Teams on one express server.
// Tests build the same app on an ephemeral port, so what they exercise is what production runs.
import type { Server } from 'node:http';
import express from 'express';
import { calendarTitleLookup } from './calendar/title.js';
import { platformsOf, type Config } from './config.js';
import { withCorrelation, type Logger } from './log.js';
import { watchAdmission, watchAfterAnswer } from './metrics.js';
import { Admission } from './http/admission.js';
import { AfterAnswerQueue } from './services/after-answer.js';
import { createServices, type CoreServices } from './services/index.js';
import { errorAnswer, notFound } from './http/errors.js';
import { listenOn } from './http/listen.js';
import { requestLog } from './http/request-log.js';
import { attachSlack, attachTeams, createOutbound } from './notifiers.js';
import type { SlackOverrides, SlackSurface } from './slack/index.js';
import { countedServices } from './operations/counted-services.js';
import { operationsRouter } from './operations/router.js';
import type { Database } from './store/connection.js';
import { createStore } from './store/index.js';
import type { TeamsSurface } from './teams/index.js';

export interface App {
  http: express.Express;
  services: CoreServices;
  slack: SlackSurface | null;
  /** Null when Teams is not served: in production without MicrosoftAppId (its endpoint then answers 404). */
  teams: TeamsSurface | null;
  /** The bound of requests answered at once: how many are in flight, how many it turned away (benchmarks). */
  admission: Pick<Admission, 'inFlight' | 'refused'>;
  listen(port: number, host?: string): Promise<Server>;
  /** Resolves when nothing started by a request is still running: notices, work after acks, Home republishing. */
  idle(): Promise<void>;
  /** Stops accepting, lets in-flight requests finish, stops the platforms. The caller closes the database. */
  close(): Promise<void>;
}

export interface AppDeps {
  config: Config;
  db: Database;
  log: Logger;
  clock?: () => Date;
  claimGraceMs?: number;
  /** Tests and benchmarks pass known bot ids and no retries. */
  slackOverrides?: SlackOverrides;
}

export function createApp({ config, db, log, clock, claimGraceMs, slackOverrides }: AppDeps): App {
  // The same composition as the operator CLI's sweep (src/notifiers.ts).
  const store = createStore(db);
  const { routing, notifier: outbound } = createOutbound(config, log, calendarTitleLookup(store.directory));
  // Platforms answer before any notice is sent (Slack acks within 3 s, Teams invokes within seconds): a use case
  // returns once its change is stored, and its notices are delivered after the answer (the sweep finishes them
  // if the process dies first).
  const afterAnswer = new AfterAnswerQueue(config.AFTER_ANSWER_CONCURRENCY, config.AFTER_ANSWER_BACKLOG);
  watchAfterAnswer(afterAnswer);
  const core = createServices({ store, notifier: outbound, log, clock, claimGraceMs, noticeWaitMs: 0, afterAnswer });
  const services = countedServices(core);
  const http = express();
  http.disable('x-powered-by');
  http.use((_req, _res, next) => withCorrelation(next));
  http.use(requestLog(log));
  // While an answer is pending, after-answer work yields most of its places to it (src/services/after-answer.ts).
  http.use(afterAnswer.whileAnswering());
  http.use(operationsRouter(db));

  // One bound of requests answered at once for both platforms: they share the database and the event loop.
  const admission = new Admission(config.ADMISSION_MAX_IN_FLIGHT, log.child({ component: 'admission' }));
  watchAdmission(admission);
  const slack = attachSlack(routing, { config, services, log, afterAnswer, admission, db }, slackOverrides);
  if (slack?.router) http.use(slack.router);
  // An unconfigured platform is not served at all: never Teams without authentication in production.
  const teams = platformsOf(config).teams ? attachTeams(routing, { config, services, log, admission }) : null;
  if (teams) http.post('/api/messages', express.json({ limit: '256kb' }), (req, res) => teams.handle(req, res));
  // Last: JSON answers instead of Express's HTML pages, and a malformed body refused without being logged.
  http.use(notFound);
  http.use(errorAnswer(log));

  // Work after an ack may change something (and owe notices), and a notice may republish a Home tab: wait until
  // both are quiet at once.
  const idle = async () => {
    do {
      await core.idle();
      await slack?.idle();
    } while (core.context.settling.size > 0);
  };

  let server: Server | null = null;
  return {
    http,
    services,
    slack,
    teams,
    admission,
    async listen(port, host) {
      server = await listenOn(http, port, host);
      await slack?.start();
      return server;
    },
    idle,
    async close() {
      const s = server;
      if (s) {
        // A keep-alive connection whose request is answered during the stop turns idle only then: close it at
        // once instead of after the keep-alive timeout (5 s), so a stop takes as long as its slowest request.
        const reaper = setInterval(() => s.closeIdleConnections(), 50);
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        });
        clearInterval(reaper);
      }
      // Then what the answered requests left running, so no notice is cut off by a deploy.
      await idle();
      await slack?.stop();
    },
  };
}
