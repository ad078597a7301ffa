// Deciding a reschedule request exactly once. The decision is a claim `decision:<request>` whose data says
// everything needed to finish it, so a decision whose caller died is finished by the next call or the sweep,
// with the same audit event and notices, and two confirmations (double click, retries, two instances) apply
// it once. Finishing is: record what is owed, apply the writes (each idempotent), settle what is owed.
import { Types } from 'mongoose';
import { isOutsideCutoff } from '../../domain/policy.js';
import type { Notice, RequestView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { ClaimDoc, OrganisationDoc, RescheduleRequestDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { organisationOf } from '../guards.js';
import { claimDecision, decisionChangeId, pointMarkerTo, releaseDecision, releaseRequest } from '../reservations/index.js';
import { changeWithOwed, postedMessageOf, settleOwed, type OwedChange, type OwedNoticeSpec } from '../owed.js';
import type { Undelivered } from '../types.js';
import { partiesOf, requestView, type Parties } from '../views.js';
import { applyConfirmation, confirmationNotices, isReplacedBy, secureConfirmation, SessionConflictError } from './confirmation.js';

export type DecisionData =
  | { status: 'confirmed'; by: string; owner: string; month: string }
  | { status: 'declined'; by: string; owner: string; note: string | null }
  | {
      status: 'proposed';
      by: string;
      owner: string;
      note: string;
      proposal: { id: string; newSessionId: string; start: string; end: string; custom: boolean };
    }
  | { status: 'withdrawn'; by: string; owner: string; /** Withdrawn because the session is being cancelled. */ sessionCancelled?: boolean }
  | { status: 'expired'; by: string; owner: string };

/**
 * Claims the decision on a request for `d`, without its free text: a note stays out of claims (they are read on
 * hot paths and kept for a day after the change), and whoever finishes the decision takes it from the change's
 * owed record (see `withText`).
 */
export function claimDecisionFor(ctx: ServiceContext, request: Pick<RescheduleRequestDoc, '_id' | 'sessionId'>, d: DecisionData) {
  const { note: _note, ...record } = d as DecisionData & { note?: unknown };
  return claimDecision(ctx, request, record);
}

/**
 * A decision read back from its claim, with its note restored from the owed record of its change (written before
 * anything else of the change). A decision whose caller died before that record keeps no note: it is finished
 * without one (a decline needs none; a proposal is then sent without its message).
 */
async function withText(ctx: ServiceContext, claim: ClaimDoc): Promise<DecisionData> {
  const d = claim.data as DecisionData;
  if (d.status !== 'declined' && d.status !== 'proposed') return d;
  const owed = await ctx.store.owed.ofChange(claim._id);
  const note = owed.find((e) => e.audit)?.audit?.reason ?? null;
  return d.status === 'declined' ? { ...d, note } : { ...d, note: note ?? '' };
}

/** What a decision is about, read once by the caller (or by whoever finishes it). */
export interface DecisionSubject {
  request: RescheduleRequestDoc;
  session: SessionDoc;
  parties: Parties;
  org: OrganisationDoc;
}

function proposalDoc(s: DecisionSubject, d: Extract<DecisionData, { status: 'proposed' }>, at: Date): RescheduleRequestDoc {
  const p = d.proposal;
  return {
    _id: new Types.ObjectId(p.id),
    orgId: s.request.orgId,
    sessionId: s.request.sessionId,
    employeeId: s.request.employeeId,
    therapistId: s.request.therapistId,
    requestedBy: 'therapist',
    awaiting: 'employee',
    custom: p.custom,
    start: new Date(p.start),
    end: new Date(p.end),
    reason: d.note,
    status: 'pending',
    newSessionId: new Types.ObjectId(p.newSessionId),
    previousRequestId: s.request._id,
    decisionNote: null,
    decidedAt: null,
    // The proposal lives on in the request's own thread message: one message per request in the thread.
    threadMessageId: s.request.threadMessageId,
    threadMessageAt: s.request.threadMessageAt,
    createdAt: at,
  };
}

function decidedView(s: DecisionSubject, d: DecisionData, at: Date): RequestView {
  const note = d.status === 'declined' || d.status === 'proposed' ? d.note : null;
  const view = requestView({ ...s.request, status: d.status, decisionNote: note, decidedAt: at }, s.session, s.parties);
  return d.status === 'withdrawn' && d.sessionCancelled ? { ...view, sessionCancelled: true } : view;
}

/**
 * The notices each decision owes. Both messages that offered an action on the request are always brought up to
 * date: the request message in the therapist's thread and the employee's direct message (the request sent, with
 * Withdraw, or the proposal, with Accept / Decline), each in its reader's words and with no action left on it.
 */
function decisionNotices(s: DecisionSubject, d: DecisionData, at: Date): OwedNoticeSpec[] {
  const request = decidedView(s, d, at);
  const requestId = String(s.request._id);
  // A proposal replaces the request in its thread message (what the therapist offered, held for their client),
  // instead of a second post: one action, one message.
  const threadMessage: OwedNoticeSpec = {
    to: 'therapist',
    notice:
      d.status === 'proposed'
        ? { kind: 'proposal_sent', request: requestView(proposalDoc(s, d, at), s.session, s.parties) }
        : { kind: 'request_decided', request, reader: 'therapist' },
    updateMessageOf: requestId,
    message: postedMessageOf(s.request),
  };
  const employeeMessage: OwedNoticeSpec = {
    to: 'employee',
    notice: { kind: 'request_decided', request, reader: 'employee' },
    updateMessageOf: requestId,
    personMessage: s.request.personMessage ?? null,
  };
  return [threadMessage, employeeMessage, ...decisionOwes(s, d, request, at)];
}

/** What a decision tells beyond bringing the request's own messages up to date. */
function decisionOwes(s: DecisionSubject, d: DecisionData, request: RequestView, at: Date): OwedNoticeSpec[] {
  const toOther = (notice: Notice): OwedNoticeSpec => ({ to: s.request.awaiting === 'therapist' ? 'employee' : 'therapist', notice });
  switch (d.status) {
    case 'confirmed':
      return confirmationNotices(s, d);
    case 'declined':
      return [toOther({ kind: 'reschedule_declined', request })];
    case 'withdrawn':
      // A cancellation tells both sides itself; only the request's messages need to say so.
      return d.sessionCancelled ? [] : [{ to: 'therapist', notice: { kind: 'request_withdrawn', request } }];
    case 'expired': {
      const notice: Notice = { kind: 'request_expired', request, cutoffHours: s.org.rescheduleCutoffHours };
      return [
        { to: 'employee', notice },
        { to: 'therapist', notice },
      ];
    }
    case 'proposed': {
      const proposal = requestView(proposalDoc(s, d, at), s.session, s.parties);
      const proposalId = d.proposal.id;
      return [
        {
          to: 'employee',
          // Kept on the proposal, so its Accept and Decline are taken away once it is answered or ends.
          rememberMessageOn: proposalId,
          notice: {
            kind: 'reschedule_proposed',
            request: proposal,
            // The client's organisation's window: accepting a time inside it leaves the session immovable.
            ...(isOutsideCutoff(proposal.proposed.start, at, s.org.rescheduleCutoffHours)
              ? {}
              : { acceptingLocksWithin: s.org.rescheduleCutoffHours }),
          },
        },
      ];
    }
  }
}

export function decisionChange(s: DecisionSubject, d: DecisionData, at: Date): OwedChange {
  const note = d.status === 'declined' || d.status === 'proposed' ? d.note : null;
  const requestId = String(s.request._id);
  return {
    changeId: decisionChangeId(requestId),
    doneWhen: { collection: 'reschedule_requests', id: requestId, statuses: [d.status === 'confirmed' ? 'confirmed' : d.status] },
    parties: s.parties,
    audit: {
      _id: decisionChangeId(requestId),
      orgId: s.request.orgId,
      actorId: d.by,
      action: `reschedule_request.${d.status}`,
      subjectId: String(s.request.sessionId),
      reason: note ?? (d.status === 'confirmed' ? s.request.reason : null),
      details: { requestId, ...(d.status === 'confirmed' ? { newSessionId: String(s.request.newSessionId) } : {}) },
      at,
    },
    notices: decisionNotices(s, d, at),
  };
}

/** The writes of a won decision. Safe to run again from the same claim after a crash at any step. */
async function applyDecision(ctx: ServiceContext, s: DecisionSubject, d: DecisionData, at: Date, as: DecidedBy): Promise<void> {
  const { sessions } = ctx.store;
  const buffer = s.parties.therapist.bufferMinutes ?? 0;
  if (d.status === 'confirmed') {
    // The deciding call claimed the session's next version with its decision (claimConfirmation); a finisher has not.
    await applyConfirmation(ctx, s, d, as === 'decider');
  } else if (d.status === 'proposed') {
    try {
      await sessions.insertRequest(proposalDoc(s, d, at));
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    // Only the winner of this decision moves the session's single pending marker to the proposal.
    await pointMarkerTo(ctx, s.request.sessionId, d.proposal.id);
  } else {
    await releaseRequest(ctx, s.request, buffer);
  }
  const note = d.status === 'declined' || d.status === 'proposed' ? d.note : null;
  await sessions.updateRequest(s.request._id, { status: d.status, decisionNote: note, decidedAt: at });
}

/** Who applies a decision: the call that won it (it has just read the session), or whoever finishes one left behind. */
type DecidedBy = 'decider' | 'finisher';

/** Record what the decision owes, apply it, settle. */
export async function finishDecision(
  ctx: ServiceContext,
  s: DecisionSubject,
  d: DecisionData,
  at: Date,
  as: DecidedBy = 'decider',
): Promise<Undelivered> {
  return changeWithOwed(ctx, decisionChange(s, d, at), () => applyDecision(ctx, s, d, at, as));
}

/** Reads what a decision claim is about; null when the request or its session is gone. */
export async function subjectOf(ctx: ServiceContext, requestId: string): Promise<DecisionSubject | null> {
  const request = await ctx.store.sessions.request(requestId);
  const session = request && (await ctx.store.sessions.session(request.sessionId));
  if (!request || !session) return null;
  const [parties, org] = await Promise.all([partiesOf(ctx, session), organisationOf(ctx, session.orgId)]);
  return { request, session, parties, org };
}

/**
 * Finishes a decision whose caller stopped (found by the next call or the sweep). A confirmation whose
 * preconditions no longer hold is given back, so the request stays pending. True when it finished one.
 */
export async function rollForwardDecision(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  if (!claim.requestId || !claim.data) return false;
  const s = await subjectOf(ctx, claim.requestId);
  if (!s) return false;
  const d = await withText(ctx, claim);
  if (s.request.status !== 'pending') {
    // Applied already; what it owed may still be unsettled.
    const owed = await ctx.store.owed.ofChange(claim._id);
    if (owed.length > 0) await settleOwed(ctx, owed, s.parties);
    return owed.length > 0;
  }
  // Once the old session is closed for it, a confirmation only goes forward. Before that, one whose time or unit
  // is no longer there is given back, with the session's next version its caller may have claimed.
  const giveBack = () => releaseDecision(ctx, s.request, d, d.status === 'confirmed' ? s.session : undefined);
  if (d.status === 'confirmed' && !isReplacedBy(s) && !(await secureConfirmation(ctx, s, d)).ok) {
    await giveBack();
    return false;
  }
  try {
    await finishDecision(ctx, s, d, claim.createdAt, 'finisher');
  } catch (err) {
    if (!(err instanceof SessionConflictError)) throw err;
    await giveBack();
    return false;
  }
  return true;
}
