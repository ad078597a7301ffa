// Submitting the booking modal: one open slot, one unit of that month's allowance.
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, readSlot } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';

export function bookSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    const slotId = readSlot(values);
    if (!actor || !slotId) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'unknown_slot' : 'not_registered'), [blocks.slot]));
      return;
    }
    const result = await deps.services.sessions.book(actor, { slotId });
    if (!result.ok) {
      await ack(fieldErrors(submitterWords(body), values, result, [blocks.slot], { allowance_exhausted: blocks.slot }));
      return;
    }
    await ack();
    deps.homes.refresh(actor.identity);
  };
}
