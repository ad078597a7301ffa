// Submitting the reschedule modal: the service checks every rule; a refusal is shown beside its field and nothing
// is stored. On success the request is posted in the therapist's thread and the employee told it awaits them.
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, parseMetadata, readText, readTimeChoice, sessionMetadataSchema } from '../../forms.js';
import { refreshHome } from '../../home.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.slot, blocks.time, blocks.reason];

export function rescheduleSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const metadata = parseMetadata(sessionMetadataSchema, view.private_metadata);
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
    const result = await deps.services.reschedule.request(actor, {
      sessionId: metadata.sessionId,
      choice: choice.choice,
      reason: readText(values, blocks.reason),
    });
    if (!result.ok) {
      await ack(fieldErrors(values, result, fallback));
      return;
    }
    await ack();
    deps.background('refresh-home', () => refreshHome(client, deps, actor));
  };
}
