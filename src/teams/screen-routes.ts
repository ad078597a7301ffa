// Which handler answers the screen verbs (see verbs.ts): the bot looks them up here, as it does in routes.ts.
import { availabilityPageAction } from './handlers/availability-open.js';
import { bookPageAction } from './handlers/book-open.js';
import { requestWithdrawAction } from './handlers/request-withdraw.js';
import type { CardActionHandler } from './replies.js';
import type { ScreenVerb } from './verbs.js';

export const screenCardActions: Record<ScreenVerb, CardActionHandler> = {
  'request.withdraw': requestWithdrawAction,
  'book.page': bookPageAction,
  'availability.page': availabilityPageAction,
};
