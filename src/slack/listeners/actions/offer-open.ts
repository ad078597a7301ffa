// The therapist opens the Offer times form from a client's thread (its header, or a decided offer's post).
import type { MessageKey } from '../../../i18n/catalogue.js';
import { refusalText } from '../../../domain/refusals.js';
import { offerModal } from '../../blocks/offer.js';
import type { SlackDeps } from '../../context.js';
import { infoModal } from '../../blocks/common.js';
import { openThenFill, refusalOf, teamOf } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';

const title: MessageKey = 'slack.notice.offerTimes';

export function offerOpenCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const employeeId = idSchema.safeParse(action.value);
    openThenFill(
      client,
      deps,
      'offer-open',
      { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title },
      async (actor, w) => {
        if (!employeeId.success) return infoModal(w, w.t(title), [refusalText(refusalOf('bad_input'), 'therapist', w)]);
        if (!actor.roles.includes('therapist'))
          return infoModal(w, w.t(title), [refusalText(refusalOf('not_therapist', { action: 'offer' }), 'employee', w)]);
        const own = await deps.services.availability.list(actor);
        const now = new Date();
        const slots = own.ok ? own.slots.filter((s) => s.start > now) : [];
        return offerModal(w, slots, { employeeId: employeeId.data });
      },
    );
  };
}
