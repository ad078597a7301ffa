// "Cancel" on a session: states first whether it is a late cancellation, then asks for the reason.
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { cancelContent, titles } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

export function sessionCancelCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = {
      triggerId: body.trigger_id,
      workspaceId: teamOf(body),
      userId: body.user.id,
      title: titles.cancel,
      fromModal: body.view?.type === 'modal',
    };
    const sessionId = idSchema.safeParse(action.value);
    openThenFill(client, deps, 'session-cancel', at, (actor, w) =>
      sessionId.success
        ? cancelContent(deps, actor, sessionId.data)
        : Promise.resolve(refusalModal(w, w.t(at.title), refusalOf('bad_input'))),
    );
  };
}
