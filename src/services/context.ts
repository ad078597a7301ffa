// What every use case is given: the store, the Notifier port, a clock, a logger. No SDK, no model.
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import type { AfterAnswerQueue } from './after-answer.js';
import type { Notifier } from './notifier.js';

export interface ServiceContext {
  store: Store;
  notifier: Notifier;
  clock: () => Date;
  log: Logger;
  /** How old an unfinished claim must be before another call may repair it (it may still be in flight). */
  claimGraceMs: number;
  /**
   * How long a use case waits for its notices before it returns: platforms must answer within seconds (Slack's
   * 3 s ack), so slower deliveries finish in the background (and the sweep finishes them if the process dies).
   */
  noticeWaitMs: number;
  /** Notice deliveries still running after their use case returned; awaited by `idle()` (shutdown, tests). */
  settling: Set<Promise<unknown>>;
  /** Where deliveries that do not hold up the answer run (the app's after-answer queue); inline when absent. */
  afterAnswer?: AfterAnswerQueue;
}

export const DEFAULT_CLAIM_GRACE_MS = 60_000;
export const DEFAULT_NOTICE_WAIT_MS = 1_500;
