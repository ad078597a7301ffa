// Submitting the cancel modal (which already stated whether the cancellation is late).
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, parseMetadata, readText, sessionMetadataSchema } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

export function cancelSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const metadata = parseMetadata(sessionMetadataSchema, view.private_metadata);
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor || !metadata) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'bad_input' : 'not_registered'), [blocks.reason]));
      return;
    }
    const result = await deps.services.sessions.cancel(actor, { sessionId: metadata.sessionId, reason: readText(values, blocks.reason) });
    if (!result.ok) {
      await ack(fieldErrors(submitterWords(body), values, result, [blocks.reason]));
      return;
    }
    await ack();
    deps.homes.refresh(actor.identity);
  };
}
