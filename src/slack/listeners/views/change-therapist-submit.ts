// Asking for another therapist: the form becomes the answer; a refusal (not an employee, no therapist) is shown there.
import { refusalText, refuse } from '../../../domain/refusals.js';
import { changeTherapistAskedModal, changeTherapistTitle } from '../../blocks/change-therapist.js';
import { infoModal } from '../../blocks/common.js';
import type { SlackDeps } from '../../context.js';
import { teamOf, whoIs } from '../../context.js';
import type { SubmitArgs } from './types.js';
import { wordsFor } from '../../../i18n/words.js';
import { unknownReaderWords } from '../../words.js';

export function changeTherapistSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body }: SubmitArgs): Promise<void> => {
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    const asked = actor ? await deps.services.therapistChange.ask(actor) : refuse('not_registered');
    const w = actor ? wordsFor(actor) : unknownReaderWords();
    await ack({
      response_action: 'update',
      view: asked.ok
        ? changeTherapistAskedModal(w, asked.alreadyAsked)
        : infoModal(w, w.t(changeTherapistTitle), [refusalText(asked, 'employee', w)]),
    });
  };
}
