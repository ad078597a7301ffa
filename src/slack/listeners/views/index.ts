// View submissions: every modal with a submit button.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { views } from '../../ids.js';
import type { SubmitArgs } from './types.js';
import { availabilitySubmitCallback } from './availability-submit.js';
import { bookSubmitCallback } from './book-submit.js';
import { cancelSubmitCallback } from './cancel-submit.js';
import { declineSubmitCallback } from './decline-submit.js';
import { messageTherapistSubmitCallback } from './message-therapist-submit.js';
import { offerSubmitCallback } from './offer-submit.js';

import { proposeSubmitCallback } from './propose-submit.js';
import { moveSubmitCallback, rescheduleSubmitCallback } from './reschedule-submit.js';
import { remembered } from './remembered.js';
import { recommendSubmitCallback } from './recommend-submit.js';
import { changeTherapistSubmitCallback } from './change-therapist-submit.js';

export function register(app: App, deps: SlackDeps): void {
  const submit = (callbackId: string, callback: (args: SubmitArgs) => Promise<void>) => app.view(callbackId, remembered(deps, callback));
  submit(views.reschedule, rescheduleSubmitCallback(deps));
  submit(views.cancel, cancelSubmitCallback(deps));
  submit(views.book, bookSubmitCallback(deps));
  submit(views.messageTherapist, messageTherapistSubmitCallback(deps));
  submit(views.decline, declineSubmitCallback(deps));
  submit(views.propose, proposeSubmitCallback(deps));
  submit(views.move, moveSubmitCallback(deps));
  submit(views.availability, availabilitySubmitCallback(deps));
  submit(views.offer, offerSubmitCallback(deps));
  submit(views.recommend, recommendSubmitCallback(deps));
  submit(views.changeTherapist, changeTherapistSubmitCallback(deps));
}
