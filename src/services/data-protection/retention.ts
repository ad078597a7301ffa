// The sweep's retention step: each organisation's free text older than its window (default 365 days) is purged,
// leaving who, what and when. Each organisation's history is walked one UTC day at a time (a sweep mark per
// organisation, from the day it was created), so a pass reads only the days that came due since the last one, at
// most RETENTION_DAYS_PER_PASS (a backlog is worked off over several passes).
import { bucketsAfter, dayKey, nextDay } from '../../domain/time.js';
import { ARCHIVE_MARK } from '../../store/archive.js';
import { DEFAULT_RETENTION_DAYS } from '../../store/models.js';
import { ERASED_TEXT } from '../../store/person-data.js';
import type { ServiceContext } from '../context.js';

export const RETENTION_DAYS_PER_PASS = 31;
/** Change claims are few (retired a day after they settle): at most this many are rewritten per pass. */
export const RETENTION_BATCH = 500;
const DAY_MS = 86_400_000;

export interface RetentionReport {
  requests: number;
  sessions: number;
  auditEvents: number;
  claims: number;
  /** Clinical notes and decision reasons of extra-session recommendations (issue 19, §4). */
  recommendations: number;
}

export async function purgeExpiredText(ctx: ServiceContext, daysPerPass = RETENTION_DAYS_PER_PASS): Promise<RetentionReport> {
  const now = ctx.clock().getTime();
  const marks = await ctx.store.sweepMarks.all();
  const report: RetentionReport = { requests: 0, sessions: 0, auditEvents: 0, claims: 0, recommendations: 0 };
  let shortest = Infinity;
  for (const org of await ctx.store.retention.windows()) {
    const days = org.retentionDays ?? DEFAULT_RETENTION_DAYS;
    shortest = Math.min(shortest, days);
    const before = new Date(now - days * DAY_MS);
    const cutoffDay = dayKey(before);
    const mark = `retention:${org._id}`;
    // An organisation never walked is walked from the day it was created.
    const due = bucketsAfter(marks.get(mark), cutoffDay, daysPerPass, dayKey(org.createdAt), nextDay);
    for (const day of due) {
      const purged = await ctx.store.retention.purgeDay(org._id, day, before, marks.get(ARCHIVE_MARK));
      report.requests += purged.requests;
      report.sessions += purged.sessions;
      report.auditEvents += purged.auditEvents;
      report.recommendations += await ctx.store.recommendations.purgeDay(org._id, day, before);
    }
    // A session listed under its start's day may end the next day: the mark stays two days behind the window.
    const walked = due.filter((d) => d < dayKey(new Date(before.getTime() - 2 * DAY_MS))).pop();
    if (walked !== undefined) await ctx.store.sweepMarks.set(mark, walked, new Date(now));
  }
  // Change claims carry no organisation: the shortest window applies to all (settled ones are retired within a day anyway).
  if (Number.isFinite(shortest)) {
    const keys = await ctx.store.claims.withTextBefore(new Date(now - shortest * DAY_MS), RETENTION_BATCH, ERASED_TEXT);
    report.claims = keys.length > 0 ? await ctx.store.claims.replaceText(keys, ERASED_TEXT) : 0;
  }
  return report;
}
