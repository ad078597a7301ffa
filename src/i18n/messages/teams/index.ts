import type { AreaCatalogue } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const teams: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': { ...enGB },
  de: { ...enGB },
  fr: { ...enGB },
  es: { ...enGB },
  nl: { ...enGB },
};
