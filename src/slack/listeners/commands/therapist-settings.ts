// `/wellbeing link <https://…|remove>` and `/wellbeing hours <days> <from>-<to> [usual reply]`: a therapist sets their
// own meeting link and usual hours. Answered privately (ephemeral); a refusal says what to write, and changes nothing.
import { refusalText } from '../../../domain/refusals.js';
import {
  awaySetText,
  bookingNoticeSetText,
  meetingLinkArgument,
  meetingLinkSetText,
  parseReplyHoursText,
  replyHoursSetText,
  therapistSettingAction,
} from '../../../domain/therapist-settings-text.js';
import type { Services } from '../../../services/api.js';
import type { Actor } from '../../../services/types.js';
import { therapistSettingUsage, type TherapistSetting } from '../../blocks/help.js';
import { wordsFor } from '../../../i18n/words.js';

/** The sentence to answer with, in the therapist's words: the new setting, or why nothing changed. */
export async function setTherapistSetting(services: Services, actor: Actor, setting: TherapistSetting, argument: string): Promise<string> {
  // Refused before the argument is read: an employee is told these are therapists' tools, not how to write hours.
  if (!actor.roles.includes('therapist')) {
    return refusalText({ code: 'not_therapist', params: { action: therapistSettingAction[setting] } }, 'employee', actor);
  }
  if (setting === 'away') {
    // `away` alone lists the periods; `away clear` removes them.
    const result = await services.away.setOwn(actor, argument);
    return result.ok ? awaySetText(result.periods, result.booked, actor) : refusalText(result, 'employee', actor);
  }
  const w = wordsFor(actor);
  if (argument.trim() === '') return w.t('slack.settings.usage', { form: therapistSettingUsage(w)[setting] });
  if (setting === 'link') {
    const result = await services.meetingLinks.setOwn(actor, meetingLinkArgument(argument));
    return result.ok ? meetingLinkSetText(result.meetingLink, actor) : refusalText(result, 'employee', actor);
  }
  if (setting === 'notice') {
    const result = await services.bookingNotice.setOwn(actor, argument);
    return result.ok ? bookingNoticeSetText(result.hours, actor) : refusalText(result, 'employee', actor);
  }
  const input = parseReplyHoursText(argument);
  if (!input) return refusalText({ code: 'invalid_reply_hours' }, 'employee', actor);
  const result = await services.replyHours.setOwn(actor, input);
  return result.ok ? replyHoursSetText(result, actor) : refusalText(result, 'employee', actor);
}
