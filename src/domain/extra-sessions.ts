// Extra sessions beyond the monthly allowance (issue 19, §4): a therapist recommends them for a client who has used
// their month, with a clinical note kept on the provider's side; the provider's operators approve or decline. An
// approval is a grant of N more sessions in exactly one month. Pure rules; no I/O.
import { addMonths, monthOf } from './time.js';

/** How many extra sessions one recommendation may ask for. */
export const EXTRA_SESSIONS_RANGE = { min: 1, max: 4 } as const;
/** The clinical note: required, kept short enough to read in a terminal, never shown to the employer. */
export const CLINICAL_NOTE_LENGTH = { min: 3, max: 1000 } as const;

/** An approved recommendation, as the employee's allowance counts it. */
export interface ExtraSessionsGrant {
  recommendationId: string;
  month: string; // yyyy-MM, in the organisation's zone
  sessions: number;
}

/** Extra sessions granted for `month`. */
export function extraSessionsIn(grants: readonly ExtraSessionsGrant[] | null | undefined, month: string): number {
  return (grants ?? []).filter((g) => g.month === month).reduce((sum, g) => sum + g.sessions, 0);
}

/** The months a recommendation may be for: the ones the employee can book in (this month and next, organisation's zone). */
export function recommendableMonths(now: Date, zone: string): [string, string] {
  const current = monthOf(now, zone);
  return [current, addMonths(current, 1)];
}

export type RecommendationCheck =
  { ok: true; sessions: number; month: string; note: string } | { ok: false; error: 'invalid_recommendation' };

/** The number, the month and the note as a therapist gave them, checked. */
export function checkRecommendation(
  raw: { sessions: unknown; month: unknown; note: unknown },
  months: readonly string[],
): RecommendationCheck {
  const sessions = typeof raw.sessions === 'string' && /^\d+$/.test(raw.sessions.trim()) ? Number(raw.sessions) : raw.sessions;
  const note = typeof raw.note === 'string' ? raw.note.trim() : '';
  const length = [...note].length;
  if (
    typeof sessions !== 'number' ||
    !Number.isInteger(sessions) ||
    sessions < EXTRA_SESSIONS_RANGE.min ||
    sessions > EXTRA_SESSIONS_RANGE.max ||
    typeof raw.month !== 'string' ||
    !months.includes(raw.month) ||
    length < CLINICAL_NOTE_LENGTH.min ||
    length > CLINICAL_NOTE_LENGTH.max
  )
    return { ok: false, error: 'invalid_recommendation' };
  return { ok: true, sessions, month: raw.month, note };
}
