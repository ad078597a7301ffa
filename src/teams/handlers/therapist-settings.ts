// Commands `link <https://…|remove>` and `hours <days> <from>-<to> [usual reply]` in the 1:1 chat: a therapist sets
// their own meeting link and usual hours. A refusal says what to write, and changes nothing.
import { refusalText } from '../../domain/refusals.js';
import {
  awaySetText,
  bookingNoticeSetText,
  meetingLinkArgument,
  meetingLinkSetText,
  parseReplyHoursText,
  replyHoursSetText,
  therapistSettingAction,
  therapistSettingsUsage,
} from '../../domain/therapist-settings-text.js';
import { refusalReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

// Non-therapists are refused before the argument is read: they are told these are therapists' tools, not how to write hours.
export async function meetingLinkCommand(turn: ActingTurn, argument: string): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist'))
    return refusalReply(turn.actor, { code: 'not_therapist', params: { action: therapistSettingAction.link } });
  if (argument.trim() === '')
    return textReply(wordsFor(turn.actor).t('teams.reply.usage', { usage: therapistSettingsUsage(turn.actor).link }));
  const result = await turn.deps.services.meetingLinks.setOwn(turn.actor, meetingLinkArgument(argument));
  return result.ok ? textReply(meetingLinkSetText(result.meetingLink, turn.actor)) : refusalReply(turn.actor, result);
}

export async function bookingNoticeCommand(turn: ActingTurn, argument: string): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist'))
    return refusalReply(turn.actor, { code: 'not_therapist', params: { action: therapistSettingAction.notice } });
  if (argument.trim() === '')
    return textReply(wordsFor(turn.actor).t('teams.reply.usage', { usage: therapistSettingsUsage(turn.actor).notice }));
  const result = await turn.deps.services.bookingNotice.setOwn(turn.actor, argument);
  return result.ok ? textReply(bookingNoticeSetText(result.hours, turn.actor)) : refusalReply(turn.actor, result);
}

export async function awayCommand(turn: ActingTurn, argument: string): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist'))
    return refusalReply(turn.actor, { code: 'not_therapist', params: { action: therapistSettingAction.away } });
  const result = await turn.deps.services.away.setOwn(turn.actor, argument);
  return result.ok ? textReply(awaySetText(result.periods, result.booked, turn.actor)) : refusalReply(turn.actor, result);
}

export async function replyHoursCommand(turn: ActingTurn, argument: string): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist'))
    return refusalReply(turn.actor, { code: 'not_therapist', params: { action: therapistSettingAction.hours } });
  if (argument.trim() === '')
    return textReply(wordsFor(turn.actor).t('teams.reply.usage', { usage: therapistSettingsUsage(turn.actor).hours }));
  const input = parseReplyHoursText(argument);
  if (!input) return textReply(refusalText({ code: 'invalid_reply_hours' }, 'employee', turn.actor));
  const result = await turn.deps.services.replyHours.setOwn(turn.actor, input);
  return result.ok ? textReply(replyHoursSetText(result, turn.actor)) : refusalReply(turn.actor, result);
}
