// Block actions: buttons on App Home, in therapist threads, in DMs and in modals.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { actions } from '../../ids.js';
import { attendanceMarkCallback } from './attendance-mark.js';
import { availabilityRemoveCallback } from './availability-remove.js';
import { bookOpenCallback } from './book-open.js';
import { messageTherapistCallback } from './message-therapist.js';
import { offerAnswerCallback } from './offer-answer.js';
import { offerOpenCallback } from './offer-open.js';
import { proposalAcceptCallback, proposalDeclineCallback } from './proposal-answer.js';
import { requestConfirmCallback } from './request-confirm.js';
import { requestDeclineCallback } from './request-decline.js';
import { requestProposeCallback } from './request-propose.js';
import { requestWithdrawCallback } from './request-withdraw.js';
import { sessionCancelCallback } from './session-cancel.js';
import { sessionMoveCallback } from './session-move.js';
import { threadMoveCallback } from './thread-move.js';
import { sessionRescheduleCallback } from './session-reschedule.js';
import { slotWeekCallback } from './slot-week.js';
import { recommendOpenCallback } from './recommend-open.js';
import { changeTherapistCallback } from './change-therapist.js';

export function register(app: App, deps: SlackDeps): void {
  app.action(actions.messageTherapist, messageTherapistCallback(deps));
  app.action(actions.bookOpen, bookOpenCallback(deps));
  app.action(actions.sessionReschedule, sessionRescheduleCallback(deps));
  app.action(actions.sessionCancel, sessionCancelCallback(deps));
  app.action(actions.sessionMove, sessionMoveCallback(deps));
  app.action(actions.threadMove, threadMoveCallback(deps));
  app.action(actions.requestConfirm, requestConfirmCallback(deps));
  app.action(actions.requestDecline, requestDeclineCallback(deps));
  app.action(actions.requestPropose, requestProposeCallback(deps));
  app.action(actions.proposalAccept, proposalAcceptCallback(deps));
  app.action(actions.proposalDecline, proposalDeclineCallback(deps));
  app.action(actions.availabilityRemove, availabilityRemoveCallback(deps));
  app.action(actions.requestWithdraw, requestWithdrawCallback(deps));
  app.action(actions.slotWeekEarlier, slotWeekCallback(deps));
  app.action(actions.slotWeekLater, slotWeekCallback(deps));
  app.action(actions.slotWeek, slotWeekCallback(deps));
  app.action(actions.attendanceAttended, attendanceMarkCallback(deps, 'attended'));
  app.action(actions.attendanceNoShow, attendanceMarkCallback(deps, 'no_show'));
  app.action(actions.offerOpen, offerOpenCallback(deps));
  for (const id of [actions.offerBook1, actions.offerBook2, actions.offerBook3]) app.action(id, offerAnswerCallback(deps, 'book'));
  app.action(actions.offerDecline, offerAnswerCallback(deps, 'decline'));
  app.action(actions.recommendOpen, recommendOpenCallback(deps));
  app.action(actions.changeTherapist, changeTherapistCallback(deps));
}
