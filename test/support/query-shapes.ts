// The shapes of the queries a piece of work sends, recorded with the driver's command monitoring (the connection
// must be opened with `monitorCommands: true`), and the rule every read on a request path or in the sweep keeps:
// it starts from an equality the database answers before anything else (FerretDB v1 pushes down only top-level
// scalar equalities; `$in`, `$or` and ranges are evaluated over every document it returns).
import type { mongo } from 'mongoose';
import type { Database } from '../../src/store/connection.js';

export interface QueryShape {
  collection: string;
  command: string;
  /** The filter as sent (a `$match` for aggregations, `q` of each update or delete statement). */
  filter: Record<string, unknown>;
}

const filtersOf = (event: mongo.CommandStartedEvent): Record<string, unknown>[] => {
  const c = event.command as Record<string, unknown>;
  switch (event.commandName) {
    case 'find':
    case 'count':
    case 'distinct':
      return [(c.filter ?? c.query ?? {}) as Record<string, unknown>];
    case 'aggregate': {
      const first = (c.pipeline as Record<string, unknown>[] | undefined)?.[0];
      return [(first?.$match as Record<string, unknown> | undefined) ?? {}];
    }
    case 'update':
      return ((c.updates ?? []) as { q: Record<string, unknown> }[]).map((u) => u.q);
    case 'delete':
      return ((c.deletes ?? []) as { q: Record<string, unknown> }[]).map((d) => d.q);
    case 'findAndModify':
      return [(c.query ?? {}) as Record<string, unknown>];
    default:
      return [];
  }
};

export async function recordQueries<T>(db: Database, work: () => Promise<T>): Promise<{ result: T; shapes: QueryShape[] }> {
  const client = db.connection.getClient();
  if (!client.options.monitorCommands) throw new Error('recordQueries: open the database with { monitorCommands: true }');
  const shapes: QueryShape[] = [];
  const onStarted = (event: mongo.CommandStartedEvent) => {
    const c = event.command as Record<string, unknown>;
    const collection = String(c[event.commandName] ?? '');
    for (const filter of filtersOf(event)) shapes.push({ collection, command: event.commandName, filter });
  };
  client.on('commandStarted', onStarted);
  try {
    return { result: await work(), shapes };
  } finally {
    client.off('commandStarted', onStarted);
  }
}

const isScalar = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || v instanceof Date || isObjectId(v);
const isObjectId = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as { _bsontype?: string })._bsontype === 'ObjectId';

/** The top-level fields of `filter` compared by scalar equality (`{f: v}` or `{f: {$eq: v}}`): what is pushed down. */
export function equalityFields(filter: Record<string, unknown>): string[] {
  return Object.entries(filter)
    .filter(([k, v]) => {
      if (k.startsWith('$')) return false;
      if (isScalar(v)) return true;
      return typeof v === 'object' && v !== null && '$eq' in v && isScalar((v as { $eq: unknown }).$eq);
    })
    .map(([k]) => k);
}

export const describeShape = (s: QueryShape): string =>
  `${s.command} ${s.collection} ${JSON.stringify(s.filter, (_k, v: unknown) => (isObjectId(v) ? 'ObjectId' : v))}`;
