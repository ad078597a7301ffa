// What every use case is given: the store, the Notifier port, a clock, a logger. No SDK, no model.
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import type { Notifier } from './notifier.js';

export interface ServiceContext {
  store: Store;
  notifier: Notifier;
  clock: () => Date;
  log: Logger;
  /** How old an unfinished claim must be before another call may repair it (it may still be in flight). */
  claimGraceMs: number;
}

export const DEFAULT_CLAIM_GRACE_MS = 60_000;
