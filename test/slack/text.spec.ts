// Slack text at the boundary: inbound markup becomes plain text; outbound free text cannot ping anyone.
import { expect } from 'chai';
import { chunks, escapeMrkdwn, fromSlackText } from '../../src/slack/text.js';
import { parseUsageArgs } from '../../src/slack/listeners/commands/usage.js';

describe('slack: text', () => {
  const cases: [string, string][] = [
    ['plain words', 'plain words'],
    ['<@U123|ana> hi', '@ana hi'],
    ['<@U123> hi', '@someone hi'],
    ['<!here> and <!channel>', '@here and @channel'],
    ['<!subteam^S123|@team>', '@@team'],
    ['see <#C123|general>', 'see #general'],
    ['<https://example.com|the site>', 'the site (https://example.com)'],
    ['<https://example.com>', 'https://example.com'],
    ['a &lt; b &amp;&amp; c &gt; d', 'a < b && c > d'],
  ];
  for (const [input, expected] of cases) {
    it(`reads "${input}" as "${expected}"`, () => expect(fromSlackText(input)).to.equal(expected));
  }

  it('escapes the control characters and nothing else', () => {
    expect(escapeMrkdwn('<!channel> & *bold*')).to.equal('&lt;!channel&gt; &amp; *bold*');
  });

  it('splits long text on line breaks when it can', () => {
    const text = `${'a'.repeat(10)}\n${'b'.repeat(10)}\n${'c'.repeat(10)}`;
    expect(chunks(text, 25)).to.deep.equal(['a'.repeat(10) + '\n' + 'b'.repeat(10), 'c'.repeat(10)]);
    expect(chunks('x'.repeat(30), 10)).to.deep.equal(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
    expect(chunks('')).to.deep.equal(['']);
  });

  describe('usage arguments', () => {
    const ok: [string, object][] = [
      ['', { ok: true }],
      ['2030-01', { ok: true, month: '2030-01' }],
      ['2030-01 Sales and Marketing', { ok: true, month: '2030-01', department: 'Sales and Marketing' }],
      ['Engineering', { ok: true, department: 'Engineering' }],
    ];
    for (const [text, expected] of ok) it(`parses "${text}"`, () => expect(parseUsageArgs(text)).to.deep.equal(expected));
    for (const bad of ['2030-13', '2030-1', '203001', '2030-01 <b>', '2030-01 ' + 'x'.repeat(100)]) {
      it(`refuses "${bad.slice(0, 20)}"`, () => expect(parseUsageArgs(bad)).to.deep.equal({ ok: false }));
    }
  });
});
