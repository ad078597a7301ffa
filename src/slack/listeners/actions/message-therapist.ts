// "Message therapist" on App Home: a small form whose text is relayed like a direct message.
import { messageTherapistModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import type { ButtonArgs } from './types.js';

const title = 'Message therapist';

export function messageTherapistCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    openThenFill(
      client,
      deps,
      'message-therapist',
      { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title },
      async (actor) => {
        const overview = await deps.services.sessions.overview(actor);
        return overview.therapistName ? messageTherapistModal(overview.therapistName) : refusalModal(title, refusalOf('no_therapist'));
      },
    );
  };
}
