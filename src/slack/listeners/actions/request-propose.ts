// The therapist answers a request with another time: one of their open slots or a custom date + time.
import type { MessageKey } from '../../../i18n/catalogue.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { proposeContent } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.notice.proposeAnother';

export function requestProposeCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const requestId = idSchema.safeParse(action.value);
    openThenFill(
      client,
      deps,
      'request-propose',
      { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title },
      async (actor, w) => {
        if (!requestId.success) return refusalModal(w, w.t(title), refusalOf('bad_input'));
        return proposeContent(deps, actor, { requestId: requestId.data, channelId: body.channel?.id, messageTs: body.message?.ts });
      },
    );
  };
}
