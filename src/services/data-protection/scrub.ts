// Replacing a person's strings (name, e-mail, platform ids, their free text) inside stored plain data: owed
// notices and audit details are shapes of many kinds, so they are walked rather than rewritten field by field.
import { ERASED_TEXT } from '../../store/free-text.js';

/** `value` with every occurrence of each secret (case-sensitive, at least 3 characters) replaced by ERASED_TEXT. */
export function scrubbed<T>(value: T, secrets: string[]): T {
  const wanted = [...new Set(secrets.filter((s) => s.trim().length >= 3))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return wanted.reduce((text, secret) => text.split(secret).join(ERASED_TEXT), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Date || v === null || typeof v !== 'object') return v;
    // ObjectIds and other BSON values are ids, never text: kept as they are.
    if ('_bsontype' in v) return v;
    return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
  };
  return walk(value) as T;
}
