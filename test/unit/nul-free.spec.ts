import { expect } from 'chai';
import { holdsNul } from '../../src/http/nul-free.js';

// PostgreSQL (behind FerretDB) refuses U+0000 in any query: payloads carrying it are refused at the door.
describe('payloads holding a NUL character', () => {
  const cases: { name: string; value: unknown; nul: boolean }[] = [
    { name: 'a plain payload', value: { type: 'message', text: 'hello \\u0000 typed as text', n: 1, ok: true, none: null }, nul: false },
    { name: 'a NUL in a nested string', value: { event: { user: 'U1\u0000' } }, nul: true },
    { name: 'a NUL in an array', value: { authorizations: [{ team_id: 'T1' }, 'x\u0000'] }, nul: true },
    { name: 'a NUL in a key', value: { ['a\u0000']: 1 }, nul: true },
    { name: 'nesting deeper than any platform sends', value: JSON.parse('['.repeat(80) + ']'.repeat(80)) as unknown, nul: true },
  ];
  for (const c of cases) it(c.name, () => expect(holdsNul(c.value)).to.equal(c.nul));
});
