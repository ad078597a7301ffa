import type { AreaCatalogue } from '../types.js';
import { messages as de } from './de.js';
import { messages as enGB } from './en-GB.js';
import { messages as es } from './es.js';
import { messages as fr } from './fr.js';
import { messages as nl } from './nl.js';

/** American English: British except the spellings and words that differ (dates and clock come from dates.ts). */
const enUS = {
  ...enGB,
  'slack.usage.title': 'Program usage, {month}',
  'slack.picker.cutoffLine':
    "A time within the next {hours, plural, one {# hour} other {# hours}} can't be rescheduled again once confirmed, only canceled.",
};

export const slack: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': enUS,
  de,
  fr,
  es,
  nl,
};
