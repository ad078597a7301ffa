// The therapist's "Recommend more sessions" form (issue 19, §4): which client, which month, how many, and the
// clinical note, which only the wellbeing service reads. Opened from the therapist's App Home.
import type { ModalView } from '@slack/types';
import { CLINICAL_NOTE_LENGTH, EXTRA_SESSIONS_RANGE } from '../../domain/extra-sessions.js';
import { monthName } from '../../domain/time.js';
import { recommendationIntro, recommendationSentText } from '../../domain/wording.js';
import type { RecommendationChoices, RecommendationMade } from '../../services/recommendations/index.js';
import { blocks, views } from '../ids.js';
import { context, infoModal, option, plain } from './common.js';

export const recommendTitle = 'Recommend sessions';

const select = (blockId: string, label: string, options: ReturnType<typeof option>[]) => ({
  type: 'input' as const,
  block_id: blockId,
  label: plain(label),
  element: { type: 'static_select' as const, action_id: blockId, options, ...(options.length === 1 ? { initial_option: options[0] } : {}) },
});

export function recommendModal(choices: RecommendationChoices): ModalView {
  if (choices.clients.length === 0) return infoModal(recommendTitle, ['You have no clients to recommend sessions for yet.']);
  const counts = Array.from({ length: EXTRA_SESSIONS_RANGE.max - EXTRA_SESSIONS_RANGE.min + 1 }, (_, i) =>
    String(EXTRA_SESSIONS_RANGE.min + i),
  );
  return {
    type: 'modal',
    callback_id: views.recommend,
    title: plain(recommendTitle),
    submit: plain('Send'),
    close: plain('Cancel'),
    private_metadata: '{}',
    blocks: [
      context(recommendationIntro()),
      select(
        blocks.client,
        'Client',
        choices.clients.slice(0, 100).map((c) => option(c.displayName, c.id)),
      ),
      select(
        blocks.month,
        'Month',
        choices.months.map((m) => option(monthName(m), m)),
      ),
      select(
        blocks.sessions,
        'Extra sessions',
        counts.map((n) => option(n, n)),
      ),
      {
        type: 'input',
        block_id: blocks.note,
        label: plain('Clinical note (for the wellbeing service only)'),
        hint: plain(`Up to ${CLINICAL_NOTE_LENGTH.max} characters. Never shown to the client or their employer.`),
        element: { type: 'plain_text_input', action_id: blocks.note, multiline: true, max_length: CLINICAL_NOTE_LENGTH.max },
      },
    ],
  };
}

export function recommendSentModal(made: RecommendationMade): ModalView {
  return infoModal(recommendTitle, [recommendationSentText(made)]);
}
