// Work that runs after a person has had their answer: notices, the rest of a Slack listener's work after its ack,
// Home tabs republished. It shares one small queue per process, so under a burst it waits here (as closures)
// instead of crowding the database and the event loop that the next answers need; it catches up afterwards.
// Nothing in it is the only record of what is owed: notices stay in `owed` until sent, and the sweep finishes
// them if the process dies with the queue full.
//
// Bounded: past `maxBacklog` waiting pieces, work that is recorded as owed (notices, Home tabs) is shed at once and
// left to the sweep, and the platforms stop taking new requests (a Slack event gets a 503 and is delivered again
// later; a button, command or form is not started and its sender is told to try again), so a burst never holds
// memory without limit. Work that is the only record of something (the rest of a listener after its request was
// taken) is never shed: it is bounded by the requests taken before the bound was reached.
//
// Answers come first: while any request is still waiting for its answer (a Slack view submission runs its use
// case before the ack, and every request's gate reads a person), only a quarter of the places are given out, so
// the database commands of that answer queue behind a few pieces of after-answer work instead of all of them.
import type { RequestHandler } from 'express';

/** How many pieces of after-answer work run at once per process (`AFTER_ANSWER_CONCURRENCY` in production). */
export const DEFAULT_AFTER_ANSWER_CONCURRENCY = 8;
/** How many pieces may wait before sheddable work is shed and new events are turned away. */
export const DEFAULT_AFTER_ANSWER_BACKLOG = 2_000;

/** Work shed because the queue was full: what it would have done is still owed, and the sweep does it. */
export class AfterAnswerShed extends Error {
  constructor() {
    super('after-answer work shed: the queue is full');
  }
}

export class AfterAnswerQueue {
  private running = 0;
  /** Requests whose HTTP answer has not gone out yet. */
  private answering = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly tracked = new Set<Promise<unknown>>();
  private readonly concurrencyWhileAnswering: number;
  private shedCount = 0;

  constructor(
    private readonly concurrency = DEFAULT_AFTER_ANSWER_CONCURRENCY,
    private readonly maxBacklog = DEFAULT_AFTER_ANSWER_BACKLOG,
  ) {
    this.concurrencyWhileAnswering = Math.max(1, Math.floor(concurrency / 4));
  }

  /** Express middleware: counts each request as answering from its arrival until its response is sent. */
  whileAnswering(): RequestHandler {
    return (_req, res, next) => {
      this.answering++;
      let done = false;
      const answered = () => {
        if (done) return;
        done = true;
        this.answering--;
        this.admit();
      };
      res.once('finish', answered);
      res.once('close', answered);
      next();
    };
  }

  /**
   * Runs `work` once a place is free; the promise settles as the work does. `sheddable`: the work is recorded as
   * owed elsewhere, so when the queue is full it is shed at once (rejected with AfterAnswerShed) instead of waiting.
   */
  run<T>(work: () => Promise<T>, opts: { sheddable?: boolean } = {}): Promise<T> {
    if (opts.sheddable && this.overloaded) {
      this.shedCount++;
      return Promise.reject(new AfterAnswerShed());
    }
    const task = this.place().then(() => work().finally(() => this.leave()));
    const watched: Promise<unknown> = task.catch(() => undefined).finally(() => this.tracked.delete(watched));
    this.tracked.add(watched);
    return task;
  }

  /** Pieces of work waiting for a place (a gauge of how far behind the answers the work is). */
  get backlog(): number {
    return this.waiting.length;
  }

  /** True while the backlog is at its bound: new events are turned away, sheddable work is shed. */
  get overloaded(): boolean {
    return this.waiting.length >= this.maxBacklog;
  }

  /** Pieces of work shed since start (a counter for the metrics). */
  get shed(): number {
    return this.shedCount;
  }

  /** Resolves when nothing is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.tracked.size > 0) await Promise.all([...this.tracked]);
  }

  private get limit(): number {
    return this.answering > 0 ? this.concurrencyWhileAnswering : this.concurrency;
  }

  private async place(): Promise<void> {
    if (this.running >= this.limit || this.waiting.length > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
  }

  private leave(): void {
    this.running--;
    this.admit();
  }

  /** Gives free places to waiting work, in arrival order (a place is taken on the waiter's behalf). */
  private admit(): void {
    while (this.running < this.limit) {
      const next = this.waiting.shift();
      if (!next) return;
      this.running++;
      next();
    }
  }
}
