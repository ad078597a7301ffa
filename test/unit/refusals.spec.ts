// Every refusal has one sentence a person reads, shared by Slack and Teams, and a mapping to the form field it
// is about. The code list below is a Record over RefusalCode, so adding a code without a case here fails tsc.
import { expect } from 'chai';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../../src/domain/reason.js';
import { refusalField, refusalText, refuse, type RefusalCode, type RefusalField } from '../../src/domain/refusals.js';
import { GB } from '../support/readers.js';

/** The form field each code is about: also the complete list of codes (the compiler checks it is complete). */
const fieldByCode: Record<RefusalCode, RefusalField> = {
  bad_input: null,
  not_registered: null,
  no_therapist: null,
  therapist_not_linked: null,
  unknown_session: null,
  unknown_request: null,
  session_archived: null,
  request_archived: null,
  unknown_slot: 'slot',
  no_time_picked: 'slot',
  beyond_horizon: 'slot',
  too_soon: 'slot',
  therapist_away: 'slot',
  invalid_away_period: null,
  invalid_booking_notice: null,
  not_your_session: null,
  not_linked_therapist: null,
  not_awaiting_you: null,
  session_not_active: null,
  inside_cutoff: null,
  time_in_past: 'time',
  malformed_time: 'time',
  nonexistent_local_time: 'time',
  slot_taken: 'slot',
  same_time: 'time',
  allowance_exhausted: null,
  request_pending: null,
  already_decided: null,
  reason_missing: 'reason',
  reason_too_long: 'reason',
  not_hr_admin: null,
  not_therapist: null,
  not_operator: null,
  unknown_therapist: null,
  unknown_offer: null,
  offer_closed: null,
  offer_time_taken: 'time',
  offer_changed: null,
  invalid_offer: 'time',
  not_your_client: null,
  slot_overlap: 'time',
  slot_held: null,
  invalid_duration: 'time',
  invalid_repeat: null,
  invalid_month: null,
  relay_failed: null,
  therapist_channel_unreachable: null,
  text_only: null,
  just_changed: null,
  personal_chat_only: null,
  organisation_not_set_up: null,
  other_organisation: null,
  not_ended: null,
  already_marked: null,
  invalid_meeting_link: null,
  invalid_reply_hours: null,
  move_inside_cutoff: null,
  client_request_pending: null,
  move_awaiting_client: null,
  therapist_move_pending: null,
  move_allowance_exhausted: null,
  own_time_while_away: 'slot',
  move_time_taken: 'slot',
  invalid_recommendation: null,
  allowance_left: null,
  recommendation_pending: null,
  unknown_recommendation: null,
  thread_closed: null,
};

/** Written out separately as `true` flags, as asked: keeps the list of codes itself in sync with the union. */
const everyCode: Record<RefusalCode, true> = {
  bad_input: true,
  unknown_offer: true,
  offer_closed: true,
  offer_time_taken: true,
  offer_changed: true,
  invalid_offer: true,
  not_your_client: true,
  no_time_picked: true,
  beyond_horizon: true,
  too_soon: true,
  therapist_away: true,
  invalid_away_period: true,
  invalid_booking_notice: true,
  not_registered: true,
  no_therapist: true,
  therapist_not_linked: true,
  unknown_session: true,
  unknown_request: true,
  session_archived: true,
  request_archived: true,
  unknown_slot: true,
  not_your_session: true,
  not_linked_therapist: true,
  not_awaiting_you: true,
  session_not_active: true,
  inside_cutoff: true,
  time_in_past: true,
  malformed_time: true,
  nonexistent_local_time: true,
  slot_taken: true,
  same_time: true,
  allowance_exhausted: true,
  request_pending: true,
  already_decided: true,
  reason_missing: true,
  reason_too_long: true,
  not_hr_admin: true,
  not_therapist: true,
  not_operator: true,
  unknown_therapist: true,
  slot_overlap: true,
  slot_held: true,
  invalid_duration: true,
  invalid_repeat: true,
  invalid_month: true,
  relay_failed: true,
  therapist_channel_unreachable: true,
  text_only: true,
  just_changed: true,
  personal_chat_only: true,
  organisation_not_set_up: true,
  other_organisation: true,
  not_ended: true,
  already_marked: true,
  invalid_meeting_link: true,
  invalid_reply_hours: true,
  move_inside_cutoff: true,
  client_request_pending: true,
  move_awaiting_client: true,
  therapist_move_pending: true,
  move_allowance_exhausted: true,
  own_time_while_away: true,
  move_time_taken: true,
  invalid_recommendation: true,
  allowance_left: true,
  recommendation_pending: true,
  unknown_recommendation: true,
  thread_closed: true,
};

const codes = Object.keys(everyCode) as RefusalCode[];

describe('domain/refusals', () => {
  it('the two code lists agree and have 68 codes', () => {
    expect(codes).to.have.length(68);
    expect(Object.keys(fieldByCode).sort()).to.deep.equal([...codes].sort());
  });

  describe('refusalText: every code has a readable sentence, with or without params', () => {
    for (const code of codes) {
      it(code, () => {
        for (const text of [
          refusalText({ code }, 'employee', GB),
          refusalText(refuse(code), 'employee', GB),
          refusalText({ code, params: {} }, 'employee', GB),
        ]) {
          expect(text.trim()).to.have.length.greaterThan(10);
          expect(text).to.match(/^[A-Z"'“]/);
          expect(text).to.match(/[.!?]$/);
          expect(text).to.not.match(/undefined|null|NaN|\$\{|\{\{/);
        }
      });
    }

    it('no two codes share a sentence', () => {
      const texts = codes.map((code) => refusalText({ code }, 'employee', GB));
      expect(new Set(texts).size).to.equal(codes.length);
    });
  });

  describe('refusalText: params fill in the details', () => {
    const cases: { code: RefusalCode; params?: Record<string, string | number>; includes: string[]; excludes?: string[] }[] = [
      { code: 'inside_cutoff', includes: ['within the next 24 hours', "can't be rescheduled", 'cancel'] },
      { code: 'inside_cutoff', params: { hours: 48 }, includes: ['within the next 48 hours'], excludes: ['24 hours'] },
      {
        code: 'allowance_exhausted',
        params: { allowance: 4, monthName: 'March 2026', month: '2026-03' },
        includes: ['all 4 sessions', 'for March 2026.'],
        excludes: ['2026-03'],
      },
      {
        code: 'allowance_exhausted',
        params: { allowance: 2, month: '2026-03' },
        includes: ['all 2 sessions', 'for March 2026.'],
        excludes: ['2026-03'],
      },
      { code: 'allowance_exhausted', includes: ['all 0 sessions', 'for that month.'] },
      { code: 'already_decided', params: { status: 'declined' }, includes: ['already been declined.'] },
      { code: 'already_marked', params: { marked: 'no_show' }, includes: ['already marked as a no-show.', 'Nothing was changed.'] },
      {
        code: 'not_therapist',
        params: { action: 'link' },
        includes: ['Only therapists can set a meeting link.'],
        excludes: ['availability'],
      },
      { code: 'already_decided', includes: ['already been decided.'] },
      // A therapist's move: worded for the therapist who acted, naming their client; the client's, naming the therapist.
      {
        code: 'client_request_pending',
        params: { client: 'Alex' },
        includes: ['Alex already asked to move this session; answer their request first.'],
      },
      { code: 'move_awaiting_client', params: { client: 'Alex' }, includes: ['You have already asked Alex', 'their thread'] },
      {
        code: 'move_inside_cutoff',
        params: { hours: 48, client: 'Alex' },
        includes: ['within the next 48 hours', 'can no longer be moved', 'credited back to Alex'],
        excludes: ["count against that month's allowance"],
      },
      {
        code: 'move_allowance_exhausted',
        params: { client: 'Alex', allowance: 2, month: '2026-03' },
        includes: ['Alex has used all 2 sessions', 'March 2026', 'another month'],
        excludes: ['decline the request'],
      },
      { code: 'own_time_while_away', params: { back: 'Mon 18 Jan 2027' }, includes: ["You're away then (back on Mon 18 Jan 2027)."] },
      {
        code: 'therapist_move_pending',
        params: { therapist: 'Dr Rivera' },
        includes: ['Dr Rivera has asked to move this session', 'accept or decline'],
      },
      {
        code: 'slot_overlap',
        params: { when: 'Tue 3 Mar 2026, 14:00–14:50 GMT' },
        includes: ['another slot (Tue 3 Mar 2026, 14:00–14:50 GMT).'],
      },
      { code: 'slot_overlap', includes: ['another slot.'], excludes: ['()'] },
      { code: 'reason_missing', includes: [`at least ${REASON_MIN_LENGTH} characters`] },
      { code: 'reason_too_long', includes: [`${REASON_MAX_LENGTH} characters at most`] },
      { code: 'nonexistent_local_time', includes: ["doesn't exist", 'clocks change'] },
      { code: 'invalid_month', includes: ['YYYY-MM'] },
      { code: 'invalid_duration', includes: ['15 minutes', '4 hours'] },
      { code: 'invalid_repeat', includes: ['1 to 26 weeks'] },
      {
        code: 'therapist_channel_unreachable',
        params: { supportLine: 'the Acme line, 0800 123 456' },
        includes: ["couldn't reach your therapist", 'has been told', 'you can contact the Acme line, 0800 123 456.'],
        excludes: ['try again'],
      },
      {
        code: 'therapist_channel_unreachable',
        includes: ["couldn't reach your therapist", 'has been told'],
        excludes: ['contact', 'try again'],
      },
    ];
    for (const c of cases) {
      it(`${c.code} ${JSON.stringify(c.params ?? {})}`, () => {
        const text = refusalText(refuse(c.code, c.params), 'employee', GB);
        for (const part of c.includes) expect(text).to.include(part);
        for (const part of c.excludes ?? []) expect(text).to.not.include(part);
      });
    }
  });

  describe('refuse', () => {
    it('without params has no params key', () => {
      expect(refuse('slot_taken')).to.deep.equal({ ok: false, code: 'slot_taken' });
      expect(refuse('slot_taken')).to.not.have.property('params');
    });

    it('with params keeps them', () => {
      expect(refuse('inside_cutoff', { hours: 48 })).to.deep.equal({ ok: false, code: 'inside_cutoff', params: { hours: 48 } });
    });
  });

  describe('refusalField', () => {
    for (const code of codes) {
      it(`${code} -> ${String(fieldByCode[code])}`, () => {
        expect(refusalField(code)).to.equal(fieldByCode[code]);
      });
    }
  });
});
