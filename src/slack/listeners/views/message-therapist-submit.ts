// Submitting "Message therapist": relayed like a DM. If it cannot be delivered the modal stays open and says so.
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, readText } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

export function messageTherapistSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const text = readText(values, blocks.message).trim();
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor || text.length === 0) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'bad_input' : 'not_registered'), [blocks.message]));
      return;
    }
    // The view id is stable across a double submit, so the relay's own dedupe sends it once.
    const result = await deps.services.relay.fromEmployee(actor, { text, deliveryKey: `slack:view:${view.id}` });
    if (!result.ok) {
      await ack(fieldErrors(submitterWords(body), values, result, [blocks.message]));
      return;
    }
    await ack();
  };
}
