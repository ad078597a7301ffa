// "Attended" / "No-show" on a therapist's App Home after a session: marks it once. The outcome (or why nothing
// changed, e.g. it was already marked) is shown in a small modal, and the Home tab is redrawn to what is now true.
import type { MessageKey } from '../../../i18n/catalogue.js';
import { audienceOf, refusalText } from '../../../domain/refusals.js';
import type { Attendance } from '../../../services/therapist-tools/attendance.js';
import { attendanceMarkedText } from '../../../domain/wording.js';
import { infoModal } from '../../blocks/common.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.attendance.title';

export function attendanceMarkCallback(deps: SlackDeps, attendance: Attendance) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title };
    const sessionId = idSchema.safeParse(action.value);
    openThenFill(client, deps, `attendance-${attendance}`, at, async (actor, w) => {
      const result = await deps.services.attendance.mark(actor, { sessionId: sessionId.success ? sessionId.data : '', attendance });
      deps.homes.refresh(actor.identity);
      return infoModal(w, w.t(title), [result.ok ? attendanceMarkedText(result.attendance, w) : refusalText(result, audienceOf(actor), w)]);
    });
  };
}
