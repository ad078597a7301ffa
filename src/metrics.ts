// The service's Prometheus metrics, in one registry served at GET /metrics. Other code records through the
// typed functions below, never through prom-client, so names and labels stay in one place and every label
// value comes from a closed set (no ids, no text: a label must never carry personal data).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SweepReport } from './services/sweep.js';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export type Surface = 'slack' | 'teams' | 'operations' | 'other';
/** How a request ended, from its HTTP status: answered, rejected as malformed or unauthenticated, or failed. */
export type RequestOutcome = 'ok' | 'rejected' | 'error';
export type DeliveryPlatform = 'slack' | 'teams';

const requests = new Counter({
  name: 'wellbeing_requests_total',
  help: 'HTTP requests by surface and outcome',
  labelNames: ['surface', 'outcome'] as const,
  registers: [metricsRegistry],
});

const ackSeconds = new Histogram({
  name: 'wellbeing_ack_seconds',
  help: 'Time from receiving a platform request to answering it (Slack wants an ack within 3 s)',
  labelNames: ['surface'] as const,
  buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
  registers: [metricsRegistry],
});

const refusals = new Counter({
  name: 'wellbeing_refusals_total',
  help: 'Requests a use case refused, by refusal code (e.g. inside_cutoff, allowance_used_up)',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

const duplicateDeliveries = new Counter({
  name: 'wellbeing_duplicate_deliveries_total',
  help: 'Platform deliveries recognised as repeats (Slack retries, Teams redeliveries) and not acted on again',
  labelNames: ['platform'] as const,
  registers: [metricsRegistry],
});

const therapistChannelUnreachable = new Counter({
  name: 'wellbeing_therapist_channel_unreachable_total',
  help: "Employee messages that could not reach their therapist because the bot is not in the therapist's linked channel",
  labelNames: ['platform'] as const,
  registers: [metricsRegistry],
});

const sweepRepairs = new Counter({
  name: 'wellbeing_sweep_repairs_total',
  help: 'What the periodic sweep did, by kind',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});

export function surfaceOf(path: string): Surface {
  if (path.startsWith('/slack/')) return 'slack';
  if (path === '/api/messages') return 'teams';
  if (['/metrics', '/livez', '/readyz', '/healthz'].includes(path)) return 'operations';
  return 'other';
}

export function outcomeOf(status: number): RequestOutcome {
  if (status >= 500) return 'error';
  return status >= 400 ? 'rejected' : 'ok';
}

export function countRequest(surface: Surface, status: number, seconds: number): void {
  requests.inc({ surface, outcome: outcomeOf(status) });
  if (surface === 'slack' || surface === 'teams') ackSeconds.observe({ surface }, seconds);
}

/** `code` is a refusal code of the domain (a closed set), never free text. */
export function countRefusal(code: string): void {
  refusals.inc({ code });
}

export function countDuplicateDelivery(platform: DeliveryPlatform): void {
  duplicateDeliveries.inc({ platform });
}

export function countTherapistChannelUnreachable(platform: DeliveryPlatform): void {
  therapistChannelUnreachable.inc({ platform });
}

/** Every field of the sweep's report is a count of one kind of repair. */
export function countSweepRepairs(report: Partial<SweepReport>): void {
  for (const [kind, n] of Object.entries(report)) {
    if (typeof n === 'number' && n > 0) sweepRepairs.inc({ kind }, n);
  }
}

type WatchedQueue = { readonly backlog: number; readonly shed: number };
const afterAnswerQueues = new Set<WatchedQueue>();
let shedReported = 0;
const sum = (pick: (q: WatchedQueue) => number) => [...afterAnswerQueues].reduce((n, q) => n + pick(q), 0);

new Gauge({
  name: 'wellbeing_after_answer_backlog',
  help: 'Pieces of work after answers waiting for a place (notices, listener work, Home tabs)',
  registers: [metricsRegistry],
  collect() {
    this.set(sum((q) => q.backlog));
  },
});

new Counter({
  name: 'wellbeing_after_answer_shed_total',
  help: 'Work after answers shed by a full queue and left, still owed, to the sweep',
  registers: [metricsRegistry],
  collect() {
    const shed = sum((q) => q.shed);
    if (shed > shedReported) this.inc(shed - shedReported);
    shedReported = shed;
  },
});

/** The after-answer queue as the scraper sees it: how far behind the answers its work is, and what it shed. */
export function watchAfterAnswer(queue: WatchedQueue): () => void {
  afterAnswerQueues.add(queue);
  return () => void afterAnswerQueues.delete(queue);
}

type WatchedAdmission = { readonly inFlight: number; refused(surface: 'slack' | 'teams'): number };
const admissions = new Set<WatchedAdmission>();
const refusedReported = { slack: 0, teams: 0 };

new Gauge({
  name: 'wellbeing_admission_in_flight',
  help: 'Platform requests being answered now (bounded by ADMISSION_MAX_IN_FLIGHT)',
  registers: [metricsRegistry],
  collect() {
    this.set([...admissions].reduce((n, a) => n + a.inFlight, 0));
  },
});

new Counter({
  name: 'wellbeing_admission_refused_total',
  help: 'Platform requests turned away unstarted because ADMISSION_MAX_IN_FLIGHT requests were being answered',
  labelNames: ['surface'] as const,
  registers: [metricsRegistry],
  collect() {
    for (const surface of ['slack', 'teams'] as const) {
      const refused = [...admissions].reduce((n, a) => n + a.refused(surface), 0);
      if (refused > refusedReported[surface]) this.inc({ surface }, refused - refusedReported[surface]);
      refusedReported[surface] = refused;
    }
  },
});

/** The bound of requests in flight as the scraper sees it: how many are being answered, and how many it refused. */
export function watchAdmission(admission: WatchedAdmission): () => void {
  admissions.add(admission);
  return () => void admissions.delete(admission);
}
