// Opening the database: MONGODB_URI when set, otherwise an embedded MongoDB kept in a local data folder.
import { mkdir } from 'node:fs/promises';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../log.js';
import { bindModels, type Models } from './models.js';

export interface Database {
  connection: Connection;
  models: Models;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/** The database named in the URI's path, or `wellbeing` when the URI names none. */
function defaultDbName(uri: string): string | undefined {
  const path = uri.replace(/^mongodb(\+srv)?:\/\/[^/]*/, '').split('?')[0] ?? '';
  return path.length > 1 ? undefined : 'wellbeing';
}

export async function connectDatabase(uri: string, dbName?: string): Promise<Database> {
  const connection = mongoose.createConnection(uri, { dbName: dbName ?? defaultDbName(uri), serverSelectionTimeoutMS: 10_000, autoIndex: false });
  await connection.asPromise();
  const models = bindModels(connection);
  // Indexes are created explicitly (not by autoIndex in the background) so that no request races a missing
  // unique index on a fresh database.
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  return { connection, models, close: () => connection.close() };
}

export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.connection.db?.admin().ping();
    return true;
  } catch {
    return false;
  }
}

/** Starts an embedded mongod for local use; it needs the binary, which is downloaded on first use. */
export async function startEmbeddedMongo(dataDir: string, log: Logger): Promise<{ uri: string; stop(): Promise<void> }> {
  try {
    await mkdir(dataDir, { recursive: true });
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = await MongoMemoryServer.create({ instance: { dbPath: dataDir, storageEngine: 'wiredTiger' } });
    log.info({ dataDir }, 'embedded MongoDB started');
    return { uri: server.getUri(), stop: async () => void (await server.stop({ doCleanup: false })) };
  } catch (err) {
    throw new DatabaseUnavailableError(
      `No database: MONGODB_URI is not set and the embedded MongoDB could not be started (${(err as Error).message.split('\n')[0]}). ` +
        'Set MONGODB_URI to a MongoDB 6+ server, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/wellbeing.',
    );
  }
}
