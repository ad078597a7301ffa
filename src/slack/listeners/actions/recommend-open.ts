// "Recommend more sessions" on a therapist's App Home: the form opens at once, then fills with their clients.
import type { SlackDeps } from '../../context.js';
import { openThenFill, refusalModal, teamOf } from '../../context.js';
import { recommendModal, recommendTitle } from '../../blocks/recommend.js';
import type { ButtonArgs } from './types.js';

export function recommendOpenCallback(deps: SlackDeps) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const at = { triggerId: body.trigger_id, workspaceId: teamOf(body), userId: body.user.id, title: recommendTitle };
    openThenFill(client, deps, 'recommend-open', at, async (actor, w) => {
      const choices = await deps.services.recommendations.clients(actor);
      return choices.ok ? recommendModal(w, choices) : refusalModal(w, w.t(recommendTitle), choices);
    });
  };
}
