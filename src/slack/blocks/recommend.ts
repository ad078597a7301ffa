// The therapist's "Recommend more sessions" form (issue 19, §4): which client, which month, how many, and the
// clinical note, which only the wellbeing service reads. Opened from the therapist's App Home.
import type { ModalView } from '@slack/types';
import { CLINICAL_NOTE_LENGTH, EXTRA_SESSIONS_RANGE } from '../../domain/extra-sessions.js';
import { recommendationIntro, recommendationSentText } from '../../domain/wording.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Words } from '../../i18n/words.js';
import type { RecommendationChoices, RecommendationMade } from '../../services/recommendations/index.js';
import { blocks, views } from '../ids.js';
import { context, infoModal, option, plain } from './common.js';

export const recommendTitle: MessageKey = 'slack.recommend.title';

const select = (blockId: string, label: string, options: ReturnType<typeof option>[]) => ({
  type: 'input' as const,
  block_id: blockId,
  label: plain(label),
  element: { type: 'static_select' as const, action_id: blockId, options, ...(options.length === 1 ? { initial_option: options[0] } : {}) },
});

export function recommendModal(w: Words, choices: RecommendationChoices): ModalView {
  if (choices.clients.length === 0) return infoModal(w, w.t(recommendTitle), [w.t('slack.recommend.noClients')]);
  const counts = Array.from({ length: EXTRA_SESSIONS_RANGE.max - EXTRA_SESSIONS_RANGE.min + 1 }, (_, i) =>
    String(EXTRA_SESSIONS_RANGE.min + i),
  );
  return {
    type: 'modal',
    callback_id: views.recommend,
    title: plain(w.t(recommendTitle)),
    submit: plain(w.t('slack.message.submit')),
    close: plain(w.t('slack.modal.cancel')),
    private_metadata: '{}',
    blocks: [
      context(recommendationIntro(w)),
      select(
        blocks.client,
        w.t('slack.recommend.client'),
        choices.clients.slice(0, 100).map((c) => option(c.displayName, c.id)),
      ),
      select(
        blocks.month,
        w.t('slack.recommend.month'),
        choices.months.map((m) => option(w.month(m), m)),
      ),
      select(
        blocks.sessions,
        w.t('slack.recommend.sessions'),
        counts.map((n) => option(n, n)),
      ),
      {
        type: 'input',
        block_id: blocks.note,
        label: plain(w.t('slack.recommend.noteLabel')),
        hint: plain(w.t('slack.recommend.noteHint', { max: CLINICAL_NOTE_LENGTH.max })),
        element: { type: 'plain_text_input', action_id: blocks.note, multiline: true, max_length: CLINICAL_NOTE_LENGTH.max },
      },
    ],
  };
}

export function recommendSentModal(w: Words, made: RecommendationMade): ModalView {
  return infoModal(w, w.t(recommendTitle), [recommendationSentText(made, w)]);
}
