// The employee's private request for another therapist (issue 19, §6): what happens, and one button.
import type { ModalView } from '@slack/types';
import { therapistChangeAskedText, therapistChangeIntro } from '../../domain/wording.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Words } from '../../i18n/words.js';
import { views } from '../ids.js';
import { infoModal, plain, section } from './common.js';

export const changeTherapistTitle: MessageKey = 'slack.button.changeTherapist';

export function changeTherapistModal(w: Words): ModalView {
  return {
    type: 'modal',
    callback_id: views.changeTherapist,
    title: plain(w.t(changeTherapistTitle)),
    submit: plain(w.t('slack.changeTherapist.submit')),
    close: plain(w.t('slack.changeTherapist.close')),
    private_metadata: '{}',
    blocks: [section(therapistChangeIntro(w))],
  };
}

export const changeTherapistAskedModal = (w: Words, alreadyAsked: boolean): ModalView =>
  infoModal(w, w.t(changeTherapistTitle), [therapistChangeAskedText(alreadyAsked, w)]);
