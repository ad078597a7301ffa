// Submitting the therapist's decline, with an optional note; the service updates the request message and tells
// the employee.
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, parseMetadata, readText, requestMetadataSchema } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

const noteFirst = { reason_missing: blocks.note, reason_too_long: blocks.note } as const;

export function declineSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const metadata = parseMetadata(requestMetadataSchema, view.private_metadata);
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor || !metadata) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'bad_input' : 'not_registered'), [blocks.note]));
      return;
    }
    const note = readText(values, blocks.note).trim();
    const result = await deps.services.reschedule.decline(actor, { requestId: metadata.requestId, ...(note ? { note } : {}) });
    if (!result.ok) {
      await ack(fieldErrors(submitterWords(body), values, result, [blocks.note], noteFirst));
      return;
    }
    await ack();
  };
}
