// `npm run bench`: the store benchmark, then the Slack and Teams benchmarks when their files exist, printed as
// one table (bench/support.ts). Needs MONGODB_URI; every part uses fresh databases there and drops them.
import { existsSync } from 'node:fs';
import { formatTable, type BenchRow } from './support.js';
import { runStoreBench } from './store.js';

interface PlatformBench {
  file: string;
  exportName: string;
  label: string;
}

const PLATFORM_BENCHES: PlatformBench[] = [
  { file: 'slack', exportName: 'runSlackBench', label: 'slack' },
  { file: 'teams', exportName: 'runTeamsBench', label: 'teams' },
];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isBenchRow(r: unknown): r is BenchRow {
  const o = r as Partial<BenchRow> | null;
  return (
    typeof o === 'object' && o !== null && typeof o.name === 'string' && typeof o.baselineName === 'string' &&
    [o.operations, o.concurrency, o.p50Ms, o.p99Ms, o.opsPerSec, o.baselineOpsPerSec, o.ratio].every(isNumber)
  );
}

/** Request-style results ({name, target: 'app' | baseline, requests, reqPerSec, ...}): app rows beside their baseline. */
interface RequestResult {
  name: string;
  target: string;
  requests: number;
  concurrency: number | null;
  rate: number | null;
  p50Ms: number;
  p99Ms: number;
  reqPerSec: number;
  errors?: number;
}

function isRequestResult(r: unknown): r is RequestResult {
  const o = r as Partial<RequestResult> | null;
  return typeof o === 'object' && o !== null && typeof o.name === 'string' && typeof o.target === 'string' && [o.requests, o.p50Ms, o.p99Ms, o.reqPerSec].every(isNumber);
}

/** Turns what a platform bench returned into table rows; anything unrecognised is reported, not guessed. */
function toRows(label: string, results: unknown[]): { rows: BenchRow[]; unrecognised: number } {
  const rows: BenchRow[] = [];
  let unrecognised = 0;
  const requestResults = results.filter(isRequestResult);
  for (const r of results) {
    if (isBenchRow(r)) {
      rows.push(r.name.startsWith(`${label}:`) ? r : { ...r, name: `${label}: ${r.name}` });
    } else if (isRequestResult(r)) {
      if (r.target !== 'app') continue;
      const load = (x: RequestResult) => (x.concurrency !== null ? `c=${x.concurrency}` : `${x.rate}/s`);
      const baseline = requestResults.find((b) => b.target !== 'app' && b.name === r.name && load(b) === load(r));
      rows.push({
        name: `${label}: ${r.name} (${load(r)})${r.errors ? ` [${r.errors} errors]` : ''}`,
        operations: r.requests,
        concurrency: r.concurrency ?? 0,
        p50Ms: r.p50Ms,
        p99Ms: r.p99Ms,
        opsPerSec: r.reqPerSec,
        baselineName: baseline?.target ?? 'none',
        baselineOpsPerSec: baseline?.reqPerSec ?? 0,
        ratio: baseline && baseline.reqPerSec > 0 ? Math.round((r.reqPerSec / baseline.reqPerSec) * 1000) / 1000 : 0,
      });
    } else {
      unrecognised++;
    }
  }
  return { rows, unrecognised };
}

async function main(): Promise<number> {
  if (!process.env.MONGODB_URI?.trim()) {
    console.error('MONGODB_URI is not set: the benchmark needs a MongoDB-protocol server, e.g. MONGODB_URI=mongodb://127.0.0.1:27018/ npm run bench');
    return 2;
  }
  const started = performance.now();
  const rows: BenchRow[] = [];
  let failed = false;
  console.error('store benchmark ...');
  rows.push(...(await runStoreBench()));

  for (const bench of PLATFORM_BENCHES) {
    const present = ['ts', 'js'].some((ext) => existsSync(new URL(`./${bench.file}.${ext}`, import.meta.url)));
    if (!present) continue;
    console.error(`${bench.label} benchmark ...`);
    try {
      const mod = (await import(`./${bench.file}.js`)) as Record<string, unknown>;
      const run = mod[bench.exportName];
      if (typeof run !== 'function') throw new Error(`bench/${bench.file}.ts does not export ${bench.exportName}()`);
      const results: unknown = await (run as () => Promise<unknown>)();
      if (!Array.isArray(results)) throw new Error(`${bench.exportName}() did not return an array of rows`);
      const { rows: platformRows, unrecognised } = toRows(bench.label, results);
      rows.push(...platformRows);
      if (unrecognised > 0) console.error(`  ${bench.label}: ${unrecognised} result(s) not in the BenchRow shape (bench/support.ts) were left out`);
    } catch (err) {
      failed = true;
      console.error(`  ${bench.label} benchmark failed: ${(err as Error).message}`);
    }
  }

  console.log(formatTable(rows));
  console.log(`\nratio = ops/s divided by the baseline's ops/s, measured in the same run; total ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(`Benchmark failed: ${(err as Error).message ?? String(err)}`);
    process.exit(1);
  });
