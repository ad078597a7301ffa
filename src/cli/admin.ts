// `npm run admin -- <command> [--flags]`: parse the command line, open the database, run one command, exit
// with 0 (done), 1 (refused) or 2 (usage error). The commands themselves live in commands.ts. Every command runs
// with a notifier that sends nothing, except the sweep, which delivers with the app's notifiers (delivery.ts).
import { ConfigError, configSchema, loadDotEnv, type Config } from '../config.js';
import { createLogger } from '../log.js';
import { createServices } from '../services/index.js';
import { connectDatabase, DatabaseUnavailableError } from '../store/connection.js';
import { localStarters, openLocalDatabase } from '../store/local-database.js';
import { createStore } from '../store/index.js';
import { consoleIO, EXIT_REFUSED, EXIT_USAGE, helpText, parseCommandLine, UsageError, type ParsedCommand } from './commands.js';
import { loadCliConfig } from './cli-config.js';
import { openDelivery, type Delivery } from './delivery.js';
import { OperatorLookup } from './operator-lookup.js';
import { SilentNotifier } from './silent-notifier.js';

async function main(argv: string[]): Promise<number> {
  let parsed: ParsedCommand;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`Usage error: ${err.message}`);
    console.error('Run `npm run admin -- help` for the commands.');
    return EXIT_USAGE;
  }
  if (!parsed.command.needsDb) {
    console.log(helpText(typeof parsed.flags.topic === 'string' ? parsed.flags.topic : undefined));
    return 0;
  }

  loadDotEnv();
  const uri = process.env.MONGODB_URI?.trim();
  // Like `npm start`: without MONGODB_URI, the local database (and its data folder), so a newcomer's set-up just works.
  // `--embedded` is still accepted (it was required before) and changes nothing.
  if (!uri) console.error("MONGODB_URI is not set: using the local database `npm start` uses (set MONGODB_URI for the service's own).");
  // The sweep reads the app's configuration first, so a bad one stops it before anything is touched.
  let config: Config | null = null;
  if (parsed.command.delivers) {
    try {
      config = loadCliConfig();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      console.error(err.message);
      return EXIT_REFUSED;
    }
  }
  // Log lines go to stderr, apart from what a command prints.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  // The same local database (and data folders) as `npm start`, so an operator can set up a local demo.
  const settings = configSchema.pick({ LOCAL_DATABASE: true, MONGODB_DATA_DIR: true, FERRETDB_DATA_DIR: true }).parse(process.env);
  const embedded = uri
    ? null
    : await openLocalDatabase(
        settings.LOCAL_DATABASE,
        localStarters({ mongoDataDir: settings.MONGODB_DATA_DIR, ferretDataDir: settings.FERRETDB_DATA_DIR, log }),
      );
  const db = await connectDatabase(uri || embedded?.uri || '', uri ? undefined : 'wellbeing');
  try {
    const store = createStore(db);
    const delivery: Delivery | undefined = config ? openDelivery({ config, store, log }) : undefined;
    const services = delivery?.services ?? createServices({ store, notifier: new SilentNotifier(), log });
    const code = await parsed.command.run(services, parsed.flags, consoleIO, new OperatorLookup(db.models), delivery);
    await (delivery ?? services).idle();
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`Usage error: ${err.message}`);
      return EXIT_USAGE;
    }
    throw err;
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    if (err instanceof DatabaseUnavailableError) console.error(err.message);
    else console.error(`Failed: ${(err as Error).message ?? String(err)}`);
    process.exit(EXIT_REFUSED);
  });
