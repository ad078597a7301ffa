// Lookups by id ask for each id once, by equality (FerretDB v1 reads a whole collection for `$in`, even of one id).
import { expect } from 'chai';
import { findEach } from '../../src/store/by-ids.js';

describe('store: documents by id', () => {
  it('asks for each distinct id once, all at once, and keeps only what was found', async () => {
    const asked: string[] = [];
    let inFlight = 0;
    let most = 0;
    const found = await findEach(['a', 'b', 'a', 'c'], async (id) => {
      asked.push(id);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return id === 'b' ? null : { id };
    });
    expect(asked).to.deep.equal(['a', 'b', 'c']);
    expect(most, 'the reads are sent together').to.equal(3);
    expect(found).to.deep.equal([{ id: 'a' }, { id: 'c' }]);
  });
});
