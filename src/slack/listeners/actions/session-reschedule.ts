// "Reschedule" on a session: the reschedule modal with the therapist's open slots and a custom time.
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { rescheduleContent, titles } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

export function sessionRescheduleCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = {
      triggerId: body.trigger_id,
      workspaceId: teamOf(body),
      userId: body.user.id,
      title: titles.reschedule,
      fromModal: body.view?.type === 'modal',
    };
    const sessionId = idSchema.safeParse(action.value);
    openThenFill(client, deps, 'session-reschedule', at, (actor, w) =>
      sessionId.success
        ? rescheduleContent(deps, actor, sessionId.data)
        : Promise.resolve(refusalModal(w, w.t(at.title), refusalOf('bad_input'))),
    );
  };
}
