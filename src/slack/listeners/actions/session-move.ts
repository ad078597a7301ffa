// "Move session" (therapist, on App Home or in a client's thread): the form to ask the client to move it, or why
// they cannot now (inside the client's window they can only cancel).
import type { MessageKey } from '../../../i18n/catalogue.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { moveContent } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.button.moveSession';

export function sessionMoveCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = {
      triggerId: body.trigger_id,
      workspaceId: teamOf(body),
      userId: body.user.id,
      title,
      fromModal: body.view?.type === 'modal',
    };
    const sessionId = idSchema.safeParse(action.value);
    openThenFill(client, deps, 'session-move', at, (actor, w) =>
      sessionId.success ? moveContent(deps, actor, sessionId.data) : Promise.resolve(refusalModal(w, w.t(title), refusalOf('bad_input'))),
    );
  };
}
