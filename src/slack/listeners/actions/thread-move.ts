// "Move a session" on the root message of a client's thread (therapist): the move form for that client's session,
// or a list of their upcoming sessions to pick from. What is shown is read when clicked, so it is always current.
import type { MessageKey } from '../../../i18n/catalogue.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { clientMoveContent } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.button.moveSession';

export function threadMoveCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title };
    const employeeId = idSchema.safeParse(action.value);
    openThenFill(client, deps, 'thread-move', at, (actor, w) =>
      employeeId.success
        ? clientMoveContent(deps, actor, employeeId.data)
        : Promise.resolve(refusalModal(w, w.t(title), refusalOf('bad_input'))),
    );
  };
}
