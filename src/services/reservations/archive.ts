// Hot data bounded by what is live (docs/design.md §6, "Hot and cold"): the sweep's walk that moves settled history
// out of `sessions`, `reschedule_requests` and `audit_events` into one cold collection per month and kind. A UTC day
// is moved once it is ARCHIVE_AFTER_DAYS old: by then every session that started on it has ended, its month is
// closed everywhere on Earth (so its units were released and no allowance counts it: a unit of an open month is
// judged live by a session that is still hot), and its therapist has had four weeks to mark attendance. A request
// still pending holds the walk at its day until it is decided (at the latest at its session's cutoff, within the
// booking horizon), so every day behind the mark is all cold and history readers skip the hot side for it. The walk
// starts from the day the oldest organisation was created, so an existing deployment's history is moved by the
// sweep itself, a bounded number of days per pass.
import { Types } from 'mongoose';
import { bucketsAfter, dayKey, nextDay } from '../../domain/time.js';
import { ARCHIVE_MARK } from '../../store/archive.js';
import type { ServiceContext } from '../context.js';

/** How old (in days) a UTC day is before its settled history moves to the cold collections. */
export const ARCHIVE_AFTER_DAYS = 35;
/** How many days one pass moves at most (catching up an upgraded deployment's history takes several passes). */
export const ARCHIVE_DAYS_PER_PASS = 31;
const DAY_MS = 86_400_000;

export interface ArchiveReport {
  sessions: number;
  requests: number;
  auditEvents: number;
}

/** The last UTC day whose settled history may be cold at `now`. */
export const lastArchivableDay = (now: Date): string => dayKey(new Date(now.getTime() - ARCHIVE_AFTER_DAYS * DAY_MS));

export async function archiveSettled(ctx: ServiceContext, daysPerPass = ARCHIVE_DAYS_PER_PASS): Promise<ArchiveReport> {
  const now = ctx.clock();
  const [marks, organisations] = await Promise.all([ctx.store.sweepMarks.all(), ctx.store.retention.windows()]);
  const report: ArchiveReport = { sessions: 0, requests: 0, auditEvents: 0 };
  const oldest = organisations.reduce<Date | null>((min, o) => (min === null || o.createdAt < min ? o.createdAt : min), null);
  if (oldest === null) return report;
  const days = bucketsAfter(marks.get(ARCHIVE_MARK), lastArchivableDay(now), daysPerPass, dayKey(oldest), nextDay);
  let walked: string | undefined;
  for (const day of days) {
    const moved = await ctx.store.archive.moveDay(day, now);
    report.sessions += moved.sessions;
    report.requests += moved.requests;
    report.auditEvents += moved.auditEvents;
    // Something of the day is still hot (a request still pending, or a document changed between its copy and its
    // delete): the walk stays before it and moves it again next pass, so every day behind the mark is all cold.
    if (moved.left > 0) break;
    // Its sessions are over and cold: their attendance can no longer be marked (refused as archived), and the
    // messages about them have nothing left to bring up to date.
    await Promise.all([ctx.store.markers.deleteKindOnDay('attendance', day), ctx.store.sessionMessages.forgetDay(day)]);
    walked = day;
  }
  if (walked !== undefined) await ctx.store.sweepMarks.set(ARCHIVE_MARK, walked, now);
  return report;
}

/**
 * Whether a session or request id not found in the hot collections names archived history (an old button or card):
 * only one made on a day old enough to have moved can be cold, and then it is looked up there.
 */
export async function isArchived(ctx: ServiceContext, kind: 'sessions' | 'reschedule_requests', id: string): Promise<boolean> {
  if (!Types.ObjectId.isValid(id) || id.length !== 24) return false;
  if (dayKey(new Types.ObjectId(id).getTimestamp()) > lastArchivableDay(ctx.clock())) return false;
  return ctx.store.archive.isArchived(kind, id);
}
