// The therapist answers a request with another time: one of their open slots or a custom date + time.
import { isInFuture } from '../../../domain/policy.js';
import { proposeModal } from '../../blocks/modals.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import { pendingForActor } from './pending-request.js';
import type { ButtonArgs } from './types.js';

const title = 'Propose another time';

export function requestProposeCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const requestId = idSchema.safeParse(action.value);
    openThenFill(client, deps, 'request-propose', { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title }, async (actor) => {
      if (!requestId.success) return refusalModal(title, refusalOf('bad_input'));
      const found = await pendingForActor(deps, actor, requestId.data);
      if (!found.ok) return refusalModal(title, found);
      const own = await deps.services.availability.list(actor);
      const now = new Date();
      const slots = own.ok ? own.slots.filter((s) => !s.held && isInFuture(s.start, now)) : [];
      return proposeModal(found.request, slots, actor.zone, { requestId: requestId.data, channelId: body.channel?.id, messageTs: body.message?.ts });
    });
  };
}
