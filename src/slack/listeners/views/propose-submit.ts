// Submitting the therapist's proposal of another time; the employee gets Accept / Decline in their DM.
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, parseMetadata, readText, readTimeChoice, requestMetadataSchema } from '../../forms.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.note];
const noteFirst = { reason_missing: blocks.note, reason_too_long: blocks.note } as const;

export function proposeSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const metadata = parseMetadata(requestMetadataSchema, view.private_metadata);
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor || !metadata) {
      await ack(fieldErrors(values, refusalOf(actor ? 'bad_input' : 'not_registered'), fallback));
      return;
    }
    const choice = readTimeChoice(values);
    if (!choice.ok) {
      await ack(fieldErrors(values, refusalOf(choice.code), fallback));
      return;
    }
    const result = await deps.services.reschedule.propose(actor, {
      requestId: metadata.requestId,
      choice: choice.choice,
      note: readText(values, blocks.note),
    });
    if (!result.ok) {
      await ack(fieldErrors(values, result, fallback, noteFirst));
      return;
    }
    await ack();
  };
}
