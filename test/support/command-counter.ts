// Counts the database commands (round trips) a piece of work sends, with the driver's own command monitoring:
// the connection must be opened with `monitorCommands: true` (openTestDatabase(suite, { monitorCommands: true })).
// Used by bench/round-trips.ts for the table and by tests that hold a use case to its budget.
import type { mongo } from 'mongoose';
import type { Database } from '../../src/store/connection.js';

export interface CommandCount {
  total: number;
  /**
   * Sequential round trips: how many times the work waited on the database with nothing else in flight. Commands
   * sent while another is still out share its wait (reads in parallel), so this is the latency cost, `total` the load.
   */
  waits: number;
  /** Commands by name, e.g. { find: 3, insert: 2 }. */
  byCommand: Record<string, number>;
}

/** Driver housekeeping that is no round trip of the use case (session clean-up at close). */
const housekeeping = new Set(['endSessions']);

export async function countCommands<T>(db: Database, work: () => Promise<T>): Promise<{ result: T; count: CommandCount }> {
  const client = db.connection.getClient();
  // Without monitoring the driver emits nothing, and every budget would pass with a count of 0.
  if (!client.options.monitorCommands) throw new Error('countCommands: open the database with { monitorCommands: true }');
  const count: CommandCount = { total: 0, waits: 0, byCommand: {} };
  const inFlight = new Set<number>();
  const onStarted = (event: mongo.CommandStartedEvent) => {
    if (housekeeping.has(event.commandName)) return;
    count.total += 1;
    count.byCommand[event.commandName] = (count.byCommand[event.commandName] ?? 0) + 1;
    if (inFlight.size === 0) count.waits += 1;
    inFlight.add(event.requestId);
  };
  const onEnded = (event: mongo.CommandSucceededEvent | mongo.CommandFailedEvent) => {
    inFlight.delete(event.requestId);
  };
  client.on('commandStarted', onStarted);
  client.on('commandSucceeded', onEnded);
  client.on('commandFailed', onEnded);
  try {
    return { result: await work(), count };
  } finally {
    client.off('commandStarted', onStarted);
    client.off('commandSucceeded', onEnded);
    client.off('commandFailed', onEnded);
  }
}

/** `find 3, insert 2` for a table cell or an assertion message. */
export function describeCount(count: CommandCount): string {
  return Object.entries(count.byCommand)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
