// A fresh database per suite on the real MongoDB protocol: MONGODB_URI when set (CI: FerretDB), otherwise an
// in-memory mongod from mongodb-memory-server.
import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../src/store/connection.js';

let memoryServer: { getUri(): string; stop(): Promise<boolean> } | null = null;

export async function serverUri(): Promise<string> {
  if (process.env.MONGODB_URI) return process.env.MONGODB_URI;
  if (!memoryServer) {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    memoryServer = await MongoMemoryServer.create();
  }
  return memoryServer.getUri();
}

export async function openTestDatabase(suite: string): Promise<Database> {
  const name = `test_${suite.replace(/[^a-z0-9]/gi, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const db = await connectDatabase(await serverUri(), name);
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await db.connection.dropDatabase();
      await close();
    },
  };
}

export async function stopTestServer(): Promise<void> {
  await memoryServer?.stop();
  memoryServer = null;
}

/** Every collection's documents in a stable order, for asserting that a refused call changed nothing. */
export async function snapshotDatabase(db: Database): Promise<string> {
  const raw = db.connection.db;
  if (!raw) throw new Error('database not connected');
  const out: Record<string, unknown[]> = {};
  const names = (await raw.listCollections().toArray()).map((c) => c.name).sort();
  for (const name of names) out[name] = await raw.collection(name).find().sort({ _id: 1 }).toArray();
  return JSON.stringify(out);
}
