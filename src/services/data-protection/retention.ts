// The sweep's retention step: each organisation's free text older than its window (default 365 days) is purged,
// leaving who, what and when. Each organisation's history is walked one UTC day at a time (a sweep mark per
// organisation, from the day it was created), each day once, when all of it has passed the window: a pass reads only
// the days that came due since the last one (none in most hourly passes, one a day at steady state), at most
// RETENTION_DAYS_PER_PASS (a backlog is worked off over several passes); a day due for several organisations is read
// once for all of them.
import { bucketsAfter, dayKey, nextDay } from '../../domain/time.js';
import { ARCHIVE_MARK } from '../../store/archive.js';
import { DEFAULT_RETENTION_DAYS } from '../../store/models.js';
import { ERASED_TEXT } from '../../store/free-text.js';
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
  // Each organisation's due days (its own window, walked from its own mark); each day is then purged once for every
  // organisation due on it, so a pass reads a day's history once, whatever the number of tenants.
  const dueOn = new Map<string, string[]>();
  const walkedTo = new Map<string, string>();
  for (const org of await ctx.store.retention.windows()) {
    const days = org.retentionDays ?? DEFAULT_RETENTION_DAYS;
    shortest = Math.min(shortest, days);
    const before = new Date(now - days * DAY_MS);
    const mark = `retention:${org._id}`;
    // A day is purged once, when all of it is past the window: a session listed under its start's day may end the
    // next day, so the last day due is two days behind the window's edge (text is kept at most two days longer,
    // never less), and a day is never read again (an organisation never walked is walked from its creation).
    const last = dayKey(new Date(before.getTime() - 2 * DAY_MS));
    const due = bucketsAfter(marks.get(mark), last, daysPerPass, dayKey(org.createdAt), nextDay);
    for (const day of due) dueOn.set(day, [...(dueOn.get(day) ?? []), String(org._id)]);
    const walked = due.at(-1);
    if (walked !== undefined) walkedTo.set(mark, walked);
  }
  for (const [day, orgIds] of [...dueOn].sort(([a], [b]) => a.localeCompare(b))) {
    const purged = await ctx.store.retention.purgeDay(day, orgIds, marks.get(ARCHIVE_MARK));
    report.requests += purged.requests;
    report.sessions += purged.sessions;
    report.auditEvents += purged.auditEvents;
    for (const orgId of orgIds) report.recommendations += await ctx.store.recommendations.purgeDay(orgId, day);
  }
  for (const [mark, walked] of walkedTo) await ctx.store.sweepMarks.set(mark, walked, new Date(now));
  // Change claims carry no organisation: the shortest window applies to all (settled ones are retired within a day anyway).
  if (Number.isFinite(shortest)) {
    const keys = await ctx.store.claims.withTextBefore(new Date(now - shortest * DAY_MS), RETENTION_BATCH, ERASED_TEXT);
    report.claims = keys.length > 0 ? await ctx.store.claims.replaceText(keys, ERASED_TEXT) : 0;
  }
  return report;
}

/**
 * The one-off for cold history an older version archived without the text mark (`npm run admin -- stamp-history`):
 * its copies that still hold free text are marked, then the days among theirs that retention has already walked past
 * are purged again, for the organisations whose walk passed them (the purge finds cold text by its mark only).
 */
export async function markArchivedText(ctx: ServiceContext): Promise<{ marked: number; purged: number }> {
  const { marked, days } = await ctx.store.historyStamps.markColdText();
  const [marks, windows] = await Promise.all([ctx.store.sweepMarks.all(), ctx.store.retention.windows()]);
  let purged = 0;
  for (const day of days) {
    const walked = windows.map((org) => String(org._id)).filter((orgId) => (marks.get(`retention:${orgId}`) ?? '') >= day);
    const counts = await ctx.store.retention.purgeDay(day, walked, marks.get(ARCHIVE_MARK));
    purged += counts.requests + counts.sessions + counts.auditEvents;
  }
  return { marked, purged };
}
