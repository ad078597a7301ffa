// Submitting the therapist's proposal of another time; the employee gets Accept / Decline in their DM.
import type { SlackDeps } from '../../context.js';
import { fieldErrors, readText, requestMetadataSchema } from '../../forms.js';
import { wordsFor } from '../../../i18n/words.js';
import { blocks } from '../../ids.js';
import { readTimeChoiceForm } from './time-choice-form.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.note];
const noteFirst = { reason_missing: blocks.note, reason_too_long: blocks.note } as const;

export function proposeSubmitCallback(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const form = await readTimeChoiceForm(deps, args, requestMetadataSchema, fallback);
    if (!form) return;
    const values = args.view.state.values;
    const result = await deps.services.reschedule.propose(form.actor, {
      requestId: form.metadata.requestId,
      choice: form.choice,
      note: readText(values, blocks.note),
    });
    await args.ack(result.ok ? undefined : fieldErrors(wordsFor(form.actor), values, result, fallback, noteFirst));
  };
}
