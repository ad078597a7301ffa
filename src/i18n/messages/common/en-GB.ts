// Words shared by every surface.
export const messages = {
  'common.and': '{first} and {second}',
  'common.sessions': '{count, plural, one {# session} other {# sessions}}',
} as const;
