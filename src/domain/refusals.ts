// Every reason the service refuses something, with the one sentence a person reads about it, in their language (the
// sentences are in src/i18n/messages/refusals/). Slack and Teams both render these, so the two platforms never
// disagree about a rule.
import type { MessageKey } from '../i18n/catalogue.js';
import type { Reader } from '../i18n/locales.js';
import type { Words } from '../i18n/words.js';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from './reason.js';
import { wordsFor } from '../i18n/words.js';
import { dayDate } from '../i18n/dates.js';

export type RefusalCode =
  | 'bad_input'
  | 'not_registered'
  | 'no_therapist'
  | 'therapist_not_linked'
  | 'unknown_session'
  | 'unknown_request'
  | 'session_archived'
  | 'request_archived'
  | 'unknown_slot'
  | 'not_your_session'
  | 'not_linked_therapist'
  | 'not_awaiting_you'
  | 'no_time_picked'
  | 'beyond_horizon'
  | 'too_soon'
  | 'therapist_away'
  | 'invalid_away_period'
  | 'invalid_booking_notice'
  | 'session_not_active'
  | 'inside_cutoff'
  | 'time_in_past'
  | 'malformed_time'
  | 'nonexistent_local_time'
  | 'slot_taken'
  | 'same_time'
  | 'allowance_exhausted'
  | 'request_pending'
  | 'already_decided'
  | 'reason_missing'
  | 'reason_too_long'
  | 'not_hr_admin'
  | 'not_therapist'
  | 'not_operator'
  | 'unknown_therapist'
  | 'slot_overlap'
  | 'slot_held'
  | 'invalid_duration'
  | 'invalid_repeat'
  | 'invalid_month'
  | 'relay_failed'
  | 'therapist_channel_unreachable'
  | 'text_only'
  | 'just_changed'
  | 'personal_chat_only'
  | 'organisation_not_set_up'
  | 'other_organisation'
  | 'not_ended'
  | 'already_marked'
  | 'invalid_meeting_link'
  | 'invalid_reply_hours'
  | 'unknown_offer'
  | 'offer_closed'
  | 'offer_time_taken'
  | 'offer_changed'
  | 'invalid_offer'
  | 'not_your_client'
  | 'move_inside_cutoff'
  | 'client_request_pending'
  | 'move_awaiting_client'
  | 'therapist_move_pending'
  | 'move_allowance_exhausted'
  | 'own_time_while_away'
  | 'move_time_taken'
  | 'invalid_recommendation'
  | 'allowance_left'
  | 'recommendation_pending'
  | 'unknown_recommendation'
  | 'thread_closed';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  params?: Record<string, string | number>;
}

export function refuse(code: RefusalCode, params?: Record<string, string | number>): Refusal {
  return params ? { ok: false, code, params } : { ok: false, code };
}

type Params = Record<string, string | number>;
type Sentence = (p: Params, w: Words) => string;

/** A refusal without parameters: its catalogue sentence. */
const plain =
  (key: MessageKey): Sentence =>
  (_p, w) =>
    w.t(key);

const sentences: Record<RefusalCode, Sentence> = {
  bad_input: plain('refusals.bad_input'),
  not_registered: plain('refusals.not_registered'),
  no_therapist: plain('refusals.no_therapist'),
  therapist_not_linked: plain('refusals.therapist_not_linked'),
  unknown_session: plain('refusals.unknown_session'),
  unknown_request: plain('refusals.unknown_request'),
  session_archived: plain('refusals.session_archived'),
  request_archived: plain('refusals.request_archived'),
  unknown_slot: plain('refusals.unknown_slot'),
  not_your_session: plain('refusals.not_your_session'),
  not_linked_therapist: plain('refusals.not_linked_therapist'),
  not_awaiting_you: plain('refusals.not_awaiting_you'),
  session_not_active: plain('refusals.session_not_active'),
  inside_cutoff: (p, w) => w.t('refusals.inside_cutoff', { hours: hoursOf(p) }),
  time_in_past: plain('refusals.time_in_past'),
  malformed_time: plain('refusals.malformed_time'),
  no_time_picked: plain('refusals.no_time_picked'),
  therapist_away: (p, w) => (p.back ? w.t('refusals.therapist_away_back', { back: dayOf(p.back, w) }) : w.t('refusals.therapist_away')),
  invalid_away_period: plain('refusals.invalid_away_period'),
  too_soon: (p, w) => w.t('refusals.too_soon', { hours: hoursOf(p) }),
  invalid_booking_notice: plain('refusals.invalid_booking_notice'),
  beyond_horizon: (p, w) => w.t('refusals.beyond_horizon', { month: monthOf(p, w) }),
  nonexistent_local_time: plain('refusals.nonexistent_local_time'),
  slot_taken: plain('refusals.slot_taken'),
  same_time: plain('refusals.same_time'),
  allowance_exhausted: (p, w) => w.t('refusals.allowance_exhausted', { allowance: String(p.allowance ?? 0), month: monthOf(p, w) }),
  request_pending: plain('refusals.request_pending'),
  already_decided: (p, w) => w.t('refusals.already_decided', { status: String(p.status ?? 'decided') }),
  reason_missing: (_p, w) => w.t('refusals.reason_missing', { min: String(REASON_MIN_LENGTH) }),
  reason_too_long: (_p, w) => w.t('refusals.reason_too_long', { max: String(REASON_MAX_LENGTH) }),
  not_hr_admin: plain('refusals.not_hr_admin'),
  // `action` names what was tried (`link`, `hours`, `offer`…); availability is the oldest such tool.
  not_therapist: (p, w) => w.t('refusals.not_therapist', { action: actionOf(p.action) }),
  not_operator: plain('refusals.not_operator'),
  unknown_therapist: plain('refusals.unknown_therapist'),
  slot_overlap: (p, w) => (p.when ? w.t('refusals.slot_overlap_when', { when: String(p.when) }) : w.t('refusals.slot_overlap')),
  slot_held: plain('refusals.slot_held'),
  invalid_duration: plain('refusals.invalid_duration'),
  invalid_repeat: plain('refusals.invalid_repeat'),
  invalid_month: plain('refusals.invalid_month'),
  relay_failed: plain('refusals.relay_failed'),
  // The bot is not in the therapist's channel: trying again cannot help until the provider adds it.
  therapist_channel_unreachable: (p, w) =>
    p.supportLine
      ? w.t('refusals.therapist_channel_unreachable_support', { supportLine: String(p.supportLine) })
      : w.t('refusals.therapist_channel_unreachable'),
  text_only: plain('refusals.text_only'),
  just_changed: plain('refusals.just_changed'),
  personal_chat_only: plain('refusals.personal_chat_only'),
  organisation_not_set_up: plain('refusals.organisation_not_set_up'),
  other_organisation: plain('refusals.other_organisation'),
  not_ended: plain('refusals.not_ended'),
  already_marked: (p, w) => w.t('refusals.already_marked', { marked: String(p.marked ?? '') }),
  invalid_meeting_link: plain('refusals.invalid_meeting_link'),
  invalid_reply_hours: plain('refusals.invalid_reply_hours'),
  unknown_offer: plain('refusals.unknown_offer'),
  offer_closed: (p, w) => w.t('refusals.offer_closed', { status: String(p.status ?? '') }),
  offer_time_taken: (p, w) => (p.when ? w.t('refusals.offer_time_taken_when', { when: String(p.when) }) : w.t('refusals.offer_time_taken')),
  offer_changed: plain('refusals.offer_changed'),
  invalid_offer: (p, w) =>
    p.horizon ? w.t('refusals.invalid_offer_horizon', { month: monthOf({ month: p.horizon }, w) }) : w.t('refusals.invalid_offer'),
  not_your_client: plain('refusals.not_your_client'),
  // A therapist moving a session (docs/design.md §2, rule 12): worded for the therapist who acted, naming their client.
  move_inside_cutoff: (p, w) => w.t('refusals.move_inside_cutoff', { hours: hoursOf(p), client: clientOf(p, w) }),
  client_request_pending: (p, w) => w.t('refusals.client_request_pending', { client: clientOf(p, w, true) }),
  move_awaiting_client: (p, w) => w.t('refusals.move_awaiting_client', { client: clientOf(p, w) }),
  move_allowance_exhausted: (p, w) =>
    w.t('refusals.move_allowance_exhausted', { client: clientOf(p, w, true), allowance: String(p.allowance ?? 0), month: monthOf(p, w) }),
  own_time_while_away: (p, w) =>
    p.back ? w.t('refusals.own_time_while_away_back', { back: dayOf(p.back, w) }) : w.t('refusals.own_time_while_away'),
  move_time_taken: plain('refusals.move_time_taken'),
  // The client, when their therapist's request to move the session waits for their answer.
  therapist_move_pending: (p, w) =>
    p.therapist === undefined
      ? w.t('refusals.therapist_move_pending')
      : w.t('refusals.therapist_move_pending_named', { therapist: String(p.therapist) }),
  // Extra sessions (issue 19, §4): only a therapist meets these, so they speak to the therapist.
  invalid_recommendation: (p, w) =>
    w.t('refusals.invalid_recommendation', {
      min: String(p.min ?? 1),
      max: String(p.max ?? 4),
      noteMin: String(p.noteMin ?? 3),
      noteMax: String(p.noteMax ?? 1000),
    }),
  allowance_left: (p, w) =>
    p.left === undefined
      ? w.t('refusals.allowance_left', { month: monthOf(p, w) })
      : w.t('refusals.allowance_left_count', { left: String(p.left), month: monthOf(p, w) }),
  recommendation_pending: (p, w) => w.t('refusals.recommendation_pending', { month: monthOf(p, w) }),
  unknown_recommendation: plain('refusals.unknown_recommendation'),
  thread_closed: plain('refusals.thread_closed'),
};

/**
 * The few refusals a therapist meets when Confirm fails, in their words: the sentences above speak to the employee
 * ("your allowance", "pick another slot"), which reads wrong to the person deciding someone else's request.
 */
/** Every refusal code, from the table the compiler holds complete. */
export const REFUSAL_CODES = Object.keys(sentences) as RefusalCode[];

const therapistSentences: Partial<Record<RefusalCode, Sentence>> = {
  slot_taken: plain('refusals.therapist.slot_taken'),
  allowance_exhausted: (p, w) =>
    w.t('refusals.therapist.allowance_exhausted', { allowance: String(p.allowance ?? 0), month: monthOf(p, w) }),
  inside_cutoff: (p, w) => w.t('refusals.therapist.inside_cutoff', { hours: hoursOf(p) }),
  session_not_active: plain('refusals.therapist.session_not_active'),
  time_in_past: plain('refusals.therapist.time_in_past'),
  not_awaiting_you: plain('refusals.therapist.not_awaiting_you'),
  not_your_session: plain('refusals.therapist.not_your_session'),
  offer_closed: (p, w) => w.t('refusals.therapist.offer_closed', { status: String(p.status ?? '') }),
  unknown_offer: plain('refusals.therapist.unknown_offer'),
};

/** What a therapist tried, for `not_therapist`: a short code the catalogue words (`link`, `offer`, …). */
function actionOf(action: string | number | undefined): string {
  return action === undefined ? 'availability' : String(action);
}

/** Who reads the sentence: the employee (the default) or the therapist deciding the request. */
export type RefusalAudience = 'employee' | 'therapist';

/** The audience of a refusal is who acted, never whose button it was: an employee replaying a Confirm is an employee. */
export function audienceOf(actor: { roles: readonly string[] }): RefusalAudience {
  return actor.roles.includes('therapist') ? 'therapist' : 'employee';
}

export function refusalText(refusal: Pick<Refusal, 'code' | 'params'>, audience: RefusalAudience = 'employee', reader: Reader): string {
  const sentence = (audience === 'therapist' ? therapistSentences[refusal.code] : undefined) ?? sentences[refusal.code];
  return sentence(refusal.params ?? {}, wordsFor(reader));
}

const hoursOf = (p: Params): number => Number(p.hours ?? 24);

/** A month key in the reader's words ("January 2027"); "that month" when the refusal names none. */
function monthOf(p: Params, w: Words): string {
  const month = p.month ?? p.monthName;
  return month === undefined ? w.t('refusals.thatMonth') : w.month(String(month));
}

/** A day the service passes as `yyyy-MM-dd`, in the reader's words; a day already in words is shown as it is. */
function dayOf(day: string | number, w: Words): string {
  const value = String(day);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayDate(value, w) : value;
}

/** The client a therapist's refusal names; "your client" where the name is not known. */
function clientOf(p: Params, w: Words, startsSentence = false): string {
  if (p.client !== undefined) return String(p.client);
  return w.t(startsSentence ? 'refusals.yourClientStart' : 'refusals.yourClient');
}

/** Which form field a refusal is about, so modals and cards can show it beside that field. */
export type RefusalField = 'reason' | 'time' | 'slot' | null;

export function refusalField(code: RefusalCode): RefusalField {
  switch (code) {
    case 'reason_missing':
    case 'reason_too_long':
      return 'reason';
    case 'time_in_past':
    case 'malformed_time':
    case 'nonexistent_local_time':
    case 'same_time':
    case 'slot_overlap':
    case 'invalid_duration':
    case 'invalid_offer':
    case 'offer_time_taken':
      return 'time';
    case 'slot_taken':
    case 'move_time_taken':
    case 'own_time_while_away':
    case 'unknown_slot':
    case 'no_time_picked':
    case 'beyond_horizon':
    case 'too_soon':
    case 'therapist_away':
      return 'slot';
    default:
      return null;
  }
}
