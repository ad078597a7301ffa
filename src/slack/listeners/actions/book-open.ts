// "Book a session": open slots of the next weeks, with the allowance left.
import type { SlackDeps } from '../../context.js';
import { openThenFill, teamOf } from '../../context.js';
import { bookContent, titles } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

export function bookOpenCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title: titles.book };
    openThenFill(client, deps, 'book-open', at, (actor) => bookContent(deps, actor));
  };
}
