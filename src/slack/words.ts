// Whose words a Slack surface speaks when it answers before the person is known: a modal's loading state (its
// trigger id expires in 3 s, too soon to read anyone) or a refusal to someone the service does not know. The
// person acting is used when this request has already read them; otherwise British English, the source language.
import { SOURCE_LOCALE } from '../i18n/locales.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { knownActor } from '../services/acting.js';
import type { PlatformIdentity } from '../domain/types.js';
import { slackIdentity, teamOf } from './context.js';

/** Words for someone whose language is not known: British English, times in UTC. */
export const unknownReaderWords = (): Words => wordsFor({ zone: 'UTC', locale: SOURCE_LOCALE });

/** The acting person's words when this request has read them already, else unknownReaderWords(). */
export function actingWords(identity: PlatformIdentity): Words {
  const actor = knownActor(identity);
  return actor ? wordsFor(actor) : unknownReaderWords();
}

/** The words of whoever submitted a view or pressed a button: theirs once this request has read them. */
export function submitterWords(body: { team?: { id: string } | null; user: { id: string; team_id?: string } }): Words {
  return actingWords(slackIdentity(teamOf(body), body.user.id));
}
