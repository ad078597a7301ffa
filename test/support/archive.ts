// Reading a kind of history wherever it is kept: its hot collection and every month's cold one (docs/design.md §6).
// For tests that follow a document through the sweep's move to the cold collections.
import { coldCollectionOf } from '../../src/store/archive.js';
import type { Database } from '../../src/store/connection.js';
import type { ArchivedKind } from '../../src/store/models.js';

/** The names of a kind's cold collections that exist, in month order. */
export async function coldCollections(db: Database, kind: ArchivedKind): Promise<string[]> {
  const names = (await db.connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  return names.filter((n) => coldCollectionOf(n)?.kind === kind).sort();
}

/** The documents of a kind matching `filter`, hot and cold, each with where it was found; sorted by `_id`. */
export async function findEverywhere(
  db: Database,
  kind: ArchivedKind,
  filter: Record<string, unknown> = {},
): Promise<({ _id: unknown; in: string } & Record<string, unknown>)[]> {
  const raw = db.connection.db!;
  const names = [kind, ...(await coldCollections(db, kind))];
  const found = await Promise.all(
    names.map(async (name) => (await raw.collection(name).find(filter).toArray()).map((d) => ({ ...d, in: name }))),
  );
  return found.flat().sort((a, b) => String(a._id).localeCompare(String(b._id)));
}
