// What a change owes people and the audit trail. Recorded before the change is written, settled right after
// it; a call that dies in between leaves the entries for the sweep, which settles them once the change is
// found done, or drops them when the change never happened. Each entry is deleted as it is settled, so a
// notice is sent once and an audit event appended once (its id is deterministic), whoever finishes the work.
import type { Notice, ThreadAddress } from '../notices/notice.js';
import type { AuditEventDoc, OwedDoc, OwedNotice } from '../store/models.js';
import type { ServiceContext } from './context.js';
import { DeliveryError } from './notifier.js';
import { errSummary } from './notify.js';
import { postInThread, threadFor } from './threads.js';
import type { Undelivered } from './types.js';
import { recipientOf, type Parties } from './views.js';

/** Entries that failed for a passing reason are retried by the sweep for this long, then dropped. */
export const OWED_RETRY_MS = 86_400_000;

export interface OwedNoticeSpec {
  to: 'employee' | 'therapist';
  notice: Notice;
  /** Therapist posts: store the message id on this request, so the request message can be updated later. */
  rememberMessageOn?: string;
  /** Replace this request's thread message in place, instead of posting a new one. */
  updateMessageOf?: string;
  /** That message's id when the caller already knows it (saves reading the request again). */
  messageId?: string | null;
}

export interface OwedChange {
  changeId: string;
  doneWhen: OwedDoc['doneWhen'];
  parties: Parties;
  audit: AuditEventDoc;
  notices: OwedNoticeSpec[];
}

export function owedEntries(change: OwedChange, at: Date): OwedDoc[] {
  const base = {
    changeId: change.changeId,
    doneWhen: change.doneWhen,
    employeeId: change.parties.employee._id,
    therapistId: change.parties.therapist._id,
    createdAt: at,
  };
  return [
    { ...base, _id: `${change.changeId}:audit`, audit: change.audit, notice: null },
    ...change.notices.map((n, i) => ({
      ...base,
      _id: `${change.changeId}:${i}`,
      audit: null,
      notice: {
        to: n.to,
        notice: n.notice as unknown as Record<string, unknown>,
        rememberMessageOn: n.rememberMessageOn ?? null,
        updateMessageOf: n.updateMessageOf ?? null,
        messageId: n.messageId ?? null,
      },
    })),
  ];
}

/** Step one of every change: write down what it owes. */
export async function recordOwed(ctx: ServiceContext, change: OwedChange): Promise<OwedDoc[]> {
  const entries = owedEntries(change, ctx.clock());
  await ctx.store.owed.record(entries);
  return entries;
}

type Sent = { settled: true } | { settled: false; retry: boolean };

/** The therapist's thread is looked up once per settling, however many notices go there. */
type ThreadOnce = () => Promise<ThreadAddress>;

async function sendNotice(ctx: ServiceContext, parties: Parties, owed: OwedNotice, thread: ThreadOnce): Promise<Sent> {
  const notice = owed.notice as unknown as Notice;
  try {
    if (owed.to === 'employee') {
      await ctx.notifier.notifyPerson(recipientOf(parties.employee), notice);
    } else if (owed.updateMessageOf) {
      const messageId = owed.messageId ?? (await ctx.store.sessions.request(owed.updateMessageOf))?.threadMessageId;
      if (messageId) await ctx.notifier.updateThreadMessage(await thread(), messageId, recipientOf(parties.therapist), notice);
    } else {
      const messageId = await postInThread(ctx, parties, notice, await thread());
      if (owed.rememberMessageOn) await ctx.store.sessions.setThreadMessage(owed.rememberMessageOn, messageId);
    }
    return { settled: true };
  } catch (err) {
    ctx.log.warn({ err: errSummary(err), notice: notice.kind, to: owed.to }, 'could not deliver a notice');
    const passing = err instanceof DeliveryError && (err.failure === 'throttled' || err.failure === 'unavailable');
    return { settled: false, retry: passing };
  }
}

/**
 * Settles a change's entries: the audit event first, then every notice (in parallel), then one delete of
 * everything settled. Returns who could not be told. Entries that failed for a passing reason stay for the
 * sweep to try again.
 */
export async function settleOwed(ctx: ServiceContext, entries: OwedDoc[], parties: Parties): Promise<Undelivered> {
  const audit = entries.find((e) => e.audit);
  if (audit?.audit) await ctx.store.audit.append(audit.audit);
  let resolving: Promise<ThreadAddress> | null = null;
  const thread: ThreadOnce = () => (resolving ??= threadFor(ctx, parties));
  const undelivered = new Set<'employee' | 'therapist'>();
  const settled = audit ? [audit._id] : [];
  await Promise.all(
    entries.map(async (entry) => {
      if (!entry.notice) return;
      const sent = await sendNotice(ctx, parties, entry.notice, thread);
      const isUpdate = entry.notice.updateMessageOf !== null;
      if (!sent.settled && !isUpdate) undelivered.add(entry.notice.to);
      const expired = entry.createdAt.getTime() < ctx.clock().getTime() - OWED_RETRY_MS;
      if (sent.settled || !sent.retry || expired) settled.push(entry._id);
    }),
  );
  await ctx.store.owed.settle(settled);
  return [...undelivered];
}

/** Record, apply, settle: the shape of every change. `apply` must be idempotent (it may be run again). */
export async function changeWithOwed(ctx: ServiceContext, change: OwedChange, apply: () => Promise<void>): Promise<Undelivered> {
  const entries = await recordOwed(ctx, change);
  await apply();
  return settleOwed(ctx, entries, change.parties);
}
