// A fresh database per suite on the real MongoDB protocol, all on the run's one server: MONGODB_URI, which
// the global fixture (global-db.ts) sets to the local database it started when the environment had none.
import { randomBytes } from 'node:crypto';
import { connectDatabase, type ConnectOptions, type Database } from '../../src/store/connection.js';

export async function serverUri(): Promise<string> {
  const uri = process.env.MONGODB_URI?.trim();
  if (!uri)
    throw new Error('MONGODB_URI is not set: run the tests with mocha, whose global fixture (test/support/global-db.ts) provides it');
  return uri;
}

export async function openTestDatabase(suite: string, options: ConnectOptions = {}): Promise<Database> {
  const name = `test_${suite.replace(/[^a-z0-9]/gi, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const db = await connectDatabase(await serverUri(), name, options);
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await db.connection.dropDatabase();
      await close();
    },
  };
}

/** Every collection's documents in a stable order, for asserting that a refused call changed nothing. */
export async function snapshotDatabase(db: Database): Promise<string> {
  const raw = db.connection.db;
  if (!raw) throw new Error('database not connected');
  const out: Record<string, unknown[]> = {};
  const names = (await raw.listCollections().toArray()).map((c) => c.name).sort();
  // The language a person's platform reports is learned on any request they make, a refused one too (after its
  // answer): not a change the request made, so left out.
  const learned = { projection: { platformLocale: 0, platformLocaleAt: 0 } };
  for (const name of names)
    out[name] = await raw
      .collection(name)
      .find({}, name === 'people' ? learned : {})
      .sort({ _id: 1 })
      .toArray();
  return JSON.stringify(out);
}
