import type { AreaCatalogue } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const common: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': enGB,
  de: {
    'common.and': '{first} und {second}',
    'common.sessions': '{count, plural, one {# Sitzung} other {# Sitzungen}}',
  },
  fr: {
    'common.and': '{first} et {second}',
    'common.sessions': '{count, plural, one {# séance} other {# séances}}',
  },
  es: {
    'common.and': '{first} y {second}',
    'common.sessions': '{count, plural, one {# sesión} other {# sesiones}}',
  },
  nl: {
    'common.and': '{first} en {second}',
    'common.sessions': '{count, plural, one {# sessie} other {# sessies}}',
  },
};
