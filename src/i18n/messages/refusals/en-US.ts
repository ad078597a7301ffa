// American English: the British source with US spelling and usage where they differ (dates and the clock come from
// src/i18n/dates.ts, not from here).
import type { Translation } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  ...enGB,
};
