// The modal a person sees when a submission is not decided within Slack's 3 s: a "working on it" view in the ack,
// then the outcome the listener would have acked, shown through views.update. Field errors cannot be attached to
// a view after its ack, so a late refusal is stated in words.
import type { ModalView } from '@slack/types';
import { faultWording } from '../../domain/wording.js';
import type { Words } from '../../i18n/words.js';
import { infoModal } from '../blocks/common.js';

/** What a view listener acks: nothing (close), or one of Slack's response actions. */
interface ViewAck {
  response_action?: unknown;
  view?: unknown;
  errors?: unknown;
}

const asViewAck = (response: unknown): ViewAck => (typeof response === 'object' && response !== null ? (response as ViewAck) : {});

export const workingView = (w: Words, title: string): ModalView => infoModal(w, title, [faultWording(w).viewWorking]);
export const failedView = (w: Words, title: string): ModalView => infoModal(w, title, [faultWording(w).viewFailed]);
/** The submission was turned away before anything started (the process at its bound of requests in flight). */
export const notTakenView = (w: Words, title: string): ModalView => infoModal(w, title, [faultWording(w).notTaken]);

/** A listener's ack holds field errors: the submission changed nothing. */
export function isRefusalAck(response: unknown): boolean {
  return asViewAck(response).response_action === 'errors';
}

/** The view that states a listener's late ack: its own next view, its refusals, or "done". */
export function lateOutcomeView(w: Words, response: unknown, title: string): ModalView {
  const ack = asViewAck(response);
  if ((ack.response_action === 'update' || ack.response_action === 'push') && typeof ack.view === 'object' && ack.view !== null) {
    return ack.view as ModalView;
  }
  if (ack.response_action === 'errors' && typeof ack.errors === 'object' && ack.errors !== null) {
    const reasons = [...new Set(Object.values(ack.errors as Record<string, unknown>).filter((e): e is string => typeof e === 'string'))];
    return infoModal(w, title, [...reasons, faultWording(w).viewRefused]);
  }
  return infoModal(w, title, [faultWording(w).viewDone]);
}
