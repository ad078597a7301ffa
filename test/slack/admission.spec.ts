// Admission at the Slack door (issue 17): a flood of signed requests, far more than ADMISSION_MAX_IN_FLIGHT at once,
// is answered in full within Slack's 3 s, each in its own way (a DM event not taken gets a 503, a button, command or
// form turned away gets "nothing was changed, try again"), nothing started for a request turned away, and what was
// turned away or left owed is finished afterwards: Slack's redeliveries relay each DM exactly once, a form sent again
// books, and any notices a full after-answer queue shed are sent by the sweep, each once.
import { expect } from 'chai';
import { faultWording } from '../../src/domain/wording.js';
import { createLogger } from '../../src/log.js';
import { actions, commands, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import {
  blockActions,
  eventCallback,
  messageEvent,
  postSigned,
  slashCommand,
  state,
  viewSubmission,
  type SlackRequest,
} from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const EMPLOYEES = 8;
const SLACK_ACK_LIMIT_MS = 3_000;

/** A counter from /metrics (the registry is the process's: compare before and after). */
async function metric(url: string, line: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

describe('slack: a flood past the bound of requests in flight', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('admission', {
      world: { employees: EMPLOYEES, slotCount: EMPLOYEES, allowance: 2 },
      log: process.env.ADMISSION_TEST_LOG ? createLogger(process.env.ADMISSION_TEST_LOG) : undefined,
      env: { ADMISSION_MAX_IN_FLIGHT: '3', AFTER_ANSWER_CONCURRENCY: '1', AFTER_ANSWER_BACKLOG: '3' },
    });
  });
  after(() => h.close());

  const user = (i: number) => `UEMP${i + 1}`;
  const dmText = (i: number, n: number) => `flood message ${n} from employee ${i + 1}`;
  const booking = (i: number) =>
    viewSubmission({ user: user(i), callbackId: views.book, values: state.select('slot', String(h.world.slots[i]?._id)) as never });
  const relays = (text: string) => h.stub.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body.blocks ?? []).includes(text));
  const notTakenTells = () =>
    [...h.stub.callsTo('chat.postEphemeral'), ...h.stub.callsTo('chat.postMessage')].filter(
      (c) => c.body.text === faultWording(GB).notTaken,
    );

  it('answers every request within 3 s, and what was turned away or shed is done afterwards, once', async () => {
    const refusedBefore = await metric(h.url, 'wellbeing_admission_refused_total{surface="slack"}');
    const dms = Array.from({ length: EMPLOYEES * 3 }, (_, n) => {
      const i = n % EMPLOYEES;
      return {
        text: dmText(i, n),
        request: eventCallback(messageEvent({ user: user(i), text: dmText(i, n), channel: `DEMP${i + 1}`, channelType: 'im' })),
      };
    });
    const bookings = Array.from({ length: EMPLOYEES }, (_, i) => booking(i));
    const buttons = Array.from({ length: EMPLOYEES }, (_, i) =>
      blockActions({ user: user(i), actionId: actions.bookOpen, value: 'book', view: { id: `VHOME${i}`, callbackId: '', type: 'home' } }),
    );
    const slashes = Array.from({ length: EMPLOYEES }, (_, i) =>
      slashCommand({
        command: commands.wellbeing,
        text: 'book',
        user: user(i),
        channel: `DEMP${i + 1}`,
        responseUrl: h.stub.responseUrl(),
      }),
    );
    const timed = async (request: SlackRequest) => {
      const started = performance.now();
      const res = await postSigned(h.url, request);
      return { ...res, ms: performance.now() - started };
    };
    // All at once, interleaved, as a burst arrives.
    const [dmAnswers, bookingAnswers, buttonAnswers, slashAnswers] = await Promise.all([
      Promise.all(dms.map((d) => timed(d.request))),
      Promise.all(bookings.map(timed)),
      Promise.all(buttons.map(timed)),
      Promise.all(slashes.map(timed)),
    ]);
    const all = [...dmAnswers, ...bookingAnswers, ...buttonAnswers, ...slashAnswers];
    expect(Math.max(...all.map((a) => a.ms)), 'every answer within Slack 3 s').to.be.below(SLACK_ACK_LIMIT_MS);
    await h.app.idle();

    const refused = (await metric(h.url, 'wellbeing_admission_refused_total{surface="slack"}')) - refusedBefore;
    expect(refused, 'the flood went past the bound').to.be.greaterThan(0);
    // Each kind answered its own way.
    for (const a of dmAnswers) expect([200, 503]).to.include(a.status);
    const notTakenBooking = (body: string) => body.includes("couldn't do that just now");
    for (const a of bookingAnswers) expect(a.body === '' || notTakenBooking(a.body), a.body).to.equal(true);
    for (const a of [...buttonAnswers, ...slashAnswers]) expect(a.status).to.equal(200);
    const slashesTaken = slashAnswers.filter((a) => !a.body.includes(faultWording(GB).notTaken)).length;
    // A button either opened its modal or its sender read that nothing was done: never both, never neither.
    expect(h.stub.callsTo('views.open').length - slashesTaken + notTakenTells().length).to.equal(EMPLOYEES);
    const turnedAway = dmAnswers.filter((a) => a.status === 503).length + bookingAnswers.filter((a) => notTakenBooking(a.body)).length;
    expect(turnedAway, 'some DMs or forms were turned away at the door').to.be.greaterThan(0);

    // Slack delivers again every event it had no 200 for, up to 3 times (and here one it had: it must not relay twice).
    const redeliver = async (request: SlackRequest) => {
      for (let retryNum = 1; retryNum <= 3; retryNum++) {
        const res = await h.post(request, { headers: { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_error' } });
        if (res.status === 200) return;
      }
      expect.fail('an event was not taken on any of its retries');
    };
    const taken = dms.find((_, n) => dmAnswers[n]?.status === 200);
    for (const d of [...dms.filter((_, n) => dmAnswers[n]?.status !== 200), ...(taken ? [taken] : [])]) await redeliver(d.request);
    // ... and a person whose form was turned away sends it again.
    for (const [i, a] of bookingAnswers.entries()) if (notTakenBooking(a.body)) expect((await h.post(booking(i))).body).to.equal('');
    for (const d of dms) expect(relays(d.text), `${d.text} relayed exactly once`).to.have.length(1);

    // Notices a full after-answer queue shed (how many depends on the machine's speed; the shed path itself is held
    // deterministically by test/services/backpressure.spec.ts) were left owed: the sweep sends them, each once.
    h.setNow(new Date(h.now().getTime() + 120_000));
    await h.services.sweep();
    await h.app.idle();
    expect(await h.db.models.Owed.countDocuments({}), 'nothing owed after the sweep').to.equal(0);
    for (let i = 0; i < EMPLOYEES; i++) {
      const upcoming = (await h.services.sessions.overview(h.world.employees[i] as never)).upcoming;
      expect(upcoming, `employee ${i + 1} booked once`).to.have.length(1);
      const booked = h.stub
        .callsTo('chat.postMessage')
        .filter((c) => c.body.text === 'Session booked' && JSON.stringify(c.body.blocks ?? []).includes(`Employee ${i + 1} with`));
      expect(booked, `employee ${i + 1}: the booking told to both sides, once each`).to.have.length(2);
    }
  });
});
