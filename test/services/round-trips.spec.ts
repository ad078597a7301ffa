// Round trips are a figure that must not creep back up: the use cases measured as `npm run bench` measures them
// (bench/round-trips.ts), held to their target where it is met, and to today's count where it is not yet.
import { expect } from 'chai';
import { roundTripTargets, runRoundTrips } from '../../bench/round-trips.js';
import { describeCount } from '../support/command-counter.js';

/** Use cases still over their target (docs/design.md §6): no more than they send today. */
const ceilings: Record<string, number> = { book: 13, 'reschedule request': 11, confirm: 14, cancel: 10 };

describe('round trips per use case', function () {
  this.timeout(60_000);

  it('each use case sends no more database commands than its target (or, until then, than today)', async () => {
    const rows = await runRoundTrips();
    expect(rows.map((r) => r.useCase)).to.include.members(Object.keys(roundTripTargets));
    for (const row of rows) {
      const limit = ceilings[row.useCase] ?? roundTripTargets[row.useCase];
      if (limit === undefined) continue;
      expect(row.count.total, `${row.useCase}: ${describeCount(row.count)}`).to.be.at.most(limit);
    }
    // Met targets stay met: a steady message in a conversation is the therapist, the thread and the delivery key;
    // an overview with no request waiting is the sessions, the claims (units and markers) and the people.
    for (const useCase of ['relay (per message)', 'overview']) {
      expect(rows.find((r) => r.useCase === useCase)?.count.total, useCase).to.be.at.most(roundTripTargets[useCase] ?? 0);
    }
    expect(rows.find((r) => r.useCase === 'whoIs')?.count.total).to.equal(1);
  });
});
