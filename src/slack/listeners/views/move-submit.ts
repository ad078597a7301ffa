// Submitting the therapist's move form: the service checks every rule (a refusal is shown beside its field and
// nothing is stored); on success the client gets Accept / Decline / Message therapist in their DM and the request
// is posted in their thread.
import type { SlackDeps } from '../../context.js';
import { fieldErrors, readText, sessionMetadataSchema } from '../../forms.js';
import { blocks } from '../../ids.js';
import { readTimeChoiceForm } from './time-choice-form.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.reason];

export function moveSubmitCallback(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const form = await readTimeChoiceForm(deps, args, sessionMetadataSchema, fallback);
    if (!form) return;
    const values = args.view.state.values;
    const result = await deps.services.reschedule.move(form.actor, {
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
