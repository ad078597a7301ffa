// The Block Kit limit checker the harness applies to every call must itself catch what Slack rejects.
import { expect } from 'chai';
import { infoModal } from '../../src/slack/blocks/common.js';
import { wordsFor } from '../../src/i18n/words.js';
import { callProblems, viewProblems } from '../support/slack-blockkit.js';

describe('slack: Block Kit limits checker', () => {
  it('accepts a valid modal', () => {
    expect(viewProblems(infoModal(wordsFor({ zone: 'UTC', locale: 'en-GB' }), 'Fine', ['ok']), 'v')).to.deep.equal([]);
  });

  it('catches long titles, duplicate block ids, oversize sections and messages without fallback text', () => {
    const view = {
      type: 'modal',
      title: { type: 'plain_text', text: 'x'.repeat(25) },
      blocks: [
        { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'y'.repeat(3001) } },
        { type: 'section', block_id: 'a', text: { type: 'mrkdwn', text: 'ok' } },
      ],
    };
    const problems = viewProblems(view, 'v');
    expect(problems.join('\n'))
      .to.match(/title .* over 24/)
      .and.match(/section text over 3000/)
      .and.match(/duplicate block_id/);
    expect(callProblems({ method: 'chat.postMessage', body: { channel: 'C1', blocks: [] } })).to.deep.equal([
      'chat.postMessage: no fallback text',
    ]);
    const select = {
      type: 'input',
      label: { type: 'plain_text', text: 'l' },
      element: { type: 'static_select', action_id: 's', options: [] },
    };
    expect(
      viewProblems(
        { type: 'modal', title: { type: 'plain_text', text: 't' }, submit: { type: 'plain_text', text: 'ok' }, blocks: [select] },
        'v',
      ),
    ).to.deep.equal(['v block 0: select without options']);
  });
});
