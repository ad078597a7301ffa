// Opening the database at a URI (MONGODB_URI, or the local database that local-database.ts started).
import mongoose, { type Connection } from 'mongoose';
import { bindModels, type Models } from './models.js';

export { DatabaseUnavailableError } from './local-database.js';

export interface Database {
  connection: Connection;
  models: Models;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Emit the driver's command events (`commandStarted`, ...) on the client, for counting round trips. */
  monitorCommands?: boolean;
}

/** The database named in the URI's path, or `wellbeing` when the URI names none. */
function defaultDbName(uri: string): string | undefined {
  const path = uri.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '').split('?')[0] ?? '';
  return path.length > 1 ? undefined : 'wellbeing';
}

export async function connectDatabase(uri: string, dbName?: string, options: ConnectOptions = {}): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    dbName: dbName ?? defaultDbName(uri),
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    monitorCommands: options.monitorCommands ?? false,
  });
  await connection.asPromise();
  const models = bindModels(connection);
  // Indexes are created explicitly (not by autoIndex in the background) so that no request races a missing
  // unique index on a fresh database.
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  return { connection, models, close: () => connection.close() };
}

/** True when the database answers a ping within `timeoutMs` (a readiness probe must not wait for the driver's
 *  10-second server selection). */
export async function pingDatabase(db: Database, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((done) => (timer = setTimeout(() => done(false), timeoutMs)));
  const ping = (async () => {
    const raw = db.connection.db;
    if (!raw || db.connection.readyState !== 1) return false;
    await raw.admin().ping();
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
