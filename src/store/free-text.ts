// Free text in history (docs/design.md §10): the fields of each kind that hold what a person wrote, what each holds
// once purged or erased, and the mark that lets the retention purge reach a cold day's text by equality alone.
import type { ArchivedKind } from './models.js';

/** What replaces a piece of free text that was erased or purged: says something was there, never what. */
export const ERASED_TEXT = '(erased)';

/**
 * Each kind's free-text fields and the value each holds once purged. `reason` is required on a request: the marker
 * says a reason was given, never what.
 */
export const PURGED_TEXT: Record<ArchivedKind, Readonly<Record<string, string | null>>> = {
  sessions: { cancelReason: null },
  reschedule_requests: { reason: ERASED_TEXT, decisionNote: null },
  audit_events: { reason: null },
};

/** Whether a document still holds free text: a field of its kind holding anything but its purged value. */
export function holdsText(kind: ArchivedKind, doc: Record<string, unknown>): boolean {
  return Object.entries(PURGED_TEXT[kind]).some(([field, purged]) => (doc[field] ?? null) !== purged);
}

/** The filter of the documents that still hold free text, field by field (for the hot collections, which are small). */
export function holdingText(kind: ArchivedKind): Record<string, unknown> {
  const fields = Object.entries(PURGED_TEXT[kind]).map(([field, purged]) => ({ [field]: { $ne: purged } }));
  return fields.length === 1 ? (fields[0] as Record<string, unknown>) : { $or: fields };
}

/**
 * The mark a cold copy carries while it holds free text (`holdsText: true`), set by the archive as it copies and
 * removed by the purge. FerretDB v1 sends only equalities to PostgreSQL and evaluates `$ne`, `$in` and `$or` itself
 * over every document the equalities return: by `{ day, holdsText: true }` the purge of a day reads only the
 * documents it has to change, not the whole day of every tenant.
 */
export const TEXT_MARK = 'holdsText';
