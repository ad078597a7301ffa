// What a change owes people and the audit trail. Recorded before the change is written, settled right after
// it; a call that dies in between leaves the entries for the sweep, which settles them once the change is
// found done, or drops them when the change never happened. Each entry is deleted as it is settled, so a
// notice is sent once and an audit event appended once (its id is deterministic), whoever finishes the work.
import { AfterAnswerShed } from './after-answer.js';
import type { Notice, PersonMessage, SessionSince, ThreadAddress } from '../notices/notice.js';
import type { AuditEventDoc, OwedDoc, OwedNotice, RescheduleRequestDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import { DeliveryError } from './notifier.js';
import { errSummary } from './notify.js';
import { rememberSessionMessage, updateSessionMessages } from './session-messages.js';
import { postInThread, threadFor } from './threads.js';
import type { Undelivered } from './types.js';
import { recipientOf, type Parties } from './views.js';

/** Entries that failed for a passing reason are retried by the sweep for this long, then dropped. */
export const OWED_RETRY_MS = 86_400_000;

export interface OwedNoticeSpec {
  to: 'employee' | 'therapist';
  notice: Notice;
  /**
   * Store where the message went on this request, so it can be updated later: a therapist's thread post, or the
   * employee's direct message about the request.
   */
  rememberMessageOn?: string;
  /** Replace this request's message of the reader (thread post or direct message) in place, instead of sending. */
  updateMessageOf?: string;
  /** Thread posts: that message and where it is, when the caller already knows them (saves reading the request). */
  message?: PostedMessage | null;
  /** Direct messages: the same for the employee's message of the request. */
  personMessage?: PersonMessage | null;
  /**
   * Instead of sending: bring every remembered message that offered an action on this session up to date, as it was
   * cancelled or moved (session-messages.ts). `notice` is then the change's own notice, for the log.
   */
  sessionMessagesOf?: SessionMessagesOf;
}

export interface SessionMessagesOf {
  sessionId: string;
  since: SessionSince;
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
        message: n.message ?? null,
        ...(n.personMessage ? { personMessage: n.personMessage } : {}),
        ...(n.sessionMessagesOf ? { sessionMessagesOf: n.sessionMessagesOf } : {}),
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

export interface PostedMessage {
  id: string;
  at: ThreadAddress;
}

export function postedMessageOf(
  request: Partial<Pick<RescheduleRequestDoc, 'threadMessageId' | 'threadMessageAt'>> | null,
): PostedMessage | null {
  return request?.threadMessageId && request.threadMessageAt ? { id: request.threadMessageId, at: request.threadMessageAt } : null;
}

/**
 * Messages are remembered on a request (its id) or on an offer (`offer:<id>`, src/services/offers): the holder of a
 * message names which.
 */
export const offerMessagesHolder = (offerId: string) => `offer:${offerId}`;
const offerOfHolder = (holder: string): string | null => (holder.startsWith('offer:') ? holder.slice('offer:'.length) : null);

async function messagesOf(ctx: ServiceContext, holder: string): Promise<MessageFields | null> {
  const offerId = offerOfHolder(holder);
  return offerId ? ctx.store.offers.offer(offerId) : ctx.store.sessions.request(holder);
}

type Sent = { settled: true } | { settled: false; retry: boolean };

/** The therapist's thread is looked up once per settling, however many notices go there. */
type ThreadOnce = () => Promise<ThreadAddress>;

type MessageFields = Partial<Pick<RescheduleRequestDoc, 'threadMessageId' | 'threadMessageAt' | 'personMessage'>>;

/** Where a settling's messages went, per request, written once per request after they are all sent. */
type Remembered = Map<string, MessageFields>;

async function sendNotice(
  ctx: ServiceContext,
  parties: Parties,
  owed: OwedNotice,
  thread: ThreadOnce,
  remember: Remembered,
): Promise<Sent> {
  const notice = owed.notice as unknown as Notice;
  const keep = (fields: MessageFields) => {
    if (owed.rememberMessageOn) remember.set(owed.rememberMessageOn, { ...remember.get(owed.rememberMessageOn), ...fields });
  };
  try {
    if (owed.sessionMessagesOf) {
      await updateSessionMessages(ctx, parties, owed.sessionMessagesOf.sessionId, owed.sessionMessagesOf.since);
    } else if (owed.to === 'employee' && owed.updateMessageOf) {
      const message = owed.personMessage ?? (await messagesOf(ctx, owed.updateMessageOf))?.personMessage ?? null;
      // A request stored before its direct message was kept (or whose message was never sent) has none to update.
      if (message) await ctx.notifier.updatePersonMessage(recipientOf(parties.employee), message, notice);
      // A decided request's message may now offer an action on its session (Pick another time, Cancel session).
      await rememberSessionMessage(ctx, parties.employee, notice, message);
    } else if (owed.to === 'employee') {
      const message = await ctx.notifier.notifyPerson(recipientOf(parties.employee), notice);
      if (message) keep({ personMessage: message });
      await rememberSessionMessage(ctx, parties.employee, notice, message);
    } else if (owed.updateMessageOf) {
      const message = owed.message ?? postedMessageOf(await messagesOf(ctx, owed.updateMessageOf));
      // Updated where it was posted, even if the therapist has since moved to another channel.
      if (message) await ctx.notifier.updateThreadMessage(message.at, message.id, recipientOf(parties.therapist), notice);
    } else {
      const at = await thread();
      const messageId = await postInThread(ctx, parties, notice, at);
      keep({ threadMessageId: messageId, threadMessageAt: at });
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
  const remember: Remembered = new Map();
  await Promise.all(
    entries.map(async (entry) => {
      if (!entry.notice) return;
      const sent = await sendNotice(ctx, parties, entry.notice, thread, remember);
      const isUpdate = entry.notice.updateMessageOf !== null || Boolean(entry.notice.sessionMessagesOf);
      if (!sent.settled && !isUpdate) undelivered.add(entry.notice.to);
      const expired = entry.createdAt.getTime() < ctx.clock().getTime() - OWED_RETRY_MS;
      if (sent.settled || !sent.retry || expired) settled.push(entry._id);
    }),
  );
  // One write per request for everything its messages left to remember (the thread post and the direct message).
  await Promise.all(
    [...remember].map(([holder, fields]) => {
      const offerId = offerOfHolder(holder);
      return offerId ? ctx.store.offers.setMessages(offerId, fields) : ctx.store.sessions.setRequestMessages(holder, fields);
    }),
  );
  await ctx.store.owed.settle(settled);
  return [...undelivered];
}

/**
 * Record, apply, settle: the shape of every change. `apply` must be idempotent (it may be run again). Settling
 * is waited for at most `noticeWaitMs` (0: not at all, as the platforms do, so no notice stands before an ack);
 * past that the caller returns (nobody reported undelivered) and the notices go on in the background, their
 * entries still recorded until they are sent, and tracked in `ctx.settling` so shutdown can wait for them.
 */
export async function changeWithOwed(
  ctx: ServiceContext,
  change: OwedChange,
  apply: () => Promise<void>,
  /**
   * Clean-up that need not stand before the answer, run with the settling: freeing claims the change left dead
   * (a cancelled session's time). Whoever reads a dead claim removes it anyway, so a call that dies first, or a
   * settling left to the sweep, leaves nothing held.
   */
  cleanUp?: () => Promise<void>,
): Promise<Undelivered> {
  const entries = await recordOwed(ctx, change);
  await apply();
  const queued = performance.now();
  const settle = async (): Promise<Undelivered> => {
    // Queued for so long that the sweep may be settling the same entries: leave them to it (never twice).
    if (performance.now() - queued > ctx.claimGraceMs / 2) return [];
    await cleanUp?.();
    return settleOwed(ctx, entries, change.parties);
  };
  // Behind a platform (no wait) the notices queue with the rest of the after-answer work.
  const queue = ctx.noticeWaitMs <= 0 ? ctx.afterAnswer : undefined;
  // A failure here is logged, never thrown: the change itself is done, and its entries stay for the sweep (also
  // when a full queue shed the settling: counted by the queue, not logged one by one).
  const tracked: Promise<Undelivered> = (queue ? queue.run(settle, { sheddable: true }) : settle())
    .catch((err: unknown) => {
      if (!(err instanceof AfterAnswerShed)) ctx.log.warn({ err: errSummary(err) }, 'notice delivery failed');
      return [];
    })
    .finally(() => ctx.settling.delete(tracked));
  ctx.settling.add(tracked);
  if (ctx.noticeWaitMs <= 0) return [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ctx.noticeWaitMs);
  });
  const first = await Promise.race([tracked, deadline]).finally(() => clearTimeout(timer));
  if (first !== 'late') return first;
  ctx.log.info({ changeKind: change.audit.action }, 'notices still being delivered after the wait; continuing in the background');
  return [];
}

/** Resolves when no notice delivery started by a use case is still running. */
export async function settled(ctx: ServiceContext): Promise<void> {
  while (ctx.settling.size > 0) await Promise.all([...ctx.settling]);
}
