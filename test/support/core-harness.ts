// Services over a real database with a recording notifier and a clock the test moves.
import type { Database } from '../../src/store/connection.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import { createStore } from '../../src/store/index.js';
import { createLogger } from '../../src/log.js';
import { openTestDatabase, snapshotDatabase } from './db.js';
import { RecordingNotifier } from './recording-notifier.js';

export const GRACE_MS = 60_000;

export interface CoreHarness {
  db: Database;
  services: CoreServices;
  notifier: RecordingNotifier;
  now(): Date;
  setNow(instant: Date): void;
  advance(ms: number): void;
  /** Every collection's documents, for asserting that a refused call changed nothing. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** `monitorCommands`: the connection reports its commands, so a test can count them (test/support/command-counter.ts). */
export async function openCoreHarness(
  suite: string,
  start = new Date('2030-01-07T10:00:00Z'),
  { monitorCommands = false, ...opts }: { noticeWaitMs?: number; monitorCommands?: boolean } = {},
): Promise<CoreHarness> {
  const db = await openTestDatabase(suite, { monitorCommands });
  const notifier = new RecordingNotifier();
  let now = start;
  const services = createServices({
    store: createStore(db),
    notifier,
    log: createLogger('silent'),
    clock: () => now,
    claimGraceMs: GRACE_MS,
    ...opts,
  });
  return {
    db,
    services,
    notifier,
    now: () => now,
    setNow: (instant) => void (now = instant),
    advance: (ms) => void (now = new Date(now.getTime() + ms)),
    snapshot: () => snapshotDatabase(db),
    close: () => db.close(),
  };
}
