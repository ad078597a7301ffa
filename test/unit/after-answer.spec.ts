// The after-answer queue: never more work at once than its concurrency, everything run once, `idle` waits for all.
import { EventEmitter } from 'node:events';
import { expect } from 'chai';
import { AfterAnswerQueue, AfterAnswerShed } from '../../src/services/after-answer.js';

describe('after-answer queue', () => {
  it('runs at most `concurrency` pieces at once, queues the rest, and runs every piece once', async () => {
    const queue = new AfterAnswerQueue(3);
    let running = 0;
    let most = 0;
    const ran: number[] = [];
    const results = Array.from({ length: 12 }, (_, i) =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        ran.push(i);
        return i * 2;
      }),
    );
    expect(queue.backlog).to.equal(9);
    expect(await Promise.all(results)).to.deep.equal(Array.from({ length: 12 }, (_, i) => i * 2));
    expect(most).to.equal(3);
    expect([...ran].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 12 }, (_, i) => i));
  });

  it('a failing piece frees its place and rejects only its own promise; idle waits for everything', async () => {
    const queue = new AfterAnswerQueue(1);
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    let later = false;
    void queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      later = true;
    });
    await queue.idle();
    expect(later).to.equal(true);
    expect(await failed.catch((err: Error) => err.message)).to.equal('boom');
    expect(queue.backlog).to.equal(0);
  });

  it('gives out only a quarter of its places while a request waits for its answer, and all of them once it is sent', async () => {
    const queue = new AfterAnswerQueue(8);
    const response = new EventEmitter();
    queue.whileAnswering()({} as never, response as never, () => undefined);
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const pieces = Array.from({ length: 12 }, () =>
      queue.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).to.equal(2);
    response.emit('finish');
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).to.equal(8);
    // A second 'close' of the same response counts nothing twice.
    response.emit('close');
    while (gates.length > 0 || running > 0) {
      gates.splice(0).forEach((open) => open());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pieces);
    expect(most).to.equal(8);
    expect(queue.backlog).to.equal(0);
  });

  it('is bounded: past its backlog, sheddable work is shed at once and counted, other work still waits its turn', async () => {
    const queue = new AfterAnswerQueue(1, 2);
    let release = () => undefined as void;
    const blocker = queue.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = [queue.run(async () => 'a', { sheddable: true }), queue.run(async () => 'b', { sheddable: true })];
    expect(queue.overloaded).to.equal(true);
    const shed = queue.run(async () => 'c', { sheddable: true });
    const kept = queue.run(async () => 'd');
    await shed.then(
      () => expect.fail('shed work ran'),
      (err: unknown) => expect(err).to.be.instanceOf(AfterAnswerShed),
    );
    expect(queue.shed).to.equal(1);
    release();
    await blocker;
    expect(await Promise.all([...waiting, kept])).to.deep.equal(['a', 'b', 'd']);
    expect(queue.overloaded).to.equal(false);
  });
});
