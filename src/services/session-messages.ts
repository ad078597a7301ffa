// Messages about a session, current after every change (issue 18): a direct message that offers the employee an
// action on a session (Pick another time, Cancel session: a refused Confirm, a declined or expired request) is
// remembered when it is sent; when that session is cancelled or moved, each is updated in place to say so and to
// offer what can be done now (a moved session's message then acts on the session that replaced it, and is
// remembered for that one). The request's own messages are kept current by its decisions (owed.ts); these are the
// rest. The free text a notice quotes and the names it shows are not stored twice: they are read back from the
// request and the parties when updating, so retention and erasure reach these messages too.
import { sessionActedOn } from '../domain/next-steps.js';
import { dayKey } from '../domain/time.js';
import type { Notice, PersonMessage, SessionSince } from '../notices/notice.js';
import type { PersonDoc, RescheduleRequestDoc, SessionDoc } from '../store/models.js';
import { sessionMessageId } from '../store/session-messages.js';
import type { ServiceContext } from './context.js';
import { DeliveryError } from './notifier.js';
import { errSummary } from './notify.js';
import { recipientOf, type Parties } from './views.js';

type RequestNotice = Extract<Notice, { request: unknown }>;

/**
 * The notice as stored: without the free text its request keeps (reason, note) and without names (read again from
 * the parties when updating), so erasing either person or purging the request's text leaves nothing of it here.
 */
function withoutText(notice: RequestNotice): RequestNotice {
  const request = { ...notice.request, reason: '', decisionNote: null, employeeName: '', therapistName: '' };
  return { ...notice, request } as RequestNotice;
}

/**
 * Remembers a direct message to the employee if it offers an action on a session. A failure is logged, never
 * thrown: the message itself went out.
 */
export async function rememberSessionMessage(
  ctx: ServiceContext,
  employee: Pick<PersonDoc, '_id' | 'orgId'>,
  notice: Notice,
  message: PersonMessage | null,
): Promise<void> {
  const sessionId = sessionActedOn(notice);
  if (!message || !sessionId || !('request' in notice)) return;
  const since = notice.request.sessionSince;
  const start = since?.status === 'moved' ? since.start : notice.request.current.start;
  try {
    await ctx.store.sessionMessages.remember({
      _id: sessionMessageId(sessionId, message),
      sessionId,
      employeeId: employee._id,
      orgId: employee.orgId,
      day: dayKey(start),
      message,
      notice: withoutText(notice) as unknown as Record<string, unknown>,
      createdAt: ctx.clock(),
    });
  } catch (err) {
    ctx.log.warn({ err: errSummary(err), notice: notice.kind }, 'could not remember a message about a session');
  }
}

/**
 * Updates every remembered message about a session that was cancelled or moved, and forgets each that is done (or
 * gone). Throws when one could not be reached for a passing reason, so the change's owed entry is tried again (by
 * the sweep) for those left.
 */
export async function updateSessionMessages(ctx: ServiceContext, parties: Parties, sessionId: string, since: SessionSince): Promise<void> {
  const kept = await ctx.store.sessionMessages.ofSession(sessionId);
  if (kept.length === 0) return;
  const notices = kept.map((m) => m.notice as unknown as RequestNotice);
  const requests = await ctx.store.sessions.requestsByIds([...new Set(notices.map((n) => n.request.id))]);
  const textOf = new Map(requests.map((r) => [String(r._id), { reason: r.reason, decisionNote: r.decisionNote }]));
  const to = recipientOf(parties.employee);
  const settled: string[] = [];
  let passing: DeliveryError | null = null;
  await Promise.all(
    kept.map(async (m, i) => {
      const stored = notices[i] as RequestNotice;
      const text = textOf.get(stored.request.id) ?? { reason: '', decisionNote: null };
      const names = { employeeName: parties.employee.displayName, therapistName: parties.therapist.displayName };
      const notice = { ...stored, request: { ...stored.request, ...text, ...names, sessionSince: since } } as Notice;
      try {
        await ctx.notifier.updatePersonMessage(to, m.message, notice);
        // A moved session's message now acts on the session that replaced it.
        await rememberSessionMessage(ctx, parties.employee, notice, m.message);
        settled.push(m._id);
      } catch (err) {
        if (err instanceof DeliveryError && (err.failure === 'throttled' || err.failure === 'unavailable')) passing = err;
        // Gone or forbidden: nothing left to update there.
        else settled.push(m._id);
      }
    }),
  );
  await ctx.store.sessionMessages.forget(settled);
  if (passing) throw passing;
}

/** Hops followed along a chain of reschedules: more than any session is moved before it takes place. */
const CHAIN_HOPS = 10;

/**
 * What became of a decided request's session since (cancelled, or moved by another request), read from the session
 * as it now stands: a card refreshed when shown (Teams) says so, as an updated message does. None while the
 * request is pending, or when its own confirmation moved the session.
 */
export async function sessionSinceOf(
  ctx: ServiceContext,
  request: Pick<RescheduleRequestDoc, 'status' | 'newSessionId'>,
  session: SessionDoc,
): Promise<SessionSince | undefined> {
  if (request.status === 'pending') return undefined;
  let current = session;
  for (let hop = 0; hop < CHAIN_HOPS && current.status === 'rescheduled' && current.replacedBy; hop++) {
    if (hop === 0 && request.status === 'confirmed' && current.replacedBy.equals(request.newSessionId)) return undefined;
    const next = await ctx.store.sessions.session(current.replacedBy);
    if (!next) break;
    current = next;
  }
  if (current.status === 'cancelled' || current.status === 'late_cancelled') {
    return { status: 'cancelled', start: current.start, end: current.end };
  }
  return current === session ? undefined : { status: 'moved', sessionId: String(current._id), start: current.start, end: current.end };
}
