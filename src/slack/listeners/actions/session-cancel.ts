// "Cancel" on a session: states first whether it is a late cancellation, then asks for the reason.
import { cancelModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';

const title = 'Cancel session';

export function sessionCancelCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('session-cancel', async () => {
      const sessionId = idSchema.safeParse(action.value);
      await openThenFill(client, deps, { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title }, async (actor) => {
        if (!sessionId.success) return refusalModal(title, refusalOf('bad_input'));
        const preview = await deps.services.sessions.cancelPreview(actor, { sessionId: sessionId.data });
        return preview.ok ? cancelModal(preview, actor.zone) : refusalModal(title, preview);
      });
    });
  };
}
