// The therapist declines a request: a modal asks for an optional note to the client.
import type { MessageKey } from '../../../i18n/catalogue.js';
import { declineModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { pendingForActor } from './pending-request.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.decline.title';

export function requestDeclineCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const requestId = idSchema.safeParse(action.value);
    openThenFill(
      client,
      deps,
      'request-decline',
      { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title },
      async (actor, w) => {
        if (!requestId.success) return refusalModal(w, w.t(title), refusalOf('bad_input'));
        const found = await pendingForActor(deps, actor, requestId.data);
        if (!found.ok) return refusalModal(w, w.t(title), found);
        return declineModal(w, found.request, {
          requestId: requestId.data,
          channelId: body.channel?.id,
          messageTs: body.message?.ts,
        });
      },
    );
  };
}
