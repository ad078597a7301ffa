// Shared by every benchmark (store, Slack, Teams): the row each one reports, closed-loop timing of concurrent
// clients, percentiles and the one table `npm run bench` prints. Each measured figure sits beside a baseline
// measured in the same run, and `ratio` is measured ops/s divided by baseline ops/s (1 = as fast as the
// baseline, 0.1 = ten times slower).

export interface BenchRow {
  /** What was measured, e.g. `store: book (c=8)`. */
  name: string;
  operations: number;
  /** Clients in flight at once (closed loop). */
  concurrency: number;
  p50Ms: number;
  p99Ms: number;
  opsPerSec: number;
  /** What the figure is compared with, e.g. `driver insertOne`. */
  baselineName: string;
  baselineOpsPerSec: number;
  /** opsPerSec / baselineOpsPerSec. */
  ratio: number;
  /** The baseline's p99 under the same load, where latency is the figure to compare (paced Slack rows). */
  baselineP99Ms?: number;
}

/** Latencies of individual operations and the wall time they took together. */
export interface Timing {
  latenciesMs: number[];
  wallMs: number;
  /** Operations that returned a refusal or threw, when the caller counts them. */
  errors: number;
}

export const emptyTiming = (): Timing => ({ latenciesMs: [], wallMs: 0, errors: 0 });

/** Times one call. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/**
 * Closed loop: `concurrency` clients each run `opsPerClient` operations one after another; `op(client, i)`
 * returns false (or throws) to count an error. Returns every latency and the wall time of the whole run.
 */
export async function runClients(
  concurrency: number,
  opsPerClient: number,
  op: (client: number, i: number) => Promise<boolean | void>,
): Promise<Timing> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let i = 0; i < opsPerClient; i++) {
        const t0 = performance.now();
        let ok: boolean | void = true;
        try {
          ok = await op(client, i);
        } catch {
          ok = false;
        }
        latenciesMs.push(performance.now() - t0);
        if (ok === false) errors++;
      }
    }),
  );
  return { latenciesMs, wallMs: performance.now() - started, errors };
}

/** Adds the latencies and wall time of `more` into `into` (for operations measured in several phases). */
export function addTiming(into: Timing, more: Timing): Timing {
  into.latenciesMs.push(...more.latenciesMs);
  into.wallMs += more.wallMs;
  into.errors += more.errors;
  return into;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

export function opsPerSec(t: Timing): number {
  return t.wallMs > 0 ? (t.latenciesMs.length * 1000) / t.wallMs : 0;
}

const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};
/** Three significant figures, so that slow operations (0.0165 ops/s) keep their value. */
const significant = (n: number) => (n === 0 ? 0 : Number(n.toPrecision(3)));

/** One table row: the measured timing beside its baseline timing. */
export function benchRow(name: string, concurrency: number, measured: Timing, baselineName: string, baseline: Timing): BenchRow {
  const ops = opsPerSec(measured);
  const base = opsPerSec(baseline);
  return {
    name,
    operations: measured.latenciesMs.length,
    concurrency,
    p50Ms: round(percentile(measured.latenciesMs, 50), 2),
    p99Ms: round(percentile(measured.latenciesMs, 99), 2),
    opsPerSec: significant(ops),
    baselineName,
    baselineOpsPerSec: significant(base),
    ratio: base > 0 ? significant(ops / base) : 0,
  };
}

/** A fixed-width text table of rows, the format `npm run bench` prints and the README quotes. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['benchmark', 'ops', 'conc', 'p50 ms', 'p99 ms', 'ops/s', 'baseline', 'baseline ops/s', 'ratio', 'baseline p99 ms'];
  const cells = rows.map((r) => [
    r.name,
    String(r.operations),
    String(r.concurrency),
    r.p50Ms.toFixed(2),
    r.p99Ms.toFixed(2),
    String(r.opsPerSec),
    r.baselineName,
    String(r.baselineOpsPerSec),
    String(r.ratio),
    r.baselineP99Ms === undefined ? '' : r.baselineP99Ms.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const numeric = new Set([1, 2, 3, 4, 5, 7, 8, 9]);
  const line = (c: string[]) => c.map((v, i) => (numeric.has(i) ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
