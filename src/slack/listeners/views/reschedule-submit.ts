// Submitting a form that asks to move a session to a new time with a reason: the employee's reschedule modal or the
// therapist's move form. The service checks every rule; a refusal is shown beside its field and nothing is stored.
// On success the request reaches the other side (the therapist's thread, or the client's DM) and the asker's Home
// tab is redrawn.
import type { Services } from '../../../services/api.js';
import type { SlackDeps } from '../../context.js';
import { fieldErrors, readText, sessionMetadataSchema } from '../../forms.js';
import { wordsFor } from '../../../i18n/words.js';
import { blocks } from '../../ids.js';
import { readTimeChoiceForm } from './time-choice-form.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.reason];

type AskToMove = Services['reschedule']['request'];

function askToMoveSubmit(deps: SlackDeps, ask: (deps: SlackDeps) => AskToMove) {
  return async (args: SubmitArgs): Promise<void> => {
    const form = await readTimeChoiceForm(deps, args, sessionMetadataSchema, fallback);
    if (!form) return;
    const values = args.view.state.values;
    const result = await ask(deps)(form.actor, {
      sessionId: form.metadata.sessionId,
      choice: form.choice,
      reason: readText(values, blocks.reason),
    });
    if (!result.ok) {
      await args.ack(fieldErrors(wordsFor(form.actor), values, result, fallback));
      return;
    }
    await args.ack();
    deps.homes.refresh(form.actor.identity);
  };
}

/** The employee asks their therapist to move a session. */
export const rescheduleSubmitCallback = (deps: SlackDeps) => askToMoveSubmit(deps, (d) => d.services.reschedule.request);

/** The therapist asks their client to move a session (the client accepts or declines). */
export const moveSubmitCallback = (deps: SlackDeps) => askToMoveSubmit(deps, (d) => d.services.reschedule.move);
