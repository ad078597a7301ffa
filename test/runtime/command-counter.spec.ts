import { expect } from 'chai';
import type { Database } from '../../src/store/connection.js';
import { countCommands, describeCount } from '../support/command-counter.js';
import { openTestDatabase } from '../support/db.js';

describe('round trips: counting database commands', () => {
  let monitored: Database;
  let plain: Database;
  before(async () => {
    monitored = await openTestDatabase('round_trips', { monitorCommands: true });
    plain = await openTestDatabase('round_trips_plain');
  });
  after(async () => {
    await monitored.close();
    await plain.close();
  });

  it('counts each command the work sends, by name, and the waits (parallel commands share one), nothing before or after it', async () => {
    const { Organisation } = monitored.models;
    await Organisation.create({ _id: 'before', name: 'B', zone: 'UTC', defaultAllowance: 1 });
    const { result, count } = await countCommands(monitored, async () => {
      await Organisation.create({ _id: 'c1', name: 'C', zone: 'UTC', defaultAllowance: 1 });
      await Promise.all([Organisation.findById('c1').lean().exec(), Organisation.findById('before').lean().exec()]);
      await Organisation.updateOne({ _id: 'c1' }, { $set: { name: 'D' } }).exec();
      return 'done';
    });
    await Organisation.findById('c1').exec();
    expect(result).to.equal('done');
    // The two reads in parallel share one wait.
    expect(count).to.deep.equal({ total: 4, waits: 3, byCommand: { insert: 1, find: 2, update: 1 } });
    expect(describeCount(count)).to.equal('find 2, insert 1, update 1');
  });

  it('refuses a connection opened without command monitoring, which would count every use case as 0', async () => {
    let refused: unknown;
    await countCommands(plain, async () => undefined).catch((err: unknown) => (refused = err));
    expect(String(refused)).to.include('monitorCommands');
  });
});
