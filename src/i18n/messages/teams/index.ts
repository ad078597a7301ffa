// The teams area: British English is the source; American English differs only where its spelling does (dates and
// the 12-hour clock come from src/i18n/dates.ts, not from here).
import type { AreaCatalogue } from '../types.js';
import { messages as de } from './de.js';
import { messages as enGB } from './en-GB.js';
import { messages as es } from './es.js';
import { messages as fr } from './fr.js';
import { messages as nl } from './nl.js';

export const teams: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': {
    ...enGB,
    'teams.reschedule.cutoffLine': "A time within the next {hours} hours can't be rescheduled again once confirmed, only canceled.",
    'teams.move.cutoffLine': "A time within the next {hours} hours can't be rescheduled again once accepted, only canceled.",
    'teams.decision.sessionCancelled': 'Session canceled',
    'teams.commands.usage': 'usage [YYYY-MM] [department]: program usage, counts only',
    'teams.usage.title': 'Program usage, {month}',
  },
  de,
  fr,
  es,
  nl,
};
