// "Reschedule" on a session: the reschedule modal with the therapist's open slots and a custom time.
import { rescheduleModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';

const title = 'Reschedule session';

export function sessionRescheduleCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('session-reschedule', async () => {
      const sessionId = idSchema.safeParse(action.value);
      await openThenFill(client, deps, { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title }, async (actor) => {
        if (!sessionId.success) return refusalModal(title, refusalOf('bad_input'));
        const [found, open] = await Promise.all([
          deps.services.sessions.get(actor, { sessionId: sessionId.data }),
          deps.services.sessions.openSlots(actor, { days: 28 }),
        ]);
        if (!found.ok) return refusalModal(title, found);
        if (!found.canReschedule) {
          const { cutoffHours } = await deps.services.sessions.overview(actor);
          return refusalModal(title, refusalOf('inside_cutoff', { hours: cutoffHours }));
        }
        return rescheduleModal(found.session, open.ok ? open.slots : [], actor.zone);
      });
    });
  };
}
