// The employee's private request for another therapist (issue 19, §6): what happens, and one button.
import type { ModalView } from '@slack/types';
import { therapistChangeAskedText, therapistChangeIntro } from '../../domain/wording.js';
import { views } from '../ids.js';
import { infoModal, plain, section } from './common.js';

export const changeTherapistTitle = 'Change therapist';

export function changeTherapistModal(): ModalView {
  return {
    type: 'modal',
    callback_id: views.changeTherapist,
    title: plain(changeTherapistTitle),
    submit: plain('Ask'),
    close: plain('Not now'),
    private_metadata: '{}',
    blocks: [section(therapistChangeIntro())],
  };
}

export const changeTherapistAskedModal = (alreadyAsked: boolean): ModalView =>
  infoModal(changeTherapistTitle, [therapistChangeAskedText(alreadyAsked)]);
