// View submissions: every modal with a submit button.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { views } from '../../ids.js';
import { availabilitySubmitCallback } from './availability-submit.js';
import { bookSubmitCallback } from './book-submit.js';
import { cancelSubmitCallback } from './cancel-submit.js';
import { declineSubmitCallback } from './decline-submit.js';
import { messageTherapistSubmitCallback } from './message-therapist-submit.js';
import { proposeSubmitCallback } from './propose-submit.js';
import { rescheduleSubmitCallback } from './reschedule-submit.js';

export function register(app: App, deps: SlackDeps): void {
  app.view(views.reschedule, rescheduleSubmitCallback(deps));
  app.view(views.cancel, cancelSubmitCallback(deps));
  app.view(views.book, bookSubmitCallback(deps));
  app.view(views.messageTherapist, messageTherapistSubmitCallback(deps));
  app.view(views.decline, declineSubmitCallback(deps));
  app.view(views.propose, proposeSubmitCallback(deps));
  app.view(views.availability, availabilitySubmitCallback(deps));
}
