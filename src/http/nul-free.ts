// A NUL character in a platform payload: Slack and Teams never send one, MongoDB would store it, but PostgreSQL
// (behind FerretDB, our CI and local database) refuses it in any query, so a request carrying one would end in a
// 5xx deep inside a use case. Payloads are checked once, at the door, and such a request is a 400.
const MAX_DEPTH = 64;

/** True when any string (or key) in `value` holds U+0000. Deeper than platforms nest counts as holding one. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}
