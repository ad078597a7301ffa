// Every reschedule and cancellation records a reason: required, trimmed, length-limited.
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 500;

export type ReasonCheck = { ok: true; reason: string } | { ok: false; error: 'reason_missing' | 'reason_too_long' };

export function checkReason(raw: string | null | undefined): ReasonCheck {
  const reason = (raw ?? '').trim().replace(/\s+\n/g, '\n');
  // Characters as people count them (code points), not UTF-16 units: an emoji is one character.
  const length = [...reason].length;
  if (length < REASON_MIN_LENGTH) return { ok: false, error: 'reason_missing' };
  if (length > REASON_MAX_LENGTH) return { ok: false, error: 'reason_too_long' };
  return { ok: true, reason };
}
