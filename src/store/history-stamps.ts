// A one-off for data written before history was bucketed (`npm run admin -- stamp-history`): stamps the UTC day on
// sessions, requests, audit events and delivery keys, and the therapist, day and hour made on claims, so the sweep
// and the retention purge reach them by equality. Reads each collection whole, once: an operator's command, never
// a request path. Idempotent: only documents without the stamp are touched.
import { dayKey } from '../domain/time.js';
import { madeHour } from './claims.js';
import type { Models } from './models.js';

const BATCH = 1_000;

export interface StampCounts {
  sessions: number;
  requests: number;
  auditEvents: number;
  deliveries: number;
  claims: number;
}

interface Stampable {
  find(filter: Record<string, unknown>): { lean<R>(): { exec(): Promise<R> } };
  bulkWrite(
    ops: { updateOne: { filter: { _id: unknown }; update: { $set: Record<string, unknown> } } }[],
    o: { ordered: false },
  ): Promise<unknown>;
}

async function stamp<T extends { _id: unknown }>(
  model: Stampable,
  missing: Record<string, unknown>,
  fields: (doc: T) => Record<string, unknown> | null,
): Promise<number> {
  const docs = await model.find(missing).lean<T[]>().exec();
  const ops = docs.flatMap((d) => {
    const set = fields(d);
    return set ? [{ updateOne: { filter: { _id: d._id }, update: { $set: set } } }] : [];
  });
  for (let i = 0; i < ops.length; i += BATCH) await model.bulkWrite(ops.slice(i, i + BATCH), { ordered: false });
  return ops.length;
}

const dayOf = (at: unknown) => (at instanceof Date ? { day: dayKey(at) } : null);

export class HistoryStampRepository {
  constructor(private readonly models: Models) {}

  stamp(): Promise<StampCounts> {
    return stampHistory(this.models);
  }
}

async function stampHistory(models: Models): Promise<StampCounts> {
  const noDay = { day: { $exists: false } };
  const [sessions, requests, auditEvents, deliveries, claims] = await Promise.all([
    stamp<{ _id: unknown; start: Date }>(models.Session, noDay, (d) => dayOf(d.start)),
    stamp<{ _id: unknown; createdAt: Date }>(models.RescheduleRequest, noDay, (d) => dayOf(d.createdAt)),
    stamp<{ _id: unknown; at: Date }>(models.AuditEvent, noDay, (d) => dayOf(d.at)),
    stamp<{ _id: unknown; createdAt: Date }>(models.Delivery, noDay, (d) => dayOf(d.createdAt)),
    stamp<{ _id: string; kind: string; createdAt: Date }>(models.Claim, { made: { $exists: false } }, (c) => {
      const made = { made: madeHour(c.createdAt) };
      if (c.kind === 'reminder') return { ...made, day: dayKey(c.createdAt) };
      if (c.kind !== 'busy') return made;
      const [, therapistId = '', ...instant] = c._id.split(':');
      const tick = new Date(instant.join(':'));
      return Number.isNaN(tick.getTime()) ? made : { ...made, therapistId, day: dayKey(tick) };
    }),
  ]);
  return { sessions, requests, auditEvents, deliveries, claims };
}
