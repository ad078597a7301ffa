// The periodic sweep: what a TTL index or a transaction would do elsewhere, done by the app itself on any
// MongoDB-compatible database. It settles what unfinished changes owe (finishing the change first where a
// decision or cancellation claim says how), expires requests and removes old delivery keys. One instance
// sweeps at a time (a lease claim per minute); every step is idempotent anyway.
import { Types } from 'mongoose';
import { bucketsAfter, dayKey, nextDay } from '../domain/time.js';
import { claimKeys } from '../store/index.js';
import type { OwedDoc } from '../store/models.js';
import type { RescheduleService } from './api.js';
import { rollForwardCancellation } from './cancellation.js';
import { expireDueOffers } from './offers/index.js';
import type { ServiceContext } from './context.js';
import { settleOwed } from './owed.js';
import { REMINDER_CLAIM_RETENTION_MS, sendDueReminders } from './reminders.js';
import { rollForwardDecision } from './reschedule/decisions.js';
import { archiveSettled, claimOfChange, sweepClaims } from './reservations/index.js';
import { purgeExpiredClaimText, purgeExpiredText } from './data-protection/retention.js';
import { partiesOf } from './views.js';

export const DELIVERY_KEY_RETENTION_MS = 7 * 86_400_000;
const LEASE_MS = 60_000;

export interface SweepReport {
  /** False when another instance holds this minute's sweep: nothing was looked at. */
  swept: boolean;
  expired: number;
  /** Therapists' offers of times closed because their time was up. */
  offersExpired: number;
  rolledForward: number;
  owedSettled: number;
  owedDropped: number;
  deliveryKeysRemoved: number;
  /** Reminders recorded as owed and handed to delivery (what was not delivered stays owed). */
  remindersDue: number;
  /** Settled changes' claims removed after their retention; dead or passed claims released. */
  claimsRetired: number;
  claimsReleased: number;
  /** Documents whose free text passed its organisation's retention window and was purged (bounded per pass). */
  textPurged: number;
  /** Settled sessions, requests and audit events moved from the hot collections to the cold ones (hourly). */
  archived: number;
}

const emptyReport = (swept: boolean): SweepReport => ({
  swept,
  expired: 0,
  offersExpired: 0,
  rolledForward: 0,
  owedSettled: 0,
  owedDropped: 0,
  deliveryKeysRemoved: 0,
  remindersDue: 0,
  claimsRetired: 0,
  claimsReleased: 0,
  textPurged: 0,
  archived: 0,
});

async function isDone(ctx: ServiceContext, entry: OwedDoc): Promise<boolean> {
  const { collection, id, statuses } = entry.doneWhen;
  const doc =
    collection === 'sessions'
      ? await ctx.store.sessions.session(id)
      : collection === 'offers'
        ? await ctx.store.offers.offer(id)
        : collection === 'recommendations'
          ? await ctx.store.recommendations.get(id)
          : collection === 'therapist_changes'
            ? await ctx.store.therapistChanges.get(id)
            : await ctx.store.sessions.request(id);
  return !!doc && statuses.includes(doc.status);
}

/** Finishes one unfinished change: rolled forward from its claim where there is one, then its entries settled. */
async function finishChange(ctx: ServiceContext, entries: OwedDoc[], report: SweepReport): Promise<void> {
  const first = entries[0];
  if (!first) return;
  if (!(await isDone(ctx, first))) {
    const claim = await claimOfChange(ctx, first.changeId);
    const rolled =
      claim?.kind === 'decision'
        ? await rollForwardDecision(ctx, claim)
        : claim?.kind === 'version'
          ? await rollForwardCancellation(ctx, claim)
          : false;
    if (rolled) {
      report.rolledForward++;
      return;
    }
    // The change never happened (its call died before writing it): nothing is owed.
    await ctx.store.owed.dropChange(first.changeId);
    report.owedDropped += entries.length;
    return;
  }
  const parties = await partiesOf(ctx, { employeeId: first.employeeId, therapistId: first.therapistId });
  await settleOwed(ctx, entries, parties);
  report.owedSettled += entries.length;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const HISTORY_DAYS_PER_PASS = 7;

/** Removes whole UTC days of what is kept `retentionMs`, from the day after the mark to the last day fully past it. */
async function removeDays(
  ctx: ServiceContext,
  marks: Map<string, string>,
  name: string,
  retentionMs: number,
  remove: (day: string) => Promise<number>,
): Promise<number> {
  const now = ctx.clock();
  const last = dayKey(new Date(now.getTime() - retentionMs - DAY_MS));
  const days = bucketsAfter(
    marks.get(name),
    last,
    HISTORY_DAYS_PER_PASS,
    dayKey(new Date(now.getTime() - retentionMs - HISTORY_DAYS_PER_PASS * DAY_MS + DAY_MS)),
    nextDay,
  );
  let removed = 0;
  for (const day of days) removed += await remove(day);
  const walked = days.pop();
  if (walked !== undefined) await ctx.store.sweepMarks.set(name, walked, now);
  return removed;
}

async function sweepHistory(ctx: ServiceContext, report: SweepReport): Promise<void> {
  const marks = await ctx.store.sweepMarks.all();
  try {
    report.textPurged += await purgeExpiredClaimText(ctx);
  } catch (err) {
    ctx.log.warn({ err: (err as Error).name }, 'sweep could not purge text past retention');
  }
  report.deliveryKeysRemoved = await removeDays(ctx, marks, 'deliveries', DELIVERY_KEY_RETENTION_MS, (day) =>
    ctx.store.deliveries.deleteDay(day),
  );
  try {
    const moved = await archiveSettled(ctx);
    report.archived = moved.sessions + moved.requests + moved.auditEvents;
  } catch (err) {
    ctx.log.warn({ err: (err as Error).name }, 'sweep could not move settled history to the cold collections');
  }
  await removeDays(ctx, marks, 'reminder-claims', REMINDER_CLAIM_RETENTION_MS, (day) => ctx.store.markers.deleteKindOnDay('reminder', day));
}

export async function sweep(ctx: ServiceContext, reschedule: RescheduleService): Promise<SweepReport> {
  const now = ctx.clock();
  const bucket = Math.floor(now.getTime() / LEASE_MS);
  if (!(await ctx.store.claims.claim(claimKeys.lease('sweep', bucket), 'lease', String(new Types.ObjectId()), {}, now)))
    return emptyReport(false);
  const report = emptyReport(true);
  const unfinished = await ctx.store.owed.olderThan(new Date(now.getTime() - ctx.claimGraceMs));
  const byChange = new Map<string, OwedDoc[]>();
  for (const entry of unfinished) byChange.set(entry.changeId, [...(byChange.get(entry.changeId) ?? []), entry]);
  for (const entries of byChange.values()) {
    try {
      await finishChange(ctx, entries, report);
    } catch (err) {
      ctx.log.warn({ err: (err as Error).name }, 'sweep could not finish a change');
    }
  }
  const claims = await sweepClaims(ctx, { decision: (c) => rollForwardDecision(ctx, c), version: (c) => rollForwardCancellation(ctx, c) });
  report.rolledForward += claims.rolledForward;
  report.claimsRetired = claims.claimsRetired;
  report.claimsReleased = claims.claimsReleased;
  report.expired = await reschedule.expireDue();
  report.offersExpired = await expireDueOffers(ctx);
  try {
    report.remindersDue = await sendDueReminders(ctx);
  } catch (err) {
    ctx.log.warn({ err: (err as Error).name }, 'sweep could not send reminders');
  }
  // Free text past its window, in every pass: a pass purges a bounded number of documents, and the day that comes
  // due at midnight is worked off by the passes that follow, a minute apart.
  try {
    const purged = await purgeExpiredText(ctx);
    report.textPurged += purged.requests + purged.sessions + purged.auditEvents + purged.recommendations;
  } catch (err) {
    ctx.log.warn({ err: (err as Error).name }, 'sweep could not purge text past retention');
  }
  // History past its retention (delivery keys, reminder markers, change claims' text) and settled history to move to
  // the cold collections are walked once an hour, a day at a time.
  if (
    await ctx.store.claims.claim(
      claimKeys.lease('history', Math.floor(now.getTime() / HOUR_MS)),
      'lease',
      String(new Types.ObjectId()),
      {},
      now,
    )
  ) {
    await sweepHistory(ctx, report);
  }
  await ctx.store.claims.deleteKindOlderThan('lease', new Date(now.getTime() - Math.max(10 * LEASE_MS, 2 * HOUR_MS)));
  return report;
}
