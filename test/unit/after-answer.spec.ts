// The after-answer queue: never more work at once than its concurrency, everything run once, `idle` waits for all.
import { expect } from 'chai';
import { AfterAnswerQueue } from '../../src/services/after-answer.js';

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
});
