// The modals of the employee and therapist flows, in the words of whoever opened them. Each carries what it is about
// in private_metadata (parsed back with zod on submission) and uses the block ids of ids.ts, so refusals can be
// shown beside their field.
import type { KnownBlock, ModalView } from '@slack/types';
import type { AllowanceBalance } from '../../domain/allowance.js';
import type { Words } from '../../i18n/words.js';
import type { RequestView, SessionView } from '../../notices/notice.js';
import type { CancelPreview, SlotView, UpcomingSession } from '../../services/types.js';
import { actions, blocks, infoViewCallbackId, views } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { button, context, plain, quoteBlocks, section } from './common.js';
import { cutoffLine, dateTimeInputs, slotPicker, textInput, type CutoffHint } from './pickers.js';
import { allowanceLine, sessionLine } from './overview.js';

export interface SessionMetadata {
  sessionId: string;
}

export interface RequestMetadata {
  requestId: string;
  /** Where the button was clicked, so the message can be updated after the modal is submitted. */
  channelId?: string;
  messageTs?: string;
}

function modal(
  w: Words,
  callbackId: string,
  title: string,
  submit: string,
  body: KnownBlock[],
  metadata: object,
  close = w.t('slack.modal.cancel'),
): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title),
    submit: plain(submit),
    close: plain(close),
    private_metadata: JSON.stringify(metadata),
    blocks: body,
  };
}

/** How the slot picker of a form is shown: which week, and the window that makes a target time final. */
export interface PickerView {
  week?: string | null;
  cutoff?: CutoffHint;
}

export function rescheduleModal(w: Words, session: SessionView, slots: SlotView[], picker: PickerView = {}): ModalView {
  const slotBlocks = slotPicker(w, slots, { optional: true, label: w.t('slack.reschedule.slotLabel'), ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    w,
    views.reschedule,
    w.t('slack.reschedule.title'),
    w.t('slack.reschedule.submit'),
    [
      section(w.t('slack.reschedule.current', { span: w.span(session), name: escapeMrkdwn(session.therapistName) })),
      ...(hasSlots ? slotBlocks : [context(w.t('slack.reschedule.noSlots'))]),
      ...dateTimeInputs(w, {
        optional: hasSlots,
        hint: hasSlots ? w.t('slack.reschedule.orPropose') : undefined,
      }),
      ...(picker.cutoff ? [context(cutoffLine(w, picker.cutoff.hours))] : []),
      textInput(blocks.reason, w.t('slack.form.reason'), { placeholder: w.t('slack.form.sharedWithTherapist') }),
      context(w.t('slack.reschedule.standsUntilConfirmed')),
    ],
    { sessionId: session.id } satisfies SessionMetadata,
  );
}

export function cancelModal(w: Words, preview: CancelPreview): ModalView {
  const s = preview.session;
  const other = preview.by === 'therapist' ? s.employeeName : s.therapistName;
  return modal(
    w,
    views.cancel,
    preview.late ? w.t('slack.cancel.lateTitle') : w.t('slack.cancel.title'),
    w.t('slack.cancel.submit'),
    [
      section(w.t('slack.form.session', { span: w.span(s), name: escapeMrkdwn(other) })),
      section(preview.late ? `:warning: ${escapeMrkdwn(preview.consequence)}` : escapeMrkdwn(preview.consequence)),
      textInput(blocks.reason, w.t('slack.form.reason'), {
        placeholder:
          preview.by === 'therapist' ? w.t('slack.form.sharedWith', { name: s.employeeName }) : w.t('slack.form.sharedWithTherapist'),
      }),
    ],
    { sessionId: s.id } satisfies SessionMetadata,
    w.t('slack.cancel.keep'),
  );
}

/** `notes`: why some times are not offered (a month whose allowance is used up). */
export function bookModal(
  w: Words,
  slots: SlotView[],
  allowance: AllowanceBalance[],
  week?: string | null,
  notes: string[] = [],
): ModalView | null {
  const slotBlocks = slotPicker(w, slots, { optional: false, label: w.t('slack.book.slotLabel'), week });
  if (slotBlocks.length === 0) return null;
  const intro = [...allowance.map((b) => allowanceLine(w, b)), ...notes].join('\n');
  return modal(w, views.book, w.t('slack.button.bookSession'), w.t('slack.book.submit'), [section(intro), ...slotBlocks], {});
}

export function messageTherapistModal(w: Words, therapistName: string): ModalView {
  return modal(
    w,
    views.messageTherapist,
    w.t('slack.message.title'),
    w.t('slack.message.submit'),
    [
      textInput(blocks.message, w.t('slack.message.label', { name: therapistName }), { maxLength: 3000 }),
      context(w.t('slack.message.privacy')),
    ],
    {},
  );
}

function requestSummary(w: Words, request: RequestView): KnownBlock[] {
  return [
    section(
      [
        `*${escapeMrkdwn(request.employeeName)}*`,
        w.t('slack.request.current', { span: w.span(request.current) }),
        w.t('slack.request.requested', { span: w.span(request.proposed) }),
      ].join('\n'),
    ),
    ...quoteBlocks(request.reason),
  ];
}

export function declineModal(w: Words, request: RequestView, metadata: RequestMetadata): ModalView {
  return modal(
    w,
    views.decline,
    w.t('slack.decline.title'),
    w.t('slack.notice.decline'),
    [...requestSummary(w, request), textInput(blocks.note, w.t('slack.form.noteToClient'), { optional: true })],
    metadata,
  );
}

export function proposeModal(
  w: Words,
  request: RequestView,
  slots: SlotView[],
  metadata: RequestMetadata,
  picker: PickerView = {},
): ModalView {
  const slotBlocks = slotPicker(w, slots, { optional: true, label: w.t('slack.form.ownSlotLabel'), ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    w,
    views.propose,
    w.t('slack.notice.proposeAnother'),
    w.t('slack.propose.submit'),
    [
      ...requestSummary(w, request),
      ...slotBlocks,
      ...dateTimeInputs(w, { optional: hasSlots, hint: hasSlots ? w.t('slack.form.orAnotherTime') : undefined }),
      ...(picker.cutoff ? [context(cutoffLine(w, picker.cutoff.hours))] : []),
      textInput(blocks.note, w.t('slack.form.noteToClient')),
    ],
    metadata,
  );
}

/** The therapist asks their client to move a session: one of their own open slots or a custom time, and a reason. */
export function moveModal(w: Words, session: SessionView, slots: SlotView[], picker: PickerView = {}): ModalView {
  const slotBlocks = slotPicker(w, slots, { optional: true, label: w.t('slack.form.ownSlotLabel'), ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    w,
    views.move,
    w.t('slack.button.moveSession'),
    w.t('slack.move.submit'),
    [
      section(w.t('slack.form.session', { span: w.span(session), name: escapeMrkdwn(session.employeeName) })),
      ...(hasSlots ? slotBlocks : [context(w.t('slack.move.noSlots'))]),
      ...dateTimeInputs(w, { optional: hasSlots, hint: hasSlots ? w.t('slack.form.orAnotherTime') : undefined }),
      ...(picker.cutoff ? [context(cutoffLine(w, picker.cutoff.hours))] : []),
      textInput(blocks.reason, w.t('slack.form.reason'), { placeholder: w.t('slack.form.sharedWith', { name: session.employeeName }) }),
      context(w.t('slack.move.howItWorks', { name: escapeMrkdwn(session.employeeName) })),
    ],
    { sessionId: session.id } satisfies SessionMetadata,
  );
}

/** The therapist's upcoming sessions with one client, each with Move (its form is pushed on top of this modal). */
export function movePickerModal(w: Words, employeeName: string, sessions: SessionView[]): ModalView {
  const rows: KnownBlock[] = sessions.slice(0, 40).map((s) => ({
    ...section(`*${w.span(s)}*`, `pick:${s.id}`),
    accessory: button(w.t('slack.move.pickButton'), actions.sessionMove, s.id),
  }));
  return {
    type: 'modal',
    callback_id: infoViewCallbackId,
    title: plain(w.t('slack.button.moveSession')),
    close: plain(w.t('slack.modal.close')),
    blocks: [section(w.t('slack.move.whichSession', { name: escapeMrkdwn(employeeName) })), ...rows],
  };
}

/** A list of sessions to pick one from, each with the button that opens its form (pushed on top of this modal). */
export function sessionPickerModal(w: Words, sessions: UpcomingSession[], purpose: 'reschedule' | 'cancel'): ModalView {
  const rows: KnownBlock[] = sessions.slice(0, 40).map((s) => ({
    ...section(sessionLine(w, s, s.therapistName), `pick:${s.id}`),
    accessory:
      purpose === 'reschedule'
        ? button(w.t('slack.button.reschedule'), actions.sessionReschedule, s.id)
        : button(w.t('slack.button.cancel'), actions.sessionCancel, s.id, 'danger'),
  }));
  return {
    type: 'modal',
    callback_id: infoViewCallbackId,
    title: plain(purpose === 'reschedule' ? w.t('slack.reschedule.title') : w.t('slack.cancel.title')),
    close: plain(w.t('slack.modal.close')),
    blocks: [section(w.t('slack.picker.whichSession')), ...rows],
  };
}
