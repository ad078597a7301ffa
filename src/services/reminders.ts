// Reminders in chat, each sent exactly once across instances (docs/design.md §9): run from the sweep. For every booked
// session with a reminder due, the reminder is first claimed (`reminder:<session>:<kind>`, one unique insert per
// session and kind, with this pass's owner token, a once-only marker kept apart from claims); only the winner records what it owes (audit event and both
// notices) and settles it. A pass that died after its claim but before recording is repaired by a later pass:
// one repairing pass takes the stale claim over (a unique insert of its own). Moved or cancelled sessions are
// not booked, so they get none; one that changed between recording and sending has its owed notices dropped by
// the sweep.
import { Types } from 'mongoose';
import { cutoffOf, dueReminders, reminderPolicyOf, type ReminderKind, type ReminderPolicy } from '../domain/reminders.js';
import type { Notice } from '../notices/notice.js';
import type { MarkerDoc, SessionDoc } from '../store/models.js';
import { dayKey, nextDay } from '../domain/time.js';
import type { StartRange } from '../store/reminders.js';
import type { ServiceContext } from './context.js';
import { changeWithOwed, type OwedChange } from './owed.js';
import { pendingRequestIdOf } from './reservations/index.js';
import { partiesOfMany, sessionView, type Parties } from './views.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

export const reminderKey = (sessionId: string, kind: ReminderKind) => `reminder:${sessionId}:${kind}`;

interface DueReminder {
  session: SessionDoc;
  kind: ReminderKind;
  key: string;
  /** The UTC day of the session: its reminder claims are found by it. */
  day: string;
}

/** The start times for which a reminder can be due now: (now+cutoff, now+cutoff+lead] and (now, now+minutes]. */
function startRanges(policy: ReminderPolicy, now: Date): StartRange[] {
  const at = (ms: number) => new Date(now.getTime() + ms);
  const ranges: StartRange[] = [{ from: now, to: at(policy.minutesBefore * MINUTE) }];
  if (policy.leadHours > 0) ranges.push({ from: at(policy.cutoffHours * HOUR), to: at((policy.cutoffHours + policy.leadHours) * HOUR) });
  return ranges;
}

function reminderChange(due: DueReminder, parties: Parties, policy: ReminderPolicy, now: Date): OwedChange {
  const view = sessionView(due.session, parties);
  const notice: Notice =
    due.kind === 'cutoff'
      ? { kind: 'reminder_cutoff', session: view, cutoffAt: cutoffOf(due.session.start, policy.cutoffHours), at: now }
      : { kind: 'reminder_starting', session: view, at: now };
  return {
    changeId: due.key,
    doneWhen: { collection: 'sessions', id: String(due.session._id), statuses: ['booked'] },
    parties,
    audit: {
      _id: due.key,
      orgId: due.session.orgId,
      actorId: 'system',
      action: `reminder.${due.kind}`,
      subjectId: String(due.session._id),
      reason: null,
      details: {},
      at: now,
    },
    // The last chance to move a session is the employee's to take; both are told it is about to start.
    notices:
      due.kind === 'cutoff'
        ? [{ to: 'employee', notice }]
        : [
            { to: 'employee', notice },
            { to: 'therapist', notice },
          ],
  };
}

/**
 * Claims the due reminders not claimed yet (`claimed`: the reminder claims of their sessions' days, as read);
 * returns the keys this pass may send: won now, or taken over from a pass that died after its claim without
 * recording anything. The dead pass's claim stays (so no fresh pass can win the key again); the takeover is itself
 * a unique insert, one per grace period, so of several repairing passes one wins.
 */
async function claimDue(ctx: ServiceContext, due: DueReminder[], claimed: MarkerDoc[], now: Date): Promise<Set<string>> {
  const owner = `reminders:${String(new Types.ObjectId())}`;
  const byKey = new Map(claimed.map((c) => [c._id, c]));
  const fresh = due.filter((d) => !byKey.has(d.key));
  const won: string[] = [];
  const raced: string[] = [];
  for (const day of new Set(fresh.map((d) => d.day))) {
    const keys = fresh.filter((d) => d.day === day).map((d) => d.key);
    const result = await ctx.store.markers.markMany(keys, 'reminder', owner, { day }, now);
    won.push(...result.won);
    raced.push(...result.taken);
  }
  // A claim never marked recorded and older than the grace period may be a dead pass's: its record is checked.
  const unmarked = [...due.flatMap((d) => byKey.get(d.key) ?? []), ...(await ctx.store.markers.getEach(raced))].filter(
    (c) => c.data?.recorded !== true && c.createdAt.getTime() < now.getTime() - ctx.claimGraceMs,
  );
  const recorded = await ctx.store.reminders.recorded(unmarked.map((c) => c._id));
  const abandoned = unmarked.filter((c) => !recorded.has(c._id)).map((c) => c._id);
  if (abandoned.length === 0) return new Set(won);
  const period = Math.floor(now.getTime() / ctx.claimGraceMs);
  const takeovers = await ctx.store.markers.markMany(
    abandoned.map((k) => `${k}:takeover:${period}`),
    'reminder',
    owner,
    { day: dayKey(now) },
    now,
  );
  const retaken = new Set(takeovers.won);
  return new Set([...won, ...abandoned.filter((k) => retaken.has(`${k}:takeover:${period}`))]);
}

/** Reminder claims are kept well past their session, then removed: a session never needs one again by then. */
export const REMINDER_CLAIM_RETENTION_MS = 30 * 86_400_000;

/** The UTC days a reminder window of any organisation touches now: the only sessions a pass reads. */
function daysDue(policies: ReminderPolicy[], now: Date): string[] {
  const days = new Set<string>();
  for (const range of policies.flatMap((p) => startRanges(p, now))) {
    for (let day = dayKey(range.from); day <= dayKey(range.to); day = nextDay(day)) days.add(day);
  }
  return [...days].sort();
}

/**
 * The reminders that can help their reader. "Your session can still be moved" is for the employee (a therapist
 * cannot move a session), and only when there is something to decide: not for a session booked or moved inside its
 * lead time (they have just chosen it), nor while a reschedule request of it waits (they have already asked). Left
 * unclaimed, so a later pass still sends it if the request is declined before the cutoff.
 */
async function onlyHelpful(ctx: ServiceContext, due: DueReminder[], policies: Map<string, ReminderPolicy>): Promise<DueReminder[]> {
  const cutoffs = due.filter((d) => d.kind === 'cutoff');
  const waiting = new Set(
    (await Promise.all(cutoffs.map(async (d) => ((await pendingRequestIdOf(ctx, String(d.session._id))) ? d.key : null)))).filter(
      (k): k is string => k !== null,
    ),
  );
  return due.filter((d) => {
    if (d.kind !== 'cutoff') return true;
    const policy = policies.get(d.session.orgId) as ReminderPolicy;
    const leadStarts = cutoffOf(d.session.start, policy.cutoffHours).getTime() - policy.leadHours * HOUR;
    return !waiting.has(d.key) && d.session.createdAt.getTime() < leadStarts;
  });
}

/** Sends every reminder due now that no pass has sent; returns how many this pass recorded and handed on. */
export async function sendDueReminders(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock();
  const organisations = await ctx.store.reminders.organisations();
  const policies = new Map(organisations.map((org) => [org._id, reminderPolicyOf(org)]));
  const days = daysDue([...policies.values()], now);
  // The booked sessions of those days and the reminders already claimed for them, by day: one wait.
  const [sessions, claimed] = await Promise.all([
    Promise.all(days.map((day) => ctx.store.reminders.bookedOnDay(day))),
    Promise.all(days.map((day) => ctx.store.markers.ofKindOnDay('reminder', day))),
  ]);
  const due: DueReminder[] = sessions.flat().flatMap((session) => {
    const policy = policies.get(session.orgId);
    if (!policy) return [];
    return dueReminders(session.start, now, policy).map((kind) => ({
      session,
      kind,
      key: reminderKey(String(session._id), kind),
      day: dayKey(session.start),
    }));
  });
  const helpful = await onlyHelpful(ctx, due, policies);
  if (helpful.length === 0) return 0;
  const mine = await claimDue(ctx, helpful, claimed.flat(), now);
  const toSend = helpful.filter((d) => mine.has(d.key));
  if (toSend.length === 0) return 0;
  const { sessions: parties } = await partiesOfMany(
    ctx,
    toSend.map((d) => d.session),
  );
  await Promise.all(
    toSend.map((d, i) =>
      changeWithOwed(ctx, reminderChange(d, parties[i] as Parties, policies.get(d.session.orgId) as ReminderPolicy, now), () =>
        ctx.store.markers.setFields(d.key, { data: { recorded: true } }),
      ),
    ),
  );
  return toSend.length;
}
