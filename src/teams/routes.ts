// Which handler answers which card verb and which command. The bot looks things up here and nothing else.
import { hasEmployeeAction } from '../domain/help.js';
import { employeeActionOf, type Command } from './commands.js';
import { availabilityAddAction } from './handlers/availability-add.js';
import { availabilityOpenAction, availabilityPageAction } from './handlers/availability-open.js';
import { availabilityRemoveAction } from './handlers/availability-remove.js';
import { attendanceMarkAction } from './handlers/attendance-mark.js';
import { bookOpenAction, bookPageAction } from './handlers/book-open.js';
import { bookSubmitAction } from './handlers/book-submit.js';
import { cancelCommand } from './handlers/cancel-command.js';
import { cancelOpenAction } from './handlers/cancel-open.js';
import { cancelSubmitAction } from './handlers/cancel-submit.js';
import { requestRefreshAction } from './handlers/request-refresh.js';
import { helpCommand, notYourCommand } from './handlers/help.js';
import { homeAction } from './handlers/home.js';
import { linkCommand } from './handlers/link.js';
import { offerBookAction, offerDeclineAction, offerOpenAction, offerSubmitAction } from './handlers/offer.js';
import { moveOpenAction } from './handlers/move-open.js';
import { movePickAction } from './handlers/move-pick.js';
import { moveSubmitAction } from './handlers/move-submit.js';
import { proposalDeclineAction } from './handlers/proposal-decline.js';
import { requestConfirmAction } from './handlers/request-confirm.js';
import { requestDeclineAction } from './handlers/request-decline.js';
import { requestProposeAction } from './handlers/request-propose.js';
import { requestWithdrawAction } from './handlers/request-withdraw.js';
import { rescheduleCommand } from './handlers/reschedule-command.js';
import { rescheduleOpenAction } from './handlers/reschedule-open.js';
import { rescheduleSubmitAction } from './handlers/reschedule-submit.js';
import { awayCommand, bookingNoticeCommand, meetingLinkCommand, replyHoursCommand } from './handlers/therapist-settings.js';
import { usageCommand } from './handlers/usage.js';
import { recommendCommand, recommendSubmitAction } from './handlers/recommend.js';
import { changeTherapistCommand } from './handlers/change-therapist.js';
import type { CardActionHandler, Reply } from './replies.js';
import type { ActingTurn } from './turn.js';
import type { Verb } from './verbs.js';

export const cardActions: Record<Verb, CardActionHandler> = {
  // "Show my sessions" on a card kept from before a role changed: someone with none gets what they can do instead.
  home: (turn, data) => (hasEmployeeAction(turn.actor.roles, 'sessions') ? homeAction(turn, data) : notYourCommand(turn, 'sessions')),
  'book.open': (turn) => bookOpenAction(turn),
  'book.submit': bookSubmitAction,
  'reschedule.open': rescheduleOpenAction,
  'reschedule.submit': rescheduleSubmitAction,
  'move.open': moveOpenAction,
  'move.submit': moveSubmitAction,
  'move.pick': movePickAction,
  'cancel.open': cancelOpenAction,
  'cancel.submit': cancelSubmitAction,
  'request.confirm': requestConfirmAction,
  'request.decline': requestDeclineAction,
  'request.propose': requestProposeAction,
  // Accepting a proposal is the same use case as confirming a request: the service checks whom it awaits.
  'proposal.accept': requestConfirmAction,
  'proposal.decline': proposalDeclineAction,
  'availability.add': availabilityAddAction,
  'availability.remove': availabilityRemoveAction,
  'availability.page': availabilityPageAction,
  'book.page': bookPageAction,
  'request.withdraw': requestWithdrawAction,
  'attendance.mark': attendanceMarkAction,
  'request.refresh': requestRefreshAction,
  'offer.open': offerOpenAction,
  'offer.submit': offerSubmitAction,
  'offer.book': offerBookAction,
  'offer.decline': offerDeclineAction,
  'recommend.submit': recommendSubmitAction,
};

/**
 * Commands that need a registered person (`help` does not). An employee's command from someone who has no use for
 * it (an HR admin's `sessions`, a therapist's `book`) gets what they can do instead, never an employee's screen.
 */
export function runCommand(turn: ActingTurn, command: Command): Promise<Reply> {
  const action = employeeActionOf(command);
  if (action && !hasEmployeeAction(turn.actor.roles, action)) return notYourCommand(turn, action);
  switch (command.name) {
    case 'help':
      return helpCommand(turn);
    case 'sessions':
      return homeAction(turn);
    case 'book':
      return bookOpenAction(turn);
    case 'reschedule':
      return rescheduleCommand(turn);
    case 'cancel':
      return cancelCommand(turn);
    case 'availability':
      return availabilityOpenAction(turn);
    case 'usage':
      return usageCommand(turn, { month: command.month, department: command.department });
    case 'link':
      return linkCommand(turn, { therapist: command.therapist });
    case 'meeting-link':
      return meetingLinkCommand(turn, command.argument);
    case 'hours':
      return replyHoursCommand(turn, command.argument);
    case 'notice':
      return bookingNoticeCommand(turn, command.argument);
    case 'away':
      return awayCommand(turn, command.argument);
    case 'recommend':
      return recommendCommand(turn);
    case 'change-therapist':
      return changeTherapistCommand(turn);
  }
}
