// The database stops mid-traffic (its own FerretDB, killed and started again on the same port and data folder):
// a DM the app could not take is answered non-2xx so Slack brings it back, and is relayed exactly once after the
// retry; a DM answered 200 was relayed exactly once; every click and command is answered before Slack's 3 s and
// its sender gets one clear sentence (or the form they asked for); the app recovers by itself.
import { expect } from 'chai';
import { faultWording } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { actions, commands } from '../../src/slack/ids.js';
import { FerretProcess } from '../support/ferret-process.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { blockActions, eventCallback, messageEvent, postSigned, slashCommand, type SlackRequest } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const SLACK_LIMIT_MS = 3_000;
/** Longer than the driver's 10 s wait, so work started early in the outage fails and work started late resumes. */
const OUTAGE_MS = 11_000;
const faultSentences: string[] = Object.values(faultWording(GB));
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sent {
  text: string;
  request: SlackRequest;
  status: number;
}

describe('slack: the database stops for a while mid-traffic', function () {
  this.timeout(60_000);
  let ferret: FerretProcess;
  let h: SlackHarness;
  let e1: Actor;
  let e2: Actor;
  let e3: Actor;
  const answerTimes: number[] = [];

  before(async () => {
    ferret = await FerretProcess.create();
    await ferret.start();
    // The harness opens its database at MONGODB_URI: this test's own server, never the shared one.
    const shared = process.env.MONGODB_URI;
    process.env.MONGODB_URI = ferret.uri;
    try {
      h = await openSlackHarness('outage', { world: { employees: 3, slotCount: 2 } });
    } finally {
      process.env.MONGODB_URI = shared;
    }
    [e1, e2, e3] = h.world.employees as [Actor, Actor, Actor];
  });
  after(async () => {
    await h?.close();
    await ferret?.remove();
  });

  const dm = (who: Actor, text: string): SlackRequest =>
    eventCallback(messageEvent({ user: who.identity.userId, text, channel: `D${who.identity.userId.slice(1)}`, channelType: 'im' }));
  const timed = async (request: SlackRequest, headers?: Record<string, string>) => {
    const started = performance.now();
    const res = await postSigned(h.url, request, headers ? { headers } : {});
    answerTimes.push(performance.now() - started);
    return res;
  };
  const send = async (who: Actor, text: string): Promise<Sent> => {
    const request = dm(who, text);
    return { text, request, status: (await timed(request)).status };
  };
  /** Slack's redelivery of an event answered non-2xx: the same body, with its retry number. */
  const redeliver = async (sent: Sent): Promise<number> => {
    for (let retry = 1; retry <= 3; retry++) {
      const { status } = await timed(sent.request, { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_error' });
      if (status === 200) return status;
      await delay(1_000);
    }
    return 0;
  };
  const relaysOf = (text: string) =>
    h.stub
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === h.world.channel.channelId && JSON.stringify(c.body.blocks ?? []).includes(text));
  const toldInDm = (who: Actor) =>
    h.stub
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === who.identity.userId && faultSentences.includes(String(c.body.text)));

  it('relays every DM exactly once (after a retry where it was refused), answers every click and command in time, then recovers', async () => {
    // Before: e1 is admitted (the gate remembers them for 10 s); e2 and e3 will be read by the gate.
    const before = await send(e1, 'before the outage');
    expect(before.status).to.equal(200);
    await h.app.idle();

    await ferret.kill();
    const outageStarted = performance.now();
    const homeClick = (who: Actor) =>
      blockActions({
        user: who.identity.userId,
        actionId: actions.bookOpen,
        value: 'book',
        view: { id: `VH${who.identity.userId}`, callbackId: 'home', type: 'home' },
      });
    const responseUrl = h.stub.responseUrl();
    const [early1, early2, clickAdmitted, clickRead, command] = await Promise.all([
      send(e1, 'early in the outage, admitted sender'),
      send(e2, 'early in the outage, sender read by the gate'),
      timed(homeClick(e1)),
      timed(homeClick(e2)),
      timed(slashCommand({ command: commands.wellbeing, user: e3.identity.userId, channel: 'C1', responseUrl })),
    ]);
    await delay(OUTAGE_MS - 4_000);
    const late1 = await send(e1, 'late in the outage');
    await delay(Math.max(0, OUTAGE_MS - (performance.now() - outageStarted)));
    await ferret.start();
    const after = await send(e1, 'after the outage');

    // Nothing the app could not take was answered 200: Slack brings those back.
    const during = [early1, early2, late1];
    expect(during.map((s) => s.status)).to.deep.equal([503, 503, 503]);
    for (const sent of [...during, after].filter((s) => s.status !== 200)) expect(await redeliver(sent), sent.text).to.equal(200);
    await h.app.idle();

    for (const sent of [before, ...during, after]) expect(relaysOf(sent.text), sent.text).to.have.length(1);
    expect(
      answerTimes.every((ms) => ms < SLACK_LIMIT_MS),
      `answer times ${answerTimes.map(Math.round).join(', ')}`,
    ).to.equal(true);

    // The admitted person's click was acked at once and opened the form; it shows either the form or one sentence.
    expect(clickAdmitted.status).to.equal(200);
    const opened = h.stub.callsTo('views.open');
    expect(opened, 'one modal opened, for the admitted person only').to.have.length(1);
    const filled = h.stub.callsTo('views.update');
    expect(filled, 'that modal updated once').to.have.length(1);
    // The other waited for the gate: answered at the deadline with one sentence, and nothing opened for them.
    expect(clickRead.status).to.equal(200);
    expect(toldInDm(e2).map((c) => c.body.text)).to.deep.equal([faultWording(GB).notTaken]);
    expect(toldInDm(e1)).to.have.length(0);
    // The command, also waiting for the gate, was answered with the sentence itself.
    expect(command.status).to.equal(200);
    expect((JSON.parse(command.body) as { text?: string }).text).to.equal(faultWording(GB).notTaken);
    expect(h.stub.callsTo('response_url')).to.have.length(0);
  });
});
