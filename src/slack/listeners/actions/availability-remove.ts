// "Remove" beside a slot in the availability modal: removes it and redraws the modal with the outcome.
import { refusalText } from '../../../domain/refusals.js';
import { wordsFor } from '../../../i18n/words.js';
import { availabilityModal } from '../../blocks/availability.js';
import type { SlackDeps } from '../../context.js';
import { teamOf, updateModal, whoIs } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';

export function availabilityRemoveCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('availability-remove', async () => {
      if (!body.view) return;
      const slotId = idSchema.safeParse(action.value);
      const actor = await whoIs(deps, teamOf(body), body.user.id);
      if (!actor || !slotId.success) return;
      const removed = await deps.services.availability.remove(actor, { slotId: slotId.data });
      const w = wordsFor(actor);
      const banner = removed.ok
        ? w.t('slack.availability.removed', { span: w.span(removed.slot) })
        : `:warning: ${refusalText(removed, 'employee', w)}`;
      const list = await deps.services.availability.list(actor);
      const view = list.ok ? availabilityModal(w, list.slots, banner) : null;
      if (view) await updateModal(client, deps.log, body.view.id, view);
      else deps.log.warn({ code: list.ok ? null : list.code }, 'availability list refused after remove');
    });
  };
}
