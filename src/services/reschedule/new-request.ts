// Writing a new request to move a session, whoever asked (the client's request, or the therapist's move with the
// roles swapped): the document, its audit event and the notices it owes, in one change; the asking use cases only
// say who asked and which notices each side reads.
import type { Types } from 'mongoose';
import type { RequestView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { RescheduleRequestDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { changeWithOwed, type OwedNoticeSpec } from '../owed.js';
import { requestView, type Parties } from '../views.js';

export interface NewRequest {
  requestId: Types.ObjectId;
  newSessionId: Types.ObjectId;
  session: SessionDoc;
  parties: Parties;
  actorId: string;
  requestedBy: 'employee' | 'therapist';
  chosen: { custom: boolean; start: Date; end: Date };
  reason: string;
  now: Date;
}

/** Records the request and the notices `noticesOf` gives for its view; returns that view. */
export async function recordNewRequest(
  ctx: ServiceContext,
  r: NewRequest,
  noticesOf: (view: RequestView) => OwedNoticeSpec[],
): Promise<RequestView> {
  const doc: RescheduleRequestDoc = {
    _id: r.requestId,
    orgId: r.session.orgId,
    sessionId: r.session._id,
    employeeId: r.session.employeeId,
    therapistId: r.session.therapistId,
    requestedBy: r.requestedBy,
    awaiting: r.requestedBy === 'employee' ? 'therapist' : 'employee',
    custom: r.chosen.custom,
    start: r.chosen.start,
    end: r.chosen.end,
    reason: r.reason,
    status: 'pending',
    newSessionId: r.newSessionId,
    previousRequestId: null,
    decisionNote: null,
    decidedAt: null,
    threadMessageId: null,
    threadMessageAt: null,
    createdAt: r.now,
  };
  const view = requestView(doc, r.session, r.parties);
  const id = String(r.requestId);
  await changeWithOwed(
    ctx,
    {
      changeId: `request:${id}`,
      doneWhen: {
        collection: 'reschedule_requests',
        id,
        statuses: ['pending', 'confirmed', 'declined', 'proposed', 'withdrawn', 'expired'],
      },
      parties: r.parties,
      audit: {
        _id: `request:${id}`,
        orgId: doc.orgId,
        actorId: r.actorId,
        action: 'reschedule_request.created',
        subjectId: String(r.session._id),
        reason: r.reason,
        details: {
          requestId: id,
          ...(r.requestedBy === 'therapist' ? { requestedBy: 'therapist' } : {}),
          custom: r.chosen.custom,
          start: r.chosen.start.toISOString(),
        },
        at: r.now,
      },
      notices: noticesOf(view),
    },
    async () => {
      try {
        await ctx.store.sessions.insertRequest(doc);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  );
  return view;
}
