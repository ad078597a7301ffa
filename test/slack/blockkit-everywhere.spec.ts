// The Block Kit checker runs on everything the suite sends to Slack (issue 18, "Done when"): every message and view
// the Web API stand-in receives (response_url posts included) and every HTTP answer carrying a view or a message.
// What Slack would refuse is refused like Slack refuses it, and fails the test that sent it, naming the method and
// the offending block, with or without a harness around it.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { SlackApiStub } from '../support/slack-api-stub.js';
import { answerProblems, takeProblems } from '../support/slack-blockkit.js';
import { postSigned } from '../support/slack-requests.js';

const button = (value: string, actionId = 'slot_week') => ({
  type: 'button',
  text: { type: 'plain_text', text: value },
  action_id: actionId,
  value,
});
const twoWeeks = { type: 'actions', block_id: 'slot_weeks', elements: [button('2030-01-07'), button('2030-01-21')] };
const modal = (blocks: unknown[]) => ({
  type: 'modal',
  callback_id: 'book_view',
  title: { type: 'plain_text', text: 'Book a session' },
  blocks,
});

describe('slack: the Block Kit checker on everything sent', () => {
  let stub: SlackApiStub;
  before(async () => {
    stub = await new SlackApiStub().start();
  });
  after(() => stub.stop());
  // Each test reads what it caused, so the root hook finds the ledger empty.
  afterEach(() => void takeProblems());

  const call = async (method: string, body: unknown) => {
    const res = await fetch(`${stub.apiUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { ok: boolean; error?: string };
  };

  it('refuses, like Slack, each method given a block it would reject, and notes the method and the block', async () => {
    const cases: [string, unknown, string, RegExp][] = [
      [
        'chat.postMessage',
        { channel: 'C1', text: 't', blocks: [twoWeeks] },
        'invalid_blocks',
        /^.*chat\.postMessage block 0: duplicate action_id/,
      ],
      ['chat.update', { channel: 'C1', ts: '1.1', text: 't', blocks: [twoWeeks] }, 'invalid_blocks', /chat\.update block 0/],
      ['chat.postEphemeral', { channel: 'C1', user: 'U1', text: 't', blocks: [twoWeeks] }, 'invalid_blocks', /chat\.postEphemeral block 0/],
      ['views.open', { trigger_id: 'x', view: modal([twoWeeks]) }, 'invalid_arguments', /views\.open \(view book_view\) block 0/],
      ['views.update', { view_id: 'V1', view: modal([twoWeeks]) }, 'invalid_arguments', /views\.update \(view book_view\) block 0/],
      ['views.push', { trigger_id: 'x', view: modal([twoWeeks]) }, 'invalid_arguments', /views\.push \(view book_view\) block 0/],
      ['views.publish', { user_id: 'U1', view: { type: 'home', blocks: [twoWeeks] } }, 'invalid_arguments', /views\.publish block 0/],
    ];
    for (const [method, body, error, where] of cases) {
      expect(await call(method, body), method).to.deep.equal({ ok: false, error });
      const problems = takeProblems();
      expect(problems, method).to.have.length(1);
      expect(problems[0], method).to.match(where).and.include('(slot_week)').and.include('"block_id":"slot_weeks"');
    }
  });

  it('holds response_url posts to the same rules (a 400, as Slack answers one it cannot show)', async () => {
    const res = await fetch(stub.responseUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text: 'Help', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }),
    });
    expect(res.status).to.equal(400);
    expect(takeProblems()).to.deep.equal(['Slack Web API stand-in: response_url: 51 blocks (max 50)']);
    // Deleting the original carries nothing to check.
    const deleted = await fetch(stub.responseUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delete_original: true }),
    });
    expect(deleted.status).to.equal(200);
    expect(takeProblems()).to.deep.equal([]);
  });

  it('still answers valid calls as before, noting nothing', async () => {
    const valid = { type: 'actions', elements: [button('2030-01-07', 'slot_week_earlier'), button('2030-01-21', 'slot_week_later')] };
    expect((await call('chat.postMessage', { channel: 'C1', text: 't', blocks: [valid] })).ok).to.equal(true);
    expect((await call('views.update', { view_id: 'V1', view: modal([valid]) })).ok).to.equal(true);
    expect(takeProblems()).to.deep.equal([]);
  });

  describe('HTTP answers', () => {
    let server: Server;
    let answer = '';
    before(async () => {
      server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(answer));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('checks the view of a response_action update or push, and a message acknowledged with blocks', async () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      answer = JSON.stringify({ response_action: 'update', view: modal([twoWeeks]) });
      await postSigned(url, { rawBody: 'payload=%7B%7D', contentType: 'application/x-www-form-urlencoded' });
      expect(takeProblems().join('\n')).to.match(
        /^HTTP answer: ack response_action update block 0: duplicate action_id in one block \(slot_week\)/,
      );
      expect(answerProblems(JSON.stringify({ response_action: 'push', view: modal([twoWeeks]) }))).to.have.length(1);
      expect(
        answerProblems(JSON.stringify({ text: 'Hi', blocks: [{ type: 'input', label: { type: 'plain_text', text: 'x' } }] })),
      ).to.include('ack message block 0: input block in a message');
      // Field errors and empty acks carry no blocks.
      expect(answerProblems(JSON.stringify({ response_action: 'errors', errors: { slot: 'Please pick a time' } }))).to.deep.equal([]);
      expect(answerProblems('')).to.deep.equal([]);
    });
  });

  it('fails a test that sent such a payload with no harness around it, by the root hook, and runs the next', async function () {
    this.timeout(60_000);
    const mocha = ['node_modules/mocha/bin/mocha.js', '--no-config', '--extension', 'ts', '--require', 'test/support/hooks.ts'];
    const child = spawn(process.execPath, ['--import', 'tsx', ...mocha, 'test/slack/fixtures/rejected-payload.probe.ts'], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).to.equal(1);
    expect(output, output).to.include('1 failing');
    expect(output, output).to.include('posts two buttons with one action id in one block:');
    expect(output, output).to.include('chat.postMessage block 0: duplicate action_id in one block (probe_week)');
    expect(output, output).to.include('"action_id":"probe_week"');
    expect(output, output).to.match(/✔ still runs the next test/);
  });
});
