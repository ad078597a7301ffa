// "Book a session": open slots of the next weeks, with the allowance left.
import { infoModal } from '../../blocks/common.js';
import { bookModal } from '../../blocks/modals.js';
import { allowanceLine } from '../../blocks/overview.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, teamOf } from '../../context.js';
import type { ButtonArgs } from './types.js';

const title = 'Book a session';

export function bookOpenCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('book-open', async () => {
      await openThenFill(client, deps, { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title }, async (actor) => {
        const [open, overview] = await Promise.all([
          deps.services.sessions.openSlots(actor, { days: 28 }),
          deps.services.sessions.overview(actor),
        ]);
        if (!open.ok) return refusalModal(title, open);
        return (
          bookModal(open.slots, overview.allowance, actor.zone) ??
          infoModal(title, ['Your therapist has no open slots in the next four weeks.', ...overview.allowance.map(allowanceLine)])
        );
      });
    });
  };
}
