// /wellbeing-availability: the therapist's slots in a modal, to add and remove.
import { availabilityModal } from '../../blocks/availability.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal } from '../../context.js';
import type { CommandArgs } from './types.js';

export function availabilityCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, client }: CommandArgs): Promise<void> => {
    await ack();
    const at = {
      triggerId: command.trigger_id,
      workspaceId: command.team_id,
      userId: command.user_id,
      title: 'slack.availability.title' as const,
    };
    openThenFill(client, deps, 'availability', at, async (actor, w) => {
      const list = await deps.services.availability.list(actor);
      return list.ok ? availabilityModal(w, list.slots) : refusalModal(w, w.t(at.title), list);
    });
  };
}
