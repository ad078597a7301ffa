// Submitting the reschedule modal: the service checks every rule; a refusal is shown beside its field and nothing
// is stored. On success the request is posted in the therapist's thread and the employee told it awaits them.
import type { SlackDeps } from '../../context.js';
import { fieldErrors, readText, sessionMetadataSchema } from '../../forms.js';
import { blocks } from '../../ids.js';
import { readTimeChoiceForm } from './time-choice-form.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.reason];

export function rescheduleSubmitCallback(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const form = await readTimeChoiceForm(deps, args, sessionMetadataSchema, fallback);
    if (!form) return;
    const values = args.view.state.values;
    const result = await deps.services.reschedule.request(form.actor, {
      sessionId: form.metadata.sessionId,
      choice: form.choice,
      reason: readText(values, blocks.reason),
    });
    if (!result.ok) {
      await args.ack(fieldErrors(values, result, fallback));
      return;
    }
    await args.ack();
    deps.homes.refresh(form.actor.identity);
  };
}
