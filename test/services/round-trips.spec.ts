// Round trips are a figure that must not creep back up: the use cases measured as `npm run bench` measures them
// (bench/round-trips.ts), each held to its target for the commands it sends before it answers, and the work it
// leaves for after the answer (audit event, notices, settling) held to today's count.
import { expect } from 'chai';
import { roundTripTargets, runRoundTrips } from '../../bench/round-trips.js';
import { describeCount } from '../support/command-counter.js';

/**
 * After the answer: the audit event, the therapist's thread (opened by the first booking), notices settled, and a
 * cancelled session's time freed. A confirmation and a cancellation also look up the messages that offered an action
 * on the session (one equality find, services/session-messages.ts), to bring them up to date.
 */
const afterCeilings: Record<string, number> = {
  book: 6,
  'reschedule request': 4,
  confirm: 4,
  cancel: 5,
  'move (therapist asks)': 7,
  'accept move': 4,
};

/** Use cases without a target, held to today's count before the answer. */
const ceilings: Record<string, number> = { 'book (time taken)': 5, 'reschedule request': 6, 'move (therapist asks)': 6 };

describe('round trips per use case', function () {
  this.timeout(60_000);

  it('each use case sends no more database commands before its answer than its target, nor more after it than today', async () => {
    const rows = await runRoundTrips();
    expect(rows.map((r) => r.useCase)).to.include.members(Object.keys(roundTripTargets));
    for (const row of rows) {
      const target = roundTripTargets[row.useCase];
      const limit = target ?? ceilings[row.useCase];
      if (limit !== undefined) expect(row.count.total, `${row.useCase}: ${describeCount(row.count)}`).to.be.at.most(limit);
      // Reads sent together share a wait: never more waits than commands, and fewer where a use case reads in parallel.
      expect(row.count.waits, row.useCase).to.be.at.most(row.count.total);
      const after = afterCeilings[row.useCase];
      if (after !== undefined) expect(row.after.total, `${row.useCase} after the answer: ${describeCount(row.after)}`).to.be.at.most(after);
    }
    const waits = (useCase: string) => rows.find((r) => r.useCase === useCase)?.count.waits;
    expect(waits('book'), 'book reads the slot, the therapist and the units at once').to.be.at.most(4);
    // A cancellation answers once the session is cancelled; its time is freed after the answer.
    expect(rows.find((r) => r.useCase === 'cancel')?.count.byCommand.delete ?? 0, 'cancel frees the time after the answer').to.equal(0);
    expect(waits('confirm'), 'confirm reads the session with the people, and the busy time with its decision').to.be.at.most(8);
    // A client accepting their therapist's move is the same confirmation, within the same budget.
    expect(waits('accept move'), 'accepting a move reads and claims as confirm does').to.be.at.most(8);
    expect(rows.find((r) => r.useCase === 'whoIs')?.count.total).to.equal(1);
  });
});
