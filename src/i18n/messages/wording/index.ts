import type { AreaCatalogue } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const wording: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': { ...enGB },
  de: {},
  fr: {},
  es: {},
  nl: {},
};
