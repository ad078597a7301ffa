// Slack benchmark: signed block_actions, view_submission and DM event requests against the real app (createApp,
// real database, Web API answered by the local stub), beside a bare Bolt app that only acks the same requests, in
// the same run. Reports time to HTTP response (p50 / p99) and throughput, closed-loop at a fixed concurrency and
// paced at a fixed arrival rate; then the time to ack of mixed traffic (every kind above plus slash commands,
// unknown action ids and closed modals, interleaved) paced at 100/s and 200/s, where Slack's limit is 3 s.
// For each mixed rate the bench also reports the process's resident memory (at the start, its peak sampled every
// 250 ms through the run and the drain, and after the drain), the after-answer queue's peak backlog and the
// pieces it shed (read from the app's own queue), and then runs the sweep through the app's services, with the
// app's clock moved past the claim grace and the sweep's minute lease, counting the `owed` entries before and
// after: what the queue shed must be finished by the sweep. Loopback only, bounded loops.
//   MONGODB_URI=mongodb://127.0.0.1:27018/ node --import tsx bench/slack.ts
// The default mixed run is short (5 s per rate). The sustained run (issue 17: memory bounded at 200/s for 60 s):
//   SLACK_BENCH_MIXED_SECONDS=60 SLACK_BENCH_MIXED_RATES=200 SLACK_BENCH_ONLY=mixed npm run bench
// Mixed traffic is sent from a client thread of its own (bench/slack-client.ts); each run also prints the time to
// answer measured inside the app, how busy the app's event loop was, and the requests turned away at the admission
// bound (ADMISSION_MAX_IN_FLIGHT, passed on like AFTER_ANSWER_CONCURRENCY and AFTER_ANSWER_BACKLOG). BENCH_LOG sets the
// app's log level (default silent).
import { Agent, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { createApp } from '../src/app.js';
import type { ClientAnswer, ClientMessage } from './slack-client.js';
import type { BenchRow } from './support.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { DEFAULT_CLAIM_GRACE_MS } from '../src/services/context.js';
import type { Actor } from '../src/services/types.js';
import { actions, commands, views } from '../src/slack/ids.js';
import { openTestDatabase } from '../test/support/db.js';
import { seedWorld } from '../test/support/fixtures.js';
import { SlackApiStub } from '../test/support/slack-api-stub.js';
import {
  blockActions,
  eventCallback,
  messageEvent,
  nextTs,
  slackSignature,
  slashCommand,
  state,
  TEST_SIGNING_SECRET,
  viewSubmission,
  type SlackRequest,
} from '../test/support/slack-requests.js';

export interface BenchResult {
  name: string;
  target: 'app' | 'bare bolt';
  requests: number;
  /** Closed loop: requests in flight at once. */
  concurrency: number | null;
  /** Paced: requests started per second. */
  rate: number | null;
  p50Ms: number;
  p99Ms: number;
  reqPerSec: number;
  /** Requests per second until all work after the answers had finished too (the sustainable rate). */
  donePerSec: number;
  errors: number;
  /** The answers other than 200, by status (0: no answer, the connection failed). */
  errorStatuses: Record<string, number>;
  /** App rows only: app p99 / bare Bolt p99 for the same requests and load. */
  p99Ratio: number | null;
  /**
   * Mixed traffic: the process's resident memory (app and bench together) before the run, its peak (sampled every
   * 250 ms through the run and the drain) and after the drain, in MB; `drainSeconds`: from the last answer to idle.
   */
  memory?: { rssStartMb: number; rssPeakMb: number; rssAfterMb: number; heapAfterMb: number; drainSeconds: number };
  /** Mixed traffic, app rows: time to answer measured inside the app (from its HTTP parser to the answer written). */
  serverAck?: { p50Ms: number; p99Ms: number };
  /** Mixed traffic: the event loop's utilisation (0-1) through the run and its drain, and its delay p99 in ms. */
  eventLoop?: { utilization: number; delayP99Ms: number };
  /** Mixed traffic, app rows: the after-answer queue's peak backlog (and its bound) and the pieces it shed in the run. */
  afterAnswer?: { peakBacklog: number; bound: number; shed: number };
  /** Mixed traffic, app rows: requests turned away at the bound of requests in flight (ADMISSION_MAX_IN_FLIGHT). */
  admission?: { bound: number; refused: number };
  /** Mixed traffic, app rows: `owed` entries after the drain, and after the sweep passes run then. */
  sweep?: SweepFigures;
}

export interface SweepFigures {
  owedBefore: number;
  owedAfter: number;
  passes: number;
  settled: number;
  dropped: number;
  rolledForward: number;
  seconds: number;
  /** Passes that failed (e.g. the database refused a connection), and the last failure; the next pass retries. */
  failedPasses: number;
  lastError?: string;
}

const REQUESTS = Number(process.env.SLACK_BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.SLACK_BENCH_CONCURRENCY ?? 20);
const RATE = Number(process.env.SLACK_BENCH_RATE ?? 200);
/** Mixed traffic: the paced rates, and how long each is offered (so the request count is bounded). */
const MIXED_RATES = (process.env.SLACK_BENCH_MIXED_RATES ?? '100,200')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const MIXED_SECONDS = Number(process.env.SLACK_BENCH_MIXED_SECONDS ?? 5);
export const MIXED_NAME = 'mixed traffic: time to ack';
/** How often the process's RSS (and the after-answer backlog) is sampled during a mixed run and its drain. */
const SAMPLE_MS = 250;
/** The sweep claims one lease per minute of its clock (src/services/sweep.ts, LEASE_MS). */
const SWEEP_LEASE_MS = 60_000;
/** How many `owed` entries one sweep pass reads (src/store/owed.ts, `olderThan`'s limit). */
const SWEEP_BATCH = 500;

type Target = { url: string; agent: Agent };

function send(target: Target, req: SlackRequest): Promise<{ status: number; ms: number }> {
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': req.contentType,
    'content-length': Buffer.byteLength(req.rawBody),
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, ts, req.rawBody),
  };
  const started = performance.now();
  return new Promise((resolve) => {
    const r = httpRequest(`${target.url}/slack/events`, { method: 'POST', headers, agent: target.agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    r.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    r.end(req.rawBody);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function closedLoop(target: Target, requests: SlackRequest[], concurrency: number) {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const req = requests[next++];
        if (!req) break;
        const { status, ms } = await send(target, req);
        times.push(ms);
        if (status !== 200) {
          errors++;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }
    }),
  );
  return { times, errors, statuses, seconds: (performance.now() - started) / 1000 };
}

/**
 * Paced: `count` requests started at `rate` per second, each built when it is due (so a long run holds no
 * pre-built requests in memory); `onAnswer` runs as each answer arrives.
 */
async function paced(target: Target, count: number, build: (i: number) => SlackRequest | undefined, rate: number, onAnswer?: () => void) {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const req = build(i);
    if (!req) continue;
    inFlight.push(
      send(target, req).then(({ status, ms }) => {
        times.push(ms);
        if (status !== 200) {
          errors++;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
        onAnswer?.();
      }),
    );
  }
  await Promise.all(inFlight);
  return { times, errors, statuses, seconds: (performance.now() - started) / 1000 };
}

/** A request is built and handed to the client thread this long before it is due. */
const LEAD_MS = 1_000;

/**
 * Paced as `paced`, but sent from a thread of its own (bench/slack-client.ts), so that the app's event loop, which
 * this thread shares with the Web API stand-in, does not also sign and send the requests it is measured on.
 */
async function pacedFromClientThread(
  url: string,
  count: number,
  build: (i: number) => SlackRequest | undefined,
  rate: number,
  onAnswer?: () => void,
) {
  const worker = new Worker(new URL('./slack-client.ts', import.meta.url));
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  let answered = 0;
  let allSent = false;
  let finish = () => undefined as void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  worker.on('message', (a: ClientAnswer) => {
    times.push(a.ms);
    if (a.status !== 200) {
      errors++;
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    }
    answered++;
    onAnswer?.();
    if (allSent && answered === sent) finish();
  });
  const started = performance.now();
  worker.postMessage({ start: true } satisfies ClientMessage);
  for (let i = 0; i < count; i++) {
    const dueMs = (i * 1000) / rate;
    const wait = started + dueMs - LEAD_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const req = build(i);
    if (!req) continue;
    sent++;
    worker.postMessage({ request: { i, url, rawBody: req.rawBody, contentType: req.contentType, dueMs } } satisfies ClientMessage);
  }
  allSent = true;
  if (answered === sent) finish();
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker.terminate();
  return { times, errors, statuses, seconds };
}

const MB = 1024 * 1024;

/** The after-answer queue as the bench reads it (src/services/after-answer.ts). */
type WatchedQueue = { readonly backlog: number; readonly shed: number };

/**
 * Watches the process while a run and its drain last: RSS sampled every SAMPLE_MS, and the queue's backlog at the
 * same ticks and at every answer (a gauge: its peak may fall between two ticks).
 */
function watchProcess(queue: WatchedQueue | undefined) {
  const rssStart = process.memoryUsage.rss();
  // How busy the one thread was (app and bench share it): near 1, requests wait for the CPU, not the database.
  const eluStart = performance.eventLoopUtilization();
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const shedStart = queue?.shed ?? 0;
  let rssPeak = rssStart;
  let peakBacklog = queue?.backlog ?? 0;
  const backlog = () => {
    if (queue) peakBacklog = Math.max(peakBacklog, queue.backlog);
  };
  const timer = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    backlog();
  }, SAMPLE_MS);
  return {
    onAnswer: backlog,
    stop(drainSeconds: number) {
      clearInterval(timer);
      loopDelay.disable();
      const elu = performance.eventLoopUtilization(eluStart).utilization;
      const { rss, heapUsed } = process.memoryUsage();
      rssPeak = Math.max(rssPeak, rss);
      backlog();
      return {
        memory: {
          rssStartMb: round(rssStart / MB),
          rssPeakMb: round(rssPeak / MB),
          rssAfterMb: round(rss / MB),
          heapAfterMb: round(heapUsed / MB),
          drainSeconds: round(drainSeconds),
        },
        eventLoop: { utilization: Math.round(elu * 100) / 100, delayP99Ms: round(loopDelay.percentile(99) / 1e6) },
        peakBacklog,
        shed: (queue?.shed ?? 0) - shedStart,
      };
    },
  };
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A modal closed with its X: the payload of a submission, typed view_closed (no test factory needs one). */
function viewClosed(user: string): SlackRequest {
  const submission = viewSubmission({ user, callbackId: views.reschedule, values: {} });
  const payload = JSON.parse(new URLSearchParams(submission.rawBody).get('payload') ?? '{}') as Record<string, unknown>;
  return {
    ...submission,
    rawBody: `payload=${encodeURIComponent(JSON.stringify({ ...payload, type: 'view_closed', is_cleared: false }))}`,
  };
}

/** The floor: Bolt's receiver and signature check, listeners that only ack. */
async function bareBolt(stubApiUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const router = express.Router();
  const receiver = new ExpressReceiver({ signingSecret: TEST_SIGNING_SECRET, processBeforeResponse: true, router });
  const app = new App({ token: 'xoxb-bench', botId: 'BBOT', botUserId: 'UBOT', receiver, clientOptions: { slackApiUrl: stubApiUrl } });
  app.action(/.*/, async ({ ack }) => ack());
  app.view(/.*/, async ({ ack }) => ack());
  app.view({ callback_id: /.*/, type: 'view_closed' }, async ({ ack }) => ack());
  app.command(/.*/, async ({ ack }) => ack());
  app.event('message', async () => undefined);
  const http = express();
  http.use(router);
  const { server, url } = await listen(http);
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function runSlackBench(): Promise<BenchResult[]> {
  const stub = await new SlackApiStub().start();
  const db = await openTestDatabase('bench_slack');
  const log = createLogger(process.env.BENCH_LOG ?? 'silent');
  // AFTER_ANSWER_CONCURRENCY, AFTER_ANSWER_BACKLOG and ADMISSION_MAX_IN_FLIGHT, when set, are passed on (how much
  // work after answers runs at once and may wait; how many requests are answered at once).
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: stub.apiUrl,
    ...(process.env.AFTER_ANSWER_CONCURRENCY ? { AFTER_ANSWER_CONCURRENCY: process.env.AFTER_ANSWER_CONCURRENCY } : {}),
    ...(process.env.AFTER_ANSWER_BACKLOG ? { AFTER_ANSWER_BACKLOG: process.env.AFTER_ANSWER_BACKLOG } : {}),
    ...(process.env.ADMISSION_MAX_IN_FLIGHT ? { ADMISSION_MAX_IN_FLIGHT: process.env.ADMISSION_MAX_IN_FLIGHT } : {}),
  });
  // The app's clock runs `skewMs` ahead of the wall clock: 0 during the traffic, moved forward before each sweep
  // pass so that what the traffic left owed is past the claim grace and each pass gets a minute lease of its own.
  let skewMs = 0;
  const clock = () => new Date(Date.now() + skewMs);
  const app = createApp({ config, db, log, clock });
  const afterAnswerQueue: WatchedQueue | undefined = app.services.context.afterAnswer;
  const owedCount = () => db.models.Owed.countDocuments({}).exec();
  /** Sweep passes after a drain, each a lease later, until nothing is owed or a pass finishes nothing (at least one). */
  const sweepOwed = async (): Promise<SweepFigures> => {
    const started = performance.now();
    const owedBefore = await owedCount();
    const figures: SweepFigures = {
      owedBefore,
      owedAfter: owedBefore,
      passes: 0,
      settled: 0,
      dropped: 0,
      rolledForward: 0,
      seconds: 0,
      failedPasses: 0,
    };
    const maxPasses = Math.ceil(owedBefore / SWEEP_BATCH) + 3;
    // At least one pass that ran, also when nothing is owed; then as many as it takes, a batch each.
    do {
      skewMs += DEFAULT_CLAIM_GRACE_MS + SWEEP_LEASE_MS + 1_000;
      figures.passes++;
      try {
        const report = await app.services.sweep();
        // What the sweep hands to delivery runs on the after-answer queue, like any notice behind a platform.
        await app.idle();
        figures.settled += report.owedSettled;
        figures.dropped += report.owedDropped;
        figures.rolledForward += report.rolledForward;
        const left = await owedCount();
        const progressed = left < figures.owedAfter;
        figures.owedAfter = left;
        if (!report.swept || !progressed) break;
      } catch (err) {
        figures.failedPasses++;
        figures.lastError = (err as Error).message.split('\n')[0]?.slice(0, 200);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    } while ((figures.owedAfter > 0 || figures.failedPasses === figures.passes) && figures.passes < maxPasses);
    figures.seconds = round((performance.now() - started) / 1000);
    return figures;
  };
  const server = await app.listen(0);
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The app's own time to answer, from its HTTP parser handing it a request to the answer written (the client's
  // time adds the wait for a socket and for this one thread, which the bench's client and stand-in share).
  const serverAcks: { on: boolean; ms: number[] } = { on: false, ms: [] };
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (!serverAcks.on) return;
    const arrived = performance.now();
    res.once('finish', () => serverAcks.ms.push(performance.now() - arrived));
  });
  const bare = await bareBolt(stub.apiUrl);
  const results: BenchResult[] = [];
  try {
    const employeeCount = 40;
    const world = await seedWorld(app.services, {
      employees: employeeCount,
      slotCount: employeeCount + 20,
      slotEveryHours: 1,
      allowance: 8,
    });
    stub.memberOf.add(world.channel.channelId);
    // The world's workspace must be claimed, or the tenancy gate answers every request "not set up yet" and the
    // benchmark would measure that refusal.
    const attached = await app.services.tenancy.attach({ orgId: world.orgId, kind: 'slack_team', externalId: world.channel.workspaceId });
    if (!attached.ok) throw new Error(`bench seed: workspace not attached (${attached.error})`);
    const sessionOf = new Map<string, string>();
    for (const [i, employee] of world.employees.entries()) {
      const booked = await app.services.sessions.book(employee, { slotId: String(world.slots[i]?._id) });
      if (!booked.ok) throw new Error(`bench seed: booking refused (${booked.code})`);
      sessionOf.set(employee.identity.userId, booked.session.id);
    }
    const freeSlot = String(world.slots[employeeCount + 5]?._id);
    const pick = (i: number): Actor => world.employees[i % employeeCount] as Actor;

    // Each scenario builds fresh requests per run (unique trigger ids, event ids and message ts).
    const scenarios: { name: string; build: (i: number) => SlackRequest }[] = [
      {
        name: 'block_actions: open reschedule modal',
        build: (i) => {
          const user = pick(i).identity.userId;
          return blockActions({
            user,
            actionId: actions.sessionReschedule,
            value: sessionOf.get(user) ?? '',
            view: { id: 'VHOME', callbackId: '', type: 'home' },
          });
        },
      },
      {
        name: 'view_submission: reschedule request',
        build: (i) => {
          const user = pick(i).identity.userId;
          return viewSubmission({
            user,
            callbackId: views.reschedule,
            privateMetadata: { sessionId: sessionOf.get(user) },
            values: {
              ...state.select('slot', freeSlot),
              ...state.date(null),
              ...state.time(null),
              ...state.text('reason', 'Benchmark reason'),
            } as never,
          });
        },
      },
      {
        name: 'event: employee DM relayed',
        build: (i) => {
          const user = pick(i).identity.userId;
          return eventCallback(
            messageEvent({ user, text: `bench message ${i}`, channel: `D${user.slice(1)}`, channelType: 'im', ts: nextTs() }),
          );
        },
      },
    ];

    const idle = async () => {
      await app.idle();
    };
    const targets: { target: BenchResult['target']; t: Target; idle: () => Promise<void> }[] = [
      { target: 'bare bolt', t: { url: bare.url, agent: new Agent({ keepAlive: true, maxSockets: 64 }) }, idle: async () => undefined },
      { target: 'app', t: { url: appUrl, agent: new Agent({ keepAlive: true, maxSockets: 64 }) }, idle },
    ];
    // Warm-up: JIT, connection pools, first auth.test.
    for (const { t } of targets)
      await closedLoop(
        t,
        Array.from({ length: 40 }, (_, i) => scenarios[0]!.build(i)),
        10,
      );
    await idle();
    // The requests reach the listeners: the warm-up opened reschedule modals (not refusals).
    if (stub.callsTo('views.update').length === 0) throw new Error('bench: the warm-up opened no modal; requests are being refused');

    // SLACK_BENCH_ONLY=<text> runs only the scenarios whose name contains it ('mixed': only the mixed traffic).
    const only = process.env.SLACK_BENCH_ONLY;
    for (const scenario of scenarios.filter((sc) => !only || sc.name.includes(only))) {
      for (const mode of ['closed', 'paced'] as const) {
        let bareP99 = 0;
        for (const { target, t, idle: drained } of targets) {
          const requests = Array.from({ length: REQUESTS }, (_, i) => scenario.build(i));
          const started = performance.now();
          const run =
            mode === 'closed' ? await closedLoop(t, requests, CONCURRENCY) : await paced(t, requests.length, (i) => requests[i], RATE);
          await drained();
          const doneSeconds = (performance.now() - started) / 1000;
          const sorted = [...run.times].sort((a, b) => a - b);
          const p99 = percentile(sorted, 99);
          if (target === 'bare bolt') bareP99 = p99;
          results.push({
            name: scenario.name,
            target,
            requests: requests.length,
            concurrency: mode === 'closed' ? CONCURRENCY : null,
            rate: mode === 'paced' ? RATE : null,
            p50Ms: round(percentile(sorted, 50)),
            p99Ms: round(p99),
            reqPerSec: round(requests.length / run.seconds),
            donePerSec: round(requests.length / doneSeconds),
            errors: run.errors,
            errorStatuses: run.statuses,
            p99Ratio: target === 'app' && bareP99 > 0 ? round(p99 / bareP99) : null,
          });
        }
      }
    }

    // Mixed traffic: the three kinds above and three that must be acked without any work, interleaved.
    const mixed: ((i: number) => SlackRequest)[] = [
      ...scenarios.map((sc) => sc.build),
      (i) =>
        slashCommand({
          command: commands.wellbeing,
          user: pick(i).identity.userId,
          channel: 'C0BENCH',
          responseUrl: `${stub.apiUrl}respond`,
        }),
      (i) =>
        blockActions({
          user: pick(i).identity.userId,
          actionId: 'bench_unknown_action',
          value: 'x',
          channel: 'C0BENCH',
          messageTs: nextTs(),
        }),
      (i) => viewClosed(pick(i).identity.userId),
    ];
    for (const rate of !only || MIXED_NAME.includes(only) ? MIXED_RATES : []) {
      let bareP99 = 0;
      for (const { target, t, idle: drained } of targets) {
        const count = Math.round(rate * MIXED_SECONDS);
        const queue = target === 'app' ? afterAnswerQueue : undefined;
        const watch = watchProcess(queue);
        const refusedBefore = app.admission.refused('slack');
        serverAcks.on = target === 'app';
        serverAcks.ms = [];
        const started = performance.now();
        const build = (i: number) => (mixed[i % mixed.length] as (i: number) => SlackRequest)(i);
        const run = await pacedFromClientThread(t.url, count, build, rate, watch.onAnswer);
        const answered = performance.now();
        await drained();
        const doneSeconds = (performance.now() - started) / 1000;
        const watched = watch.stop((performance.now() - answered) / 1000);
        serverAcks.on = false;
        const serverSorted = [...serverAcks.ms].sort((a, b) => a - b);
        const sorted = [...run.times].sort((a, b) => a - b);
        const p99 = percentile(sorted, 99);
        if (target === 'bare bolt') bareP99 = p99;
        const result: BenchResult = {
          name: MIXED_NAME,
          target,
          requests: count,
          concurrency: null,
          rate,
          p50Ms: round(percentile(sorted, 50)),
          p99Ms: round(p99),
          reqPerSec: round(count / run.seconds),
          donePerSec: round(count / doneSeconds),
          errors: run.errors,
          errorStatuses: run.statuses,
          p99Ratio: target === 'app' && bareP99 > 0 ? round(p99 / bareP99) : null,
          memory: watched.memory,
          eventLoop: watched.eventLoop,
          ...(target === 'app'
            ? { serverAck: { p50Ms: round(percentile(serverSorted, 50)), p99Ms: round(percentile(serverSorted, 99)) } }
            : {}),
          ...(queue ? { afterAnswer: { peakBacklog: watched.peakBacklog, bound: config.AFTER_ANSWER_BACKLOG, shed: watched.shed } } : {}),
          ...(target === 'app'
            ? { admission: { bound: config.ADMISSION_MAX_IN_FLIGHT, refused: app.admission.refused('slack') - refusedBefore } }
            : {}),
        };
        results.push(result);
        // Printed as it is measured (`npm run bench` prints only the shared table, bench/run.ts, at the end), before
        // the sweep, so a failure there loses nothing of the run.
        console.log(describeMixed(result, MIXED_SECONDS));
        if (target === 'app') {
          result.sweep = await sweepOwed();
          console.log(`  then: ${describeSweep(result.sweep)}`);
        }
      }
    }
  } finally {
    await app.close();
    await bare.close();
    await stub.stop();
    await db.close();
  }
  return results;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** One line per mixed run: memory, the after-answer queue and the sweep after the drain. */
export function describeMixed(r: BenchResult, seconds: number): string {
  const head = `slack mixed traffic ${r.rate}/s for ${seconds} s, ${r.target}: ack p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms${r.errors ? `, ${r.errors} errors (${describeStatuses(r.errorStatuses)})` : ''}`;
  const m = r.memory;
  const memory = m
    ? `RSS ${m.rssStartMb} MB at start, peak ${m.rssPeakMb} MB, ${m.rssAfterMb} MB after the drain (${m.drainSeconds} s; heap used ${m.heapAfterMb} MB)`
    : '';
  const a = r.afterAnswer;
  const queue = a ? `after-answer backlog peak ${a.peakBacklog} (bound ${a.bound}), ${a.shed} pieces shed` : '';
  const inApp = r.serverAck ? `in the app: p50 ${r.serverAck.p50Ms} ms, p99 ${r.serverAck.p99Ms} ms` : '';
  const loop = r.eventLoop ? `event loop ${Math.round(r.eventLoop.utilization * 100)} % busy, delay p99 ${r.eventLoop.delayP99Ms} ms` : '';
  const admitted = r.admission ? `${r.admission.refused} requests turned away at ${r.admission.bound} in flight` : '';
  return [head, inApp, memory, loop, queue, admitted, r.sweep ? describeSweep(r.sweep) : ''].filter(Boolean).join('; ');
}

function describeSweep(s: SweepFigures): string {
  const failed = s.failedPasses ? `, ${s.failedPasses} failed: ${s.lastError}` : '';
  return `owed ${s.owedBefore} after the drain, ${s.owedAfter} after ${s.passes} sweep pass${s.passes === 1 ? '' : 'es'} (${s.settled} settled, ${s.dropped} dropped, ${s.rolledForward} rolled forward${failed}; ${s.seconds} s)`;
}

const describeStatuses = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([status, n]) => `${n}x ${status === '0' ? 'no answer' : status}`)
    .join(', ');

/** The app's rows for the shared table (bench/support.ts), each beside the bare Bolt row of the same load. */
export function slackBenchRows(results: BenchResult[]): BenchRow[] {
  const load = (r: BenchResult) => (r.concurrency !== null ? `c=${r.concurrency}` : `${r.rate}/s`);
  return results
    .filter((r) => r.target === 'app')
    .map((r) => {
      const bare = results.find((b) => b.target === 'bare bolt' && b.name === r.name && load(b) === load(r));
      return {
        name: `slack: ${r.name} (${load(r)})${r.errors ? ` [${r.errors} errors: ${describeStatuses(r.errorStatuses)}]` : ''}`,
        operations: r.requests,
        concurrency: r.concurrency ?? 0,
        p50Ms: r.p50Ms,
        p99Ms: r.p99Ms,
        opsPerSec: r.reqPerSec,
        baselineName: bare?.target ?? 'none',
        baselineOpsPerSec: bare?.reqPerSec ?? 0,
        // For paced rows the p99s are the figures to compare (both sides keep the offered rate).
        ...(bare ? { baselineP99Ms: bare.p99Ms } : {}),
        ratio: bare && bare.reqPerSec > 0 ? Math.round((r.reqPerSec / bare.reqPerSec) * 1000) / 1000 : 0,
      };
    });
}

export function printSlackBench(results: BenchResult[]): void {
  console.table(
    results.map((r) => ({
      scenario: r.name,
      target: r.target,
      requests: r.requests,
      load: r.concurrency !== null ? `c=${r.concurrency}` : `${r.rate}/s`,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'req/s': r.reqPerSec,
      'done/s': r.donePerSec,
      errors: r.errors,
      'p99 vs bare': r.p99Ratio ?? '',
      'RSS MB start/peak/after': r.memory ? `${r.memory.rssStartMb}/${r.memory.rssPeakMb}/${r.memory.rssAfterMb}` : '',
      'backlog peak': r.afterAnswer?.peakBacklog ?? '',
      shed: r.afterAnswer?.shed ?? '',
      'not admitted': r.admission?.refused ?? '',
      'owed before/after sweep': r.sweep ? `${r.sweep.owedBefore}/${r.sweep.owedAfter}` : '',
    })),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runSlackBench();
  printSlackBench(results);
  process.exit(0);
}
