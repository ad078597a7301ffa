// The invitation title of a reader's organisation (`set-policy --calendar-title`), for the e-mailing notifier. Reads
// go through the directory's short-lived memory, so a burst of notices costs no extra round trips.
import type { Recipient } from '../notices/notice.js';
import type { DirectoryRepository } from '../store/people.js';

export type CalendarTitleOf = (reader: Recipient) => Promise<string | null>;

export function calendarTitleLookup(directory: Pick<DirectoryRepository, 'counterpartsOf' | 'organisation'>): CalendarTitleOf {
  return async (reader) => {
    const [person] = await directory.counterpartsOf([reader.personId]);
    if (!person) return null;
    return (await directory.organisation(person.orgId))?.calendarTitle ?? null;
  };
}
