// Lookups by id ask for one id by equality (FerretDB v1 reads a whole collection for `$in`, even of one id).
import { expect } from 'chai';
import { byIds } from '../../src/store/by-ids.js';

describe('store: the filter for documents by id', () => {
  it('is an equality for one id (also when repeated), and `$in` of each id once for several', () => {
    expect(byIds(['a'])).to.deep.equal({ _id: 'a' });
    expect(byIds(['a', 'a'])).to.deep.equal({ _id: 'a' });
    expect(byIds(['a', 'b', 'a'])).to.deep.equal({ _id: { $in: ['a', 'b'] } });
  });
});
