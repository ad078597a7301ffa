// The store benchmark at toy sizes (it lives in bench/, run by `npm run bench`): every operation of the cycle
// succeeds, the usage report counts every inserted session, and the rows are well formed.
import { expect } from 'chai';
import { runCycleBench, runUsageBench } from '../../bench/store.js';
import { openTestDatabase } from '../support/db.js';
import { benchRow, formatTable, percentile, runClients } from '../../bench/support.js';

describe('bench: store benchmark and helpers', function () {
  this.timeout(120_000);
  it('computes nearest-rank percentiles and ratios', async () => {
    expect(percentile([], 50)).to.equal(0);
    expect(percentile([5, 1, 4, 2, 3], 50)).to.equal(3);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        99,
      ),
    ).to.equal(99);
    const t = await runClients(3, 4, async (client, i) => (client === 0 && i === 0 ? false : undefined));
    expect(t.latenciesMs).to.have.length(12);
    expect(t.errors).to.equal(1);
    const row = benchRow('x', 3, { latenciesMs: [10, 20], wallMs: 1000, errors: 0 }, 'y', {
      latenciesMs: [1, 1, 1, 1],
      wallMs: 1000,
      errors: 0,
    });
    expect(row).to.deep.include({ operations: 2, opsPerSec: 2, baselineOpsPerSec: 4, ratio: 0.5, p50Ms: 10, p99Ms: 20 });
    expect(formatTable([row]).split('\n')).to.have.length(3);
  });

  it('runs booking cycles with no refusals and reports each operation beside its baseline', async () => {
    const rows = await runCycleBench(openTestDatabase, 3, 1);
    expect(rows.map((r) => r.name)).to.deep.equal([
      'store: book (c=3)',
      'store: cancel (early) (c=3)',
      'store: request reschedule (c=3)',
      'store: confirm reschedule (c=3)',
      'store: full cycle, 6 calls (c=3)',
    ]);
    expect(rows[0]?.operations).to.equal(6);
    for (const r of rows) {
      expect(r.opsPerSec, r.name).to.be.greaterThan(0);
      expect(r.baselineOpsPerSec, r.name).to.be.greaterThan(0);
    }
  });

  it('times the usage report over the inserted sessions, which it counts in full', async () => {
    const rows = await runUsageBench(openTestDatabase, 500, 50, 1, () => undefined);
    expect(rows).to.have.length(1);
    expect(rows[0]?.name).to.equal('store: usage report, 500 sessions');
  });
});
