// Services over a fresh test database with the CLI's silent notifier, and an IO that records what a command
// printed, so command tests run `execute` in-process.
import { createLogger } from '../../src/log.js';
import { execute, type CliIO, type ExitCode } from '../../src/cli/commands.js';
import { OperatorLookup } from '../../src/cli/operator-lookup.js';
import { SilentNotifier } from '../../src/cli/silent-notifier.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import type { Database } from '../../src/store/connection.js';
import { createStore } from '../../src/store/index.js';
import { openTestDatabase } from '../support/db.js';

export interface CliHarness {
  db: Database;
  services: CoreServices;
  out: string[];
  err: string[];
  /** Runs one command line; `out`/`err` hold only that command's lines. */
  run(...argv: string[]): Promise<ExitCode>;
  close(): Promise<void>;
}

export async function openCliHarness(suite: string): Promise<CliHarness> {
  const db = await openTestDatabase(suite);
  const services = createServices({ store: createStore(db), notifier: new SilentNotifier(), log: createLogger('silent') });
  const h: CliHarness = {
    db,
    services,
    out: [],
    err: [],
    async run(...argv) {
      h.out = [];
      h.err = [];
      const io: CliIO = { out: (line) => h.out.push(line), err: (line) => h.err.push(line) };
      return execute(services, argv, io, new OperatorLookup(db.models));
    },
    close: () => db.close(),
  };
  return h;
}
