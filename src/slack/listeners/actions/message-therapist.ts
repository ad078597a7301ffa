// "Message therapist" on App Home: a small form whose text is relayed like a direct message.
import type { MessageKey } from '../../../i18n/catalogue.js';
import { messageTherapistModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.message.title';

export function messageTherapistCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    openThenFill(
      client,
      deps,
      'message-therapist',
      { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title },
      async (actor, w) => {
        const overview = await deps.services.sessions.overview(actor);
        return overview.therapistName
          ? messageTherapistModal(w, overview.therapistName)
          : refusalModal(w, w.t(title), refusalOf('no_therapist'));
      },
    );
  };
}
