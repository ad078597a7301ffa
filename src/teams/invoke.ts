// Answering Action.Execute invokes: a card replaces the clicked card, a text is shown to the person who clicked
// (the card stays as it was). Teams gives an invoke a few seconds, so slow work is answered early and the card
// is updated when it finishes.
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './cards.js';
import type { Words } from '../i18n/words.js';
import type { Reply } from './replies.js';

export const INVOKE_BUDGET_MS = 4000;
export const stillWorking = (w: Words): string => w.t('teams.reply.stillWorking');
const INVOKE_MESSAGE = 'application/vnd.microsoft.activity.message';

export function invokeResponse(reply: Reply): AdaptiveCardInvokeResponse {
  if ('card' in reply) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: reply.card };
  // The SDK types `value` as a card only; Teams' message response carries the text itself.
  return { statusCode: 200, type: INVOKE_MESSAGE, value: reply.text } as unknown as AdaptiveCardInvokeResponse;
}

/** The work's result, or null when it takes longer than `ms` (the work carries on). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
