// The therapist's "Recommend more sessions" card in a client's thread (issue 19, §4): month, how many, and the
// clinical note the wellbeing service reads. The client is the thread's; the service checks it again on submit.
import { CLINICAL_NOTE_LENGTH, EXTRA_SESSIONS_RANGE } from '../domain/extra-sessions.js';
import { recommendationIntro } from '../domain/wording.js';
import type { Words } from '../i18n/words.js';
import type { RecommendationChoices } from '../services/recommendations/index.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';

/** `w`: the therapist's words. */
export function recommendCard(choices: RecommendationChoices, w: Words, error = ''): AdaptiveCardJson {
  const client = choices.clients[0] ?? { id: '', displayName: w.t('teams.recommend.yourClient') };
  const counts = Array.from({ length: EXTRA_SESSIONS_RANGE.max - EXTRA_SESSIONS_RANGE.min + 1 }, (_, i) =>
    String(EXTRA_SESSIONS_RANGE.min + i),
  );
  const title = w.t('teams.recommend.title', { name: client.displayName });
  return expandCard(
    'recommend',
    {
      t: {
        title,
        month: w.t('teams.recommend.month'),
        pickMonth: w.t('teams.recommend.pickMonth'),
        extra: w.t('teams.recommend.extra'),
        pickCount: w.t('teams.recommend.pickCount'),
        note: w.t('teams.recommend.note'),
        send: w.t('teams.recommend.send'),
      },
      employeeId: client.id,
      intro: recommendationIntro(w),
      error,
      firstMonth: choices.months[0] ?? '',
      months: choices.months.map((m) => ({ title: w.month(m), value: m })),
      counts: counts.map((n) => ({ title: n, value: n })),
      noteMax: CLINICAL_NOTE_LENGTH.max,
      noteError: w.t('teams.recommend.noteError', { min: CLINICAL_NOTE_LENGTH.min, max: CLINICAL_NOTE_LENGTH.max }),
    },
    [title, error, w.t('teams.recommend.spoken')]
      .filter(Boolean)
      .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
      .join(' '),
  );
}
