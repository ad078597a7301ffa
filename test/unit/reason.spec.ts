// Every reschedule and cancellation records a reason (docs/design.md §2 rule 7): trimmed, at least 3 and at most 500
// characters after trimming.
import { expect } from 'chai';
import { checkReason, REASON_MAX_LENGTH, REASON_MIN_LENGTH, type ReasonCheck } from '../../src/domain/reason.js';

describe('domain/reason', () => {
  it('limits are 3 and 500 characters', () => {
    expect(REASON_MIN_LENGTH).to.equal(3);
    expect(REASON_MAX_LENGTH).to.equal(500);
  });

  const cases: { name: string; raw: string | null | undefined; expected: ReasonCheck }[] = [
    { name: 'an ordinary reason', raw: 'Work trip', expected: { ok: true, reason: 'Work trip' } },
    { name: 'surrounding spaces are trimmed', raw: '   Work trip  ', expected: { ok: true, reason: 'Work trip' } },
    { name: 'surrounding newlines and tabs are trimmed', raw: '\n\tSick child\t\n', expected: { ok: true, reason: 'Sick child' } },
    {
      name: 'trailing spaces before a line break are dropped',
      raw: 'Line one   \nLine two',
      expected: { ok: true, reason: 'Line one\nLine two' },
    },
    { name: 'blank lines collapse to one break', raw: 'Line one\n\n\nLine two', expected: { ok: true, reason: 'Line one\nLine two' } },
    { name: 'inner spaces are kept', raw: 'a  b', expected: { ok: true, reason: 'a  b' } },
    { name: 'exactly 3 characters', raw: 'abc', expected: { ok: true, reason: 'abc' } },
    { name: '3 characters after trimming', raw: '  abc  ', expected: { ok: true, reason: 'abc' } },
    { name: 'null', raw: null, expected: { ok: false, error: 'reason_missing' } },
    { name: 'undefined', raw: undefined, expected: { ok: false, error: 'reason_missing' } },
    { name: 'empty', raw: '', expected: { ok: false, error: 'reason_missing' } },
    { name: 'only whitespace', raw: ' \n\t  ', expected: { ok: false, error: 'reason_missing' } },
    { name: '1 character', raw: 'x', expected: { ok: false, error: 'reason_missing' } },
    { name: '2 characters', raw: 'ab', expected: { ok: false, error: 'reason_missing' } },
    { name: '2 characters padded to 6', raw: '  ab  ', expected: { ok: false, error: 'reason_missing' } },
    { name: 'exactly 500 characters', raw: 'r'.repeat(500), expected: { ok: true, reason: 'r'.repeat(500) } },
    { name: '500 characters plus surrounding whitespace', raw: `  ${'r'.repeat(500)} \n`, expected: { ok: true, reason: 'r'.repeat(500) } },
    { name: '501 characters', raw: 'r'.repeat(501), expected: { ok: false, error: 'reason_too_long' } },
    { name: '1000 characters', raw: 'r'.repeat(1000), expected: { ok: false, error: 'reason_too_long' } },
    {
      name: '501 characters with inner spaces',
      raw: `${'r'.repeat(250)} ${'r'.repeat(250)}`,
      expected: { ok: false, error: 'reason_too_long' },
    },
  ];

  for (const c of cases) {
    const label = c.expected.ok ? 'accepted' : c.expected.error;
    it(`${c.name} -> ${label}`, () => {
      expect(checkReason(c.raw)).to.deep.equal(c.expected);
    });
  }

  it('an accepted reason is already normalised: checking it again changes nothing', () => {
    for (const raw of ['  Work trip  ', 'Line one   \nLine two', `  ${'r'.repeat(500)} `]) {
      const first = checkReason(raw);
      if (!first.ok) throw new Error(`expected ${JSON.stringify(raw)} to be accepted`);
      expect(checkReason(first.reason)).to.deep.equal(first);
    }
  });
});

describe('domain/reason: length in characters as people count them', () => {
  it('counts an emoji as one character', () => {
    expect(checkReason('👍👍').ok).to.equal(false);
    expect(checkReason('👍👍👍').ok).to.equal(true);
    expect(checkReason('🙂'.repeat(REASON_MAX_LENGTH)).ok).to.equal(true);
    expect(checkReason('🙂'.repeat(REASON_MAX_LENGTH + 1))).to.deep.equal({ ok: false, error: 'reason_too_long' });
  });
});
