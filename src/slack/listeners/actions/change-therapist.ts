// "Change therapist" on the employee's App Home: a form that says what happens and asks nothing (issue 19, §6).
import type { SlackDeps } from '../../context.js';
import { openThenFill, teamOf } from '../../context.js';
import { changeTherapistModal, changeTherapistTitle } from '../../blocks/change-therapist.js';
import type { ButtonArgs } from './types.js';

export function changeTherapistCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title: changeTherapistTitle };
    openThenFill(client, deps, 'change-therapist', at, async (_actor, w) => changeTherapistModal(w));
  };
}
