// Sending a recommendation of extra sessions: a refusal is shown beside the field it is about; once sent, the form
// says so. The clinical note goes to the service and nowhere else (never logged).
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { recommendSentModal } from '../../blocks/recommend.js';
import { fieldErrors, readText } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';
import { wordsFor } from '../../../i18n/words.js';

const byField = {
  not_your_client: blocks.client,
  allowance_left: blocks.client,
  recommendation_pending: blocks.month,
  invalid_recommendation: blocks.note,
} as const;

export function recommendSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf('not_registered'), [blocks.client]));
      return;
    }
    const picked = (block: string) => values[block]?.[block]?.selected_option?.value ?? '';
    const made = await deps.services.recommendations.recommend(actor, {
      employeeId: picked(blocks.client),
      month: picked(blocks.month),
      sessions: picked(blocks.sessions),
      note: readText(values, blocks.note),
    });
    if (!made.ok) {
      await ack(fieldErrors(submitterWords(body), values, made, [blocks.note, blocks.client], byField));
      return;
    }
    await ack({ response_action: 'update', view: recommendSentModal(wordsFor(actor), made.recommendation) });
  };
}
