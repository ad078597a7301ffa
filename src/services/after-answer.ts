// Work that runs after a person has had their answer: notices, the rest of a Slack listener's work after its ack,
// Home tabs republished. It shares one small queue per process, so under a burst it waits here (as closures)
// instead of crowding the database and the event loop that the next answers need; it catches up afterwards.
// Nothing in it is the only record of what is owed: notices stay in `owed` until sent, and the sweep finishes
// them if the process dies with the queue full.

/** How many pieces of after-answer work run at once per process (`AFTER_ANSWER_CONCURRENCY` in production). */
export const DEFAULT_AFTER_ANSWER_CONCURRENCY = 8;

export class AfterAnswerQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly tracked = new Set<Promise<unknown>>();

  constructor(private readonly concurrency = DEFAULT_AFTER_ANSWER_CONCURRENCY) {}

  /** Runs `work` once a place is free; the promise settles as the work does. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const task = this.place().then(() => work().finally(() => this.leave()));
    const watched: Promise<unknown> = task.catch(() => undefined).finally(() => this.tracked.delete(watched));
    this.tracked.add(watched);
    return task;
  }

  /** Pieces of work waiting for a place (a gauge of how far behind the answers the work is). */
  get backlog(): number {
    return this.waiting.length;
  }

  /** Resolves when nothing is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.tracked.size > 0) await Promise.all([...this.tracked]);
  }

  private async place(): Promise<void> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
  }

  private leave(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
