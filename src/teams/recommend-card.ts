// The therapist's "Recommend more sessions" card in a client's thread (issue 19, §4): month, how many, and the
// clinical note the wellbeing service reads. The client is the thread's; the service checks it again on submit.
import { CLINICAL_NOTE_LENGTH, EXTRA_SESSIONS_RANGE } from '../domain/extra-sessions.js';
import { monthName } from '../domain/time.js';
import { recommendationIntro } from '../domain/wording.js';
import type { RecommendationChoices } from '../services/recommendations/index.js';
import { expandCard, type AdaptiveCardJson } from './cards.js';

export function recommendCard(choices: RecommendationChoices, error = ''): AdaptiveCardJson {
  const client = choices.clients[0] ?? { id: '', displayName: 'your client' };
  const counts = Array.from({ length: EXTRA_SESSIONS_RANGE.max - EXTRA_SESSIONS_RANGE.min + 1 }, (_, i) =>
    String(EXTRA_SESSIONS_RANGE.min + i),
  );
  const title = `Recommend more sessions for ${client.displayName}`;
  return expandCard(
    'recommend',
    {
      employeeName: client.displayName,
      employeeId: client.id,
      intro: recommendationIntro(),
      error,
      firstMonth: choices.months[0] ?? '',
      months: choices.months.map((m) => ({ title: monthName(m), value: m })),
      counts: counts.map((n) => ({ title: n, value: n })),
      noteMax: CLINICAL_NOTE_LENGTH.max,
      noteError: `A clinical note of ${CLINICAL_NOTE_LENGTH.min} to ${CLINICAL_NOTE_LENGTH.max} characters, please.`,
    },
    [title, error, 'Pick the month and how many, and write the clinical note.']
      .filter(Boolean)
      .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
      .join(' '),
  );
}
