// Admission by work in flight (src/http/admission.ts): never more requests answered at once than the bound, the rest
// turned away and counted, every place given back, and one log line per burst of refusals, not one per request.
// The requests here hold their place across real database reads, started together.
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { Admission } from '../../src/http/admission.js';
import { createLogger } from '../../src/log.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase } from '../support/db.js';

function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger('info', sink), lines };
}

describe('admission: a bound of requests answered at once', () => {
  let db: Database;
  before(async () => {
    db = await openTestDatabase('admission');
  });
  after(() => db.close());

  /** One request: takes a place, reads the database while holding it, gives it back. */
  async function request(admission: Admission, inFlight: { now: number; most: number }): Promise<'answered' | 'refused'> {
    const place = admission.tryEnter('slack');
    if (!place) return 'refused';
    inFlight.now++;
    inFlight.most = Math.max(inFlight.most, inFlight.now);
    try {
      await db.models.Owed.findOne({ _id: 'nothing' });
      await db.models.Owed.findOne({ _id: 'nothing either' });
    } finally {
      inFlight.now--;
      place.leave();
    }
    return 'answered';
  }

  it('answers at most the bound at once, refuses and counts the rest, and gives every place back', async () => {
    const { log } = capturedLog();
    const admission = new Admission(4, log);
    const inFlight = { now: 0, most: 0 };
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => request(admission, inFlight)));
    const refused = outcomes.filter((o) => o === 'refused').length;
    expect(inFlight.most, 'never more than the bound at once').to.equal(4);
    expect(refused, 'all started together: all but the bound refused').to.equal(36);
    expect(admission.refused('slack')).to.equal(refused);
    expect(admission.refused('teams')).to.equal(0);
    expect(admission.inFlight, 'every place given back').to.equal(0);
    // A second round after the burst is admitted again, up to the bound.
    const again = await Promise.all(Array.from({ length: 4 }, () => request(admission, inFlight)));
    expect(again).to.deep.equal(['answered', 'answered', 'answered', 'answered']);
  });

  it('a place left twice is given back once', () => {
    const admission = new Admission(1, capturedLog().log);
    const place = admission.tryEnter('teams');
    expect(admission.tryEnter('teams')).to.equal(null);
    place?.leave();
    place?.leave();
    expect(admission.inFlight).to.equal(0);
    const next = admission.tryEnter('teams');
    expect(next).to.not.equal(null);
    expect(admission.tryEnter('teams'), 'the double leave did not free a second place').to.equal(null);
  });

  it('logs one line when a burst of refusals starts and one with its count when it is over, none per request', async () => {
    const { log, lines } = capturedLog();
    const admission = new Admission(2, log);
    const inFlight = { now: 0, most: 0 };
    // At the bound for a while: admissions and refusals alternate, still one burst.
    for (let round = 0; round < 5; round++) await Promise.all(Array.from({ length: 10 }, () => request(admission, inFlight)));
    const warnings = lines.filter((l) => l.msg === 'admission: requests in flight at the bound, turning new ones away');
    expect(warnings, 'one line for the whole burst').to.have.length(1);
    expect(warnings[0]).to.include({ maxInFlight: 2, surface: 'slack' });
    expect(lines.filter((l) => l.msg === 'admission: below the bound again')).to.have.length(0);
    // A second without refusals ends the burst: the next admitted request logs its count.
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    await request(admission, inFlight);
    const ended = lines.filter((l) => l.msg === 'admission: below the bound again');
    expect(ended).to.have.length(1);
    expect(ended[0]).to.include({ refused: 40 });
  });
});
