// The sweep's retention step: each organisation's free text older than its window (default 365 days) is purged,
// leaving who, what and when. Bounded per pass: at most RETENTION_BATCH documents per collection and organisation.
import { DEFAULT_RETENTION_DAYS } from '../../store/models.js';
import { ERASED_TEXT } from '../../store/person-data.js';
import type { ServiceContext } from '../context.js';

export const RETENTION_BATCH = 500;
const DAY_MS = 86_400_000;

export interface RetentionReport {
  requests: number;
  sessions: number;
  auditEvents: number;
  claims: number;
}

export async function purgeExpiredText(ctx: ServiceContext, limit = RETENTION_BATCH): Promise<RetentionReport> {
  const now = ctx.clock().getTime();
  const report: RetentionReport = { requests: 0, sessions: 0, auditEvents: 0, claims: 0 };
  let shortest = Infinity;
  for (const org of await ctx.store.retention.windows()) {
    const days = org.retentionDays ?? DEFAULT_RETENTION_DAYS;
    shortest = Math.min(shortest, days);
    const purged = await ctx.store.retention.purge(org._id, new Date(now - days * DAY_MS), limit);
    report.requests += purged.requests;
    report.sessions += purged.sessions;
    report.auditEvents += purged.auditEvents;
  }
  // Change claims carry no organisation: the shortest window applies to all (settled ones are retired within a day anyway).
  if (Number.isFinite(shortest)) {
    const keys = await ctx.store.claims.withTextBefore(new Date(now - shortest * DAY_MS), limit, ERASED_TEXT);
    report.claims = keys.length > 0 ? await ctx.store.claims.replaceText(keys, ERASED_TEXT) : 0;
  }
  return report;
}
