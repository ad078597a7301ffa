// Who reads what the bot answers in a turn: the acting person (their language and zone), or, for someone the service
// does not know yet, what their Teams client reports about itself (its locale and zone), else British English in UTC.
import type { Activity } from 'botbuilder';
import { matchLocale, SOURCE_LOCALE, type Reader } from '../i18n/locales.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { clientZone, type Turn } from './turn.js';

/** The reader of an answer to an activity whose sender has no record (or none read yet). */
export function activityReader(activity: Activity): Reader {
  return { zone: clientZone(activity) ?? 'UTC', locale: matchLocale(activity.locale) ?? SOURCE_LOCALE };
}

/** The words of a turn's answer: the actor's, else their client's. */
export function turnWords(turn: Pick<Turn, 'actor' | 'context'>): Words {
  return wordsFor(turn.actor ?? activityReader(turn.context.activity));
}
