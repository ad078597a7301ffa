// `npm run bench`: the store, Slack and Teams benchmarks, printed as one table (bench/support.ts), then the round
// trips per use case (bench/round-trips.ts) and the history benchmark (bench/history.ts: BENCH_HISTORY=1,10,100 for
// its sizes in thousands of past sessions, 1,10 when unset, 0 or off to skip it). Needs MONGODB_URI; every part
// uses fresh databases there and drops them.
import { historyReport, historySizes } from './history.js';
import { formatTable, type BenchRow } from './support.js';
import { slackBenchRows, runSlackBench } from './slack.js';
import { runStoreBench } from './store.js';
import { runTeamsBench } from './teams.js';

const parts: { label: string; run: () => Promise<BenchRow[]> }[] = [
  { label: 'store', run: runStoreBench },
  { label: 'slack', run: async () => slackBenchRows(await runSlackBench()) },
  { label: 'teams', run: runTeamsBench },
];

async function main(): Promise<number> {
  if (!process.env.MONGODB_URI?.trim()) {
    console.error(
      'MONGODB_URI is not set: the benchmark needs a MongoDB-protocol server, e.g. MONGODB_URI=mongodb://127.0.0.1:27018/ npm run bench',
    );
    return 2;
  }
  // Read first, so a mistyped BENCH_HISTORY stops the run before anything is measured.
  const history = historySizes();
  const started = performance.now();
  const rows: BenchRow[] = [];
  let failed = false;
  for (const part of parts) {
    console.error(`${part.label} benchmark ...`);
    try {
      rows.push(...(await part.run()));
    } catch (err) {
      failed = true;
      console.error(`  ${part.label} benchmark failed: ${(err as Error).message}`);
    }
  }
  console.log(formatTable(rows));
  console.log(
    `\nratio = ops/s divided by the baseline's ops/s, measured in the same run; total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  console.log(`\n${await (await import('./round-trips.js')).roundTripReport()}`);
  if (history.length > 0) {
    console.error(`history benchmark (${history.map((s) => `${s}k`).join(', ')} past sessions) ...`);
    try {
      console.log(`\n${await historyReport(history)}`);
    } catch (err) {
      failed = true;
      console.error(`  history benchmark failed: ${(err as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(`Benchmark failed: ${(err as Error).message ?? String(err)}`);
    process.exit(1);
  });
