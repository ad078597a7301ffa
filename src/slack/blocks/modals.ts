// The modals of the employee and therapist flows. Each carries what it is about in private_metadata (parsed back
// with zod on submission) and uses the block ids of ids.ts, so refusals can be shown beside their field.
import type { KnownBlock, ModalView } from '@slack/types';
import { formatSpan } from '../../domain/time.js';
import type { AllowanceBalance } from '../../domain/allowance.js';
import type { RequestView, SessionView } from '../../notices/notice.js';
import type { CancelPreview, SlotView, UpcomingSession } from '../../services/types.js';
import { actions, blocks, infoViewCallbackId, views } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { button, context, plain, quoteBlocks, section } from './common.js';
import { cutoffLine, dateTimeInputs, slotPicker, textInput, type CutoffHint } from './pickers.js';
import { allowanceLine } from './overview.js';

export interface SessionMetadata {
  sessionId: string;
}

export interface RequestMetadata {
  requestId: string;
  /** Where the button was clicked, so the message can be updated after the modal is submitted. */
  channelId?: string;
  messageTs?: string;
}

function modal(callbackId: string, title: string, submit: string, body: KnownBlock[], metadata: object, close = 'Cancel'): ModalView {
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

export function rescheduleModal(session: SessionView, slots: SlotView[], zone: string, picker: PickerView = {}): ModalView {
  const slotBlocks = slotPicker(slots, zone, { optional: true, label: "An open slot of your therapist's", ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    views.reschedule,
    'Reschedule session',
    'Send request',
    [
      section(`*Current session:* ${formatSpan(session.start, session.end, zone)} with ${escapeMrkdwn(session.therapistName)}`),
      ...(hasSlots ? slotBlocks : [context('Your therapist has no open slots in the next weeks: propose a time below.')]),
      ...dateTimeInputs(zone, {
        optional: hasSlots,
        hint: hasSlots ? 'Or propose another time (your therapist confirms it):' : undefined,
      }),
      ...(picker.cutoff ? [context(cutoffLine(picker.cutoff.hours))] : []),
      textInput(blocks.reason, 'Reason', { placeholder: 'Shared with your therapist' }),
      context('Your current session stands until your therapist confirms the change.'),
    ],
    { sessionId: session.id } satisfies SessionMetadata,
  );
}

export function cancelModal(preview: CancelPreview, zone: string): ModalView {
  const s = preview.session;
  const other = preview.by === 'therapist' ? s.employeeName : s.therapistName;
  return modal(
    views.cancel,
    preview.late ? 'Late cancellation' : 'Cancel session',
    'Cancel session',
    [
      section(`*Session:* ${formatSpan(s.start, s.end, zone)} with ${escapeMrkdwn(other)}`),
      section(preview.late ? `:warning: ${escapeMrkdwn(preview.consequence)}` : escapeMrkdwn(preview.consequence)),
      textInput(blocks.reason, 'Reason', {
        placeholder: preview.by === 'therapist' ? `Shared with ${s.employeeName}` : 'Shared with your therapist',
      }),
    ],
    { sessionId: s.id } satisfies SessionMetadata,
    'Keep session',
  );
}

/** `notes`: why some times are not offered (a month whose allowance is used up). */
export function bookModal(
  slots: SlotView[],
  allowance: AllowanceBalance[],
  zone: string,
  week?: string | null,
  notes: string[] = [],
): ModalView | null {
  const slotBlocks = slotPicker(slots, zone, { optional: false, label: 'Open slots', week });
  if (slotBlocks.length === 0) return null;
  const intro = [...allowance.map(allowanceLine), ...notes].join('\n');
  return modal(views.book, 'Book a session', 'Book', [section(intro), ...slotBlocks], {});
}

export function messageTherapistModal(therapistName: string): ModalView {
  return modal(
    views.messageTherapist,
    'Message therapist',
    'Send',
    [
      textInput(blocks.message, `Your message to ${therapistName}`, { maxLength: 3000 }),
      context('Only your therapist sees this. You can also simply send me a direct message.'),
    ],
    {},
  );
}

function requestSummary(request: RequestView, zone: string): KnownBlock[] {
  return [
    section(
      [
        `*${escapeMrkdwn(request.employeeName)}*`,
        `Current: ${formatSpan(request.current.start, request.current.end, zone)}`,
        `Requested: ${formatSpan(request.proposed.start, request.proposed.end, zone)}`,
      ].join('\n'),
    ),
    ...quoteBlocks(request.reason),
  ];
}

export function declineModal(request: RequestView, zone: string, metadata: RequestMetadata): ModalView {
  return modal(
    views.decline,
    'Decline request',
    'Decline',
    [...requestSummary(request, zone), textInput(blocks.note, 'Note to your client', { optional: true })],
    metadata,
  );
}

export function proposeModal(
  request: RequestView,
  slots: SlotView[],
  zone: string,
  metadata: RequestMetadata,
  picker: PickerView = {},
): ModalView {
  const slotBlocks = slotPicker(slots, zone, { optional: true, label: 'One of your open slots', ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    views.propose,
    'Propose another time',
    'Propose',
    [
      ...requestSummary(request, zone),
      ...slotBlocks,
      ...dateTimeInputs(zone, { optional: hasSlots, hint: hasSlots ? 'Or another time:' : undefined }),
      ...(picker.cutoff ? [context(cutoffLine(picker.cutoff.hours))] : []),
      textInput(blocks.note, 'Note to your client'),
    ],
    metadata,
  );
}

/** The therapist asks their client to move a session: one of their own open slots or a custom time, and a reason. */
export function moveModal(session: SessionView, slots: SlotView[], zone: string, picker: PickerView = {}): ModalView {
  const slotBlocks = slotPicker(slots, zone, { optional: true, label: 'One of your open slots', ...picker });
  const hasSlots = slotBlocks.length > 0;
  return modal(
    views.move,
    'Move session',
    'Ask client',
    [
      section(`*Session:* ${formatSpan(session.start, session.end, zone)} with ${escapeMrkdwn(session.employeeName)}`),
      ...(hasSlots ? slotBlocks : [context('You have no open slots in the next weeks: pick a date and time below.')]),
      ...dateTimeInputs(zone, { optional: hasSlots, hint: hasSlots ? 'Or another time:' : undefined }),
      ...(picker.cutoff ? [context(cutoffLine(picker.cutoff.hours))] : []),
      textInput(blocks.reason, 'Reason', { placeholder: `Shared with ${session.employeeName}` }),
      context(
        `${escapeMrkdwn(session.employeeName)} is asked to accept or decline; the session stays as it is until they accept, and the new time is held for them meanwhile.`,
      ),
    ],
    { sessionId: session.id } satisfies SessionMetadata,
  );
}

/** The therapist's upcoming sessions with one client, each with Move (its form is pushed on top of this modal). */
export function movePickerModal(employeeName: string, sessions: SessionView[], zone: string): ModalView {
  const rows: KnownBlock[] = sessions.slice(0, 40).map((s) => ({
    ...section(`*${formatSpan(s.start, s.end, zone)}*`, `pick:${s.id}`),
    accessory: button('Move', actions.sessionMove, s.id),
  }));
  return {
    type: 'modal',
    callback_id: infoViewCallbackId,
    title: plain('Move session'),
    close: plain('Close'),
    blocks: [section(`Which session with ${escapeMrkdwn(employeeName)}?`), ...rows],
  };
}

/** A list of sessions to pick one from, each with the button that opens its form (pushed on top of this modal). */
export function sessionPickerModal(sessions: UpcomingSession[], zone: string, purpose: 'reschedule' | 'cancel'): ModalView {
  const rows: KnownBlock[] = sessions.slice(0, 40).map((s) => ({
    ...section(`*${formatSpan(s.start, s.end, zone)}*\nwith ${escapeMrkdwn(s.therapistName)}`, `pick:${s.id}`),
    accessory:
      purpose === 'reschedule'
        ? button('Reschedule', actions.sessionReschedule, s.id)
        : button('Cancel', actions.sessionCancel, s.id, 'danger'),
  }));
  return {
    type: 'modal',
    callback_id: infoViewCallbackId,
    title: plain(purpose === 'reschedule' ? 'Reschedule session' : 'Cancel session'),
    close: plain('Close'),
    blocks: [section('Which session?'), ...rows],
  };
}
