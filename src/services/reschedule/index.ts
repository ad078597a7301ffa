// Reschedule requests: the employee asks, the therapist confirms, declines or proposes another time; the
// employee accepts or declines a proposal; either can be withdrawn, and requests expire at the cutoff. The
// therapist may also ask to move a session themselves (`move`), which the employee accepts or declines the same way.
// One file per use case beside this one.
import type { RescheduleService } from '../api.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedRequest } from '../guards.js';
import { sessionSinceOf } from '../session-messages.js';
import { requestView } from '../views.js';
import { confirm } from './confirm.js';
import { decline } from './decline.js';
import { expireDue } from './expire.js';
import { clientSessions, move, moveForm } from './move.js';
import { propose } from './propose.js';
import { request } from './request.js';
import { withdraw } from './withdraw.js';

export function createRescheduleService(ctx: ServiceContext): RescheduleService {
  return {
    request: (actor, input) => request(ctx, actor, input),
    confirm: (actor, input) => confirm(ctx, actor, input),
    decline: (actor, input) => decline(ctx, actor, input),
    propose: (actor, input) => propose(ctx, actor, input),
    withdraw: (actor, input) => withdraw(ctx, actor, input),
    move: (actor, input) => move(ctx, actor, input),
    moveForm: (actor, input) => moveForm(ctx, actor, input),
    clientSessions: (actor, input) => clientSessions(ctx, actor, input),
    async get(actor, input) {
      const o = await ownedRequest(ctx, actor, input.requestId);
      if (isRefusal(o)) return o;
      // A decided request's card says what became of its session since (and offers what is left).
      const since = await sessionSinceOf(ctx, o.request, o.session);
      const view = requestView(o.request, o.session, o.parties);
      return { ok: true, request: since ? { ...view, sessionSince: since } : view, cutoffHours: o.org.rescheduleCutoffHours };
    },
    expireDue: () => expireDue(ctx),
  };
}
