// Claiming many keys at once, against the real database protocol: independent keys are each tried; a span
// (`untilTaken`) stops at the first taken key, and what it did insert is reported as won so the caller can
// release it.
import { expect } from 'chai';
import type { Database } from '../../src/store/connection.js';
import { createStore, type Store } from '../../src/store/index.js';
import { openTestDatabase } from '../support/db.js';

describe('store: claiming many keys', () => {
  let db: Database;
  let store: Store;
  const now = new Date('2030-01-07T10:00:00Z');
  before(async () => {
    db = await openTestDatabase('claim_many');
    store = createStore(db);
  });
  after(() => db.close());

  it('tries every independent key: only the taken ones are lost', async () => {
    await store.claims.claimMany(['k:2'], 'reminder', 'other', {}, now);
    const result = await store.claims.claimMany(['k:1', 'k:2', 'k:3'], 'reminder', 'me', {}, now);
    expect(result).to.deep.equal({ won: ['k:1', 'k:3'], taken: ['k:2'] });
  });

  it('stops a span at its first taken key; the keys before it are won, the rest untouched', async () => {
    await store.claims.claimMany(['s:3'], 'busy', 'other', {}, now);
    const result = await store.claims.claimMany(['s:1', 's:2', 's:3', 's:4', 's:5'], 'busy', 'me', {}, now, { untilTaken: true });
    expect(result).to.deep.equal({ won: ['s:1', 's:2'], taken: ['s:3', 's:4', 's:5'] });
    const stored = await store.claims.getEach(['s:1', 's:2', 's:3', 's:4', 's:5']);
    expect(stored.map((c) => `${c._id}=${c.owner}`).sort()).to.deep.equal(['s:1=me', 's:2=me', 's:3=other']);
  });
});
