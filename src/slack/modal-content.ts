// What the employee's modals show for an actor, in their words: the data each needs, loaded through the services, rendered by the
// builders in blocks/. Shared by the buttons and by `/wellbeing book|reschedule|cancel`.
import type { ModalView } from '@slack/types';
import type { Actor } from '../services/types.js';
import { actionsBlock, button, infoModal } from './blocks/common.js';
import type { SessionView } from '../notices/notice.js';
import { actions } from './ids.js';
import { isInFuture } from '../domain/policy.js';
import { firstChoosable, weekOf } from '../domain/weeks.js';
import {
  bookModal,
  cancelModal,
  moveModal,
  movePickerModal,
  proposeModal,
  rescheduleModal,
  sessionPickerModal,
  type RequestMetadata,
} from './blocks/modals.js';
import { pendingForActor } from './listeners/actions/pending-request.js';
import { allowanceLine } from './blocks/overview.js';
import { fullMonthLine } from '../domain/wording.js';
import type { SlackDeps } from './context.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { refusalModal, refusalOf } from './context.js';

/** The catalogue keys of the employee's forms' titles (a loading modal shows one before the reader is known). */
export const titles = {
  reschedule: 'slack.reschedule.title',
  cancel: 'slack.cancel.title',
  book: 'slack.button.bookSession',
} as const satisfies Record<string, MessageKey>;

export async function rescheduleContent(deps: SlackDeps, actor: Actor, sessionId: string, week?: string | null): Promise<ModalView> {
  // The overview carries the reschedule window: needed to refuse, and to label target times inside it.
  const [found, open, { cutoffHours }] = await Promise.all([
    deps.services.sessions.get(actor, { sessionId }),
    deps.services.sessions.openSlots(actor),
    deps.services.sessions.overview(actor),
  ]);
  const w = wordsFor(actor);
  if (!found.ok) return refusalModal(w, w.t(titles.reschedule), found);
  if (!found.canReschedule) return insideCutoffModal(w, found.session, cutoffHours);
  const slots = open.ok ? open.slots : [];
  const now = new Date();
  // Opened without a week: on the first week holding a time that leaves the session movable.
  const first = week ? undefined : firstChoosable(slots, now, cutoffHours);
  return rescheduleModal(w, found.session, slots, {
    week: week ?? (first ? weekOf(first.start, actor.zone) : null),
    cutoff: { now, hours: cutoffHours },
  });
}

/**
 * A session inside the window cannot be moved; the modal says it can still be cancelled and offers that at once
 * (the Cancel button opens the cancel form over this one, stating the late-cancellation cost first).
 */
function insideCutoffModal(w: Words, session: SessionView, cutoffHours: number): ModalView {
  const modal = refusalModal(w, w.t(titles.reschedule), refusalOf('inside_cutoff', { hours: cutoffHours }));
  if (session.status !== 'booked' || !isInFuture(session.start, new Date())) return modal;
  return {
    ...modal,
    blocks: [
      ...modal.blocks,
      actionsBlock([button(w.t('slack.button.cancelSession'), actions.sessionCancel, session.id, 'danger')], `inside_cutoff:${session.id}`),
    ],
  };
}

const proposeTitle: MessageKey = 'slack.notice.proposeAnother';

/** The therapist's answer form: one of their own open slots, or a custom time. */
export async function proposeContent(deps: SlackDeps, actor: Actor, metadata: RequestMetadata, week?: string | null): Promise<ModalView> {
  const [found, own] = await Promise.all([pendingForActor(deps, actor, metadata.requestId), deps.services.availability.list(actor)]);
  const w = wordsFor(actor);
  if (!found.ok) return refusalModal(w, w.t(proposeTitle), found);
  const now = new Date();
  const slots = own.ok ? own.slots.filter((s) => !s.held && isInFuture(s.start, now)) : [];
  // The client's organisation's window, not the therapist's: the rule applies to the client's session.
  return proposeModal(w, found.request, slots, metadata, { week, cutoff: { now, hours: found.cutoffHours } });
}

const moveTitle: MessageKey = 'slack.button.moveSession';

/**
 * The therapist's move form, or why they cannot ask now (inside the client's window: the refusal says they can
 * still cancel, and the Cancel button beside it opens that form; a request already waiting: answer it first).
 */
export async function moveContent(deps: SlackDeps, actor: Actor, sessionId: string, week?: string | null): Promise<ModalView> {
  const [found, own] = await Promise.all([deps.services.reschedule.moveForm(actor, { sessionId }), deps.services.availability.list(actor)]);
  const w = wordsFor(actor);
  if (!found.ok) {
    const refused = refusalModal(w, w.t(moveTitle), found);
    if (found.code !== 'move_inside_cutoff') return refused;
    return {
      ...refused,
      blocks: [
        ...refused.blocks,
        actionsBlock([button(w.t('slack.button.cancelSession'), actions.sessionCancel, sessionId, 'danger')], `inside_cutoff:${sessionId}`),
      ],
    };
  }
  const now = new Date();
  const slots = own.ok ? own.slots.filter((s) => !s.held && isInFuture(s.start, now)) : [];
  // The client's organisation's window, not the therapist's: the rule applies to the client's session.
  return moveModal(w, found.session, slots, { week, cutoff: { now, hours: found.cutoffHours } });
}

/** From a client's thread: the move form for their one upcoming session with this therapist, or a list to pick from. */
export async function clientMoveContent(deps: SlackDeps, actor: Actor, employeeId: string): Promise<ModalView> {
  const found = await deps.services.reschedule.clientSessions(actor, { employeeId });
  const w = wordsFor(actor);
  if (!found.ok) return refusalModal(w, w.t(moveTitle), found);
  const only = found.sessions.length === 1 ? found.sessions[0] : undefined;
  if (only) return moveContent(deps, actor, only.id);
  if (found.sessions.length === 0) return infoModal(w, w.t(moveTitle), [w.t('slack.move.noSessions', { name: found.employeeName })]);
  return movePickerModal(w, found.employeeName, found.sessions);
}

export async function cancelContent(deps: SlackDeps, actor: Actor, sessionId: string): Promise<ModalView> {
  const preview = await deps.services.sessions.cancelPreview(actor, { sessionId });
  const w = wordsFor(actor);
  return preview.ok ? cancelModal(w, preview) : refusalModal(w, w.t(titles.cancel), preview);
}

export async function bookContent(deps: SlackDeps, actor: Actor, week?: string | null): Promise<ModalView> {
  const [open, overview] = await Promise.all([
    deps.services.sessions.openSlots(actor, { forBooking: true }),
    deps.services.sessions.overview(actor),
  ]);
  const w = wordsFor(actor);
  if (!open.ok) return refusalModal(w, w.t(titles.book), open);
  const full = open.fullMonths.map((m) => fullMonthLine(m, w));
  return (
    bookModal(w, open.slots, overview.allowance, week, full) ??
    infoModal(w, w.t(titles.book), [
      full.length > 0 ? w.t('slack.book.noTimesYouCanBook') : w.t('slack.book.noOpenTimes'),
      ...full,
      ...overview.allowance.map((b) => allowanceLine(w, b)),
    ])
  );
}

/** `/wellbeing reschedule|cancel`: the form for the one session there is, or a list to pick from. */
export async function sessionChoiceContent(deps: SlackDeps, actor: Actor, purpose: 'reschedule' | 'cancel'): Promise<ModalView> {
  const overview = await deps.services.sessions.overview(actor);
  const sessions = purpose === 'reschedule' ? overview.upcoming.filter((s) => s.canReschedule && !s.pendingRequest) : overview.upcoming;
  const only = sessions.length === 1 ? sessions[0] : undefined;
  if (only) return purpose === 'reschedule' ? rescheduleContent(deps, actor, only.id) : cancelContent(deps, actor, only.id);
  const w = wordsFor(actor);
  if (sessions.length === 0) {
    const none = overview.upcoming.length === 0 ? w.t('slack.common.noUpcomingSessions') : w.t('slack.reschedule.noneMovable');
    return infoModal(w, w.t(titles[purpose]), [none]);
  }
  return sessionPickerModal(w, sessions, purpose);
}
