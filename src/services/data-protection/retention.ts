// The sweep's retention step: each organisation's free text older than its window (default 365 days) is purged,
// leaving who, what and when. Each organisation's history is walked one UTC day at a time (a sweep mark per
// organisation, from the day it was created), each day once, when all of it has passed the window: a pass reads only
// the days that came due since the last one (none in most passes, one a day at steady state), at most
// RETENTION_DAYS_PER_PASS; a day due for several organisations is read once for all of them. A pass changes at most
// RETENTION_TEXT_PER_PASS documents, whole organisation-days at a time (at least one): what one day brings is worked
// off over the next passes, a minute apart, so a pass costs the same however busy the day a year ago was.
import { bucketsAfter, dayKey, nextDay } from '../../domain/time.js';
import { ARCHIVE_MARK } from '../../store/archive.js';
import { DEFAULT_RETENTION_DAYS } from '../../store/models.js';
import { ERASED_TEXT } from '../../store/free-text.js';
import type { ServiceContext } from '../context.js';

export const RETENTION_DAYS_PER_PASS = 31;
/**
 * Documents whose text one pass purges at most. FerretDB v1 writes each changed document in its own transaction
 * (about a millisecond each on PostgreSQL), so this bounds a pass; the sweep's passes a minute apart purge 1,500 an
 * hour, and a backlog (a window shortened) is worked off over the hours that follow.
 */
export const RETENTION_TEXT_PER_PASS = 25;
/** Change claims are few (retired a day after they settle): at most this many are rewritten per pass. */
export const RETENTION_BATCH = 500;
const DAY_MS = 86_400_000;

export interface RetentionReport {
  requests: number;
  sessions: number;
  auditEvents: number;
  /** Clinical notes and decision reasons of extra-session recommendations (issue 19, §4). */
  recommendations: number;
}

export interface RetentionLimits {
  days: number;
  documents: number;
}

export async function purgeExpiredText(
  ctx: ServiceContext,
  limits: RetentionLimits = { days: RETENTION_DAYS_PER_PASS, documents: RETENTION_TEXT_PER_PASS },
): Promise<RetentionReport> {
  const now = ctx.clock();
  const marks = await ctx.store.sweepMarks.all();
  const report: RetentionReport = { requests: 0, sessions: 0, auditEvents: 0, recommendations: 0 };
  const dueOn = new Map<string, string[]>();
  for (const org of await ctx.store.retention.windows()) {
    const before = now.getTime() - (org.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    // A day is purged once, when all of it is past the window: a session listed under its start's day may end the
    // next day, so the last day due is two days behind the window's edge (text is kept at most two days longer,
    // never less), and a day is never read again (an organisation never walked is walked from its creation).
    const last = dayKey(new Date(before - 2 * DAY_MS));
    for (const day of bucketsAfter(marks.get(markOf(org._id)), last, limits.days, dayKey(org.createdAt), nextDay))
      dueOn.set(day, [...(dueOn.get(day) ?? []), String(org._id)]);
  }
  // Day by day, each organisation's text in whole days while the pass has room. An organisation left for the next
  // pass is left for all its later days too, so every day behind its mark is purged.
  const room = new PassRoom(limits.documents);
  const left = new Set<string>();
  const walked = new Map<string, string>();
  for (const [day, due] of [...dueOn].sort(([a], [b]) => a.localeCompare(b))) {
    if (room.full) break;
    const orgIds = due.filter((orgId) => !left.has(orgId));
    if (orgIds.length === 0) continue;
    const holding = await ctx.store.retention.textHeldOn(day, orgIds, marks.get(ARCHIVE_MARK));
    const taken: string[] = [];
    for (const orgId of orgIds) {
      if (room.admit(holding.get(orgId) ?? 0)) taken.push(orgId);
      else left.add(orgId);
    }
    if (taken.length === 0) continue;
    const purged = await ctx.store.retention.purgeDay(day, taken, marks.get(ARCHIVE_MARK));
    report.requests += purged.requests;
    report.sessions += purged.sessions;
    report.auditEvents += purged.auditEvents;
    for (const orgId of taken) {
      report.recommendations += await ctx.store.recommendations.purgeDay(orgId, day);
      walked.set(orgId, day);
    }
  }
  for (const [orgId, day] of walked) await ctx.store.sweepMarks.set(markOf(orgId), day, now);
  return report;
}

/** Change claims carry no organisation: the shortest window applies to all (settled ones are retired within a day). */
export async function purgeExpiredClaimText(ctx: ServiceContext): Promise<number> {
  const windows = await ctx.store.retention.windows();
  if (windows.length === 0) return 0;
  const shortest = Math.min(...windows.map((org) => org.retentionDays ?? DEFAULT_RETENTION_DAYS));
  const keys = await ctx.store.claims.withTextBefore(new Date(ctx.clock().getTime() - shortest * DAY_MS), RETENTION_BATCH, ERASED_TEXT);
  return keys.length > 0 ? ctx.store.claims.replaceText(keys, ERASED_TEXT) : 0;
}

const markOf = (orgId: string): string => `retention:${orgId}`;

/** The documents a pass may still purge: whole organisation-days while they fit, the first one holding text always. */
class PassRoom {
  private tookText = false;

  constructor(private room: number) {}

  /** Once something was taken and no room is left, no further day is read. */
  get full(): boolean {
    return this.tookText && this.room <= 0;
  }

  /** Whether an organisation-day holding `count` documents is taken (counted in if so). */
  admit(count: number): boolean {
    if (count > 0 && count > this.room && this.tookText) return false;
    this.room -= count;
    this.tookText ||= count > 0;
    return true;
  }
}

/**
 * The one-off for cold history an older version archived without the text mark (`npm run admin -- stamp-history`):
 * its copies that still hold free text are marked, then every day of marked text that an organisation's retention
 * walk has already passed is purged for it (the purge finds cold text by its mark only, and will not walk back).
 * The purge reads what is marked, not what this run marked: a run killed after marking is finished by the next.
 */
export async function markArchivedText(ctx: ServiceContext): Promise<{ marked: number; purged: number }> {
  const marked = await ctx.store.historyStamps.markColdText();
  const [days, marks, windows] = await Promise.all([
    ctx.store.historyStamps.markedTextDays(),
    ctx.store.sweepMarks.all(),
    ctx.store.retention.windows(),
  ]);
  let purged = 0;
  for (const day of days) {
    const walked = windows.map((org) => String(org._id)).filter((orgId) => (marks.get(markOf(orgId)) ?? '') >= day);
    const counts = await ctx.store.retention.purgeDay(day, walked, marks.get(ARCHIVE_MARK));
    purged += counts.requests + counts.sessions + counts.auditEvents;
  }
  return { marked, purged };
}
