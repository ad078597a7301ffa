// Issue 7 items 8 and 9 in words: a decided request shows where the session now is, a proposal's answer speaks to
// the employee who gave it, a failed Confirm is explained to the therapist in their words and to the employee with
// what they can do next.
import { expect } from 'chai';
import type { RequestView } from '../../src/notices/notice.js';
import type { RequestStatus } from '../../src/domain/types.js';
import { refusalText, type RefusalCode } from '../../src/domain/refusals.js';
import { noticeText, notConfirmedOptions } from '../../src/domain/wording.js';
import { requestViewOf } from '../support/views.js';
import { GB, british } from '../support/readers.js';

const request = (overrides: Partial<RequestView> = {}) => requestViewOf({ reason: 'Work trip', ...overrides });

const LONDON = 'Europe/London';
const CURRENT = 'Thu 15 Jan 2026, 14:00–14:50 GMT';
const PROPOSED = 'Tue 20 Jan 2026, 16:00–16:50 GMT';

const decided = (overrides: Partial<RequestView>) => noticeText({ kind: 'request_decided', request: request(overrides) }, british(LONDON));
const body = (t: { title: string; lines: string[] }) => [t.title, ...t.lines].join('\n');

describe('domain/wording: decided requests', () => {
  it('a confirmed request shows the new time as the current one', () => {
    const text = decided({ status: 'confirmed' });
    expect(text.lines[0]).to.equal(`Current: ${PROPOSED}`);
    expect(text.lines).to.include(`Was: ${CURRENT}`);
  });

  it('a declined request says the session stays at its time', () => {
    expect(decided({ status: 'declined' }).lines[0]).to.equal(`The session stays at ${CURRENT}.`);
  });

  it('a withdrawn request names who withdrew it and that the session stands', () => {
    const text = decided({ status: 'withdrawn' });
    expect(text.title).to.equal('Reschedule request withdrawn');
    expect(body(text)).to.include(`Alex Employee withdrew this request. The session stays at ${CURRENT}.`);
  });

  it('a request closed by a cancellation never claims the session stands', () => {
    const text = decided({ status: 'withdrawn', sessionCancelled: true });
    expect(text.title).to.equal('Reschedule request closed: session cancelled');
    expect(body(text)).to.include('was cancelled');
    expect(body(text)).to.not.include('stays');
  });

  const statuses: RequestStatus[] = ['pending', 'confirmed', 'declined', 'proposed', 'withdrawn', 'expired'];
  for (const status of statuses) {
    for (const requestedBy of ['employee', 'therapist'] as const) {
      it(`${requestedBy} request ${status}: a title and no placeholder`, () => {
        const text = decided({ status, requestedBy });
        expect(text.title).to.not.equal('');
        expect(body(text)).to.not.match(/undefined|null|NaN/);
      });
    }
  }

  it('accepting a proposal is worded from the employee side', () => {
    const text = decided({ status: 'confirmed', requestedBy: 'therapist', awaiting: 'employee' });
    expect(text.title).to.equal('You accepted the proposed time');
    expect(text.lines[0]).to.equal(`Your session is now at ${PROPOSED}.`);
  });

  it('declining a proposal is worded from the employee side', () => {
    const text = decided({ status: 'declined', requestedBy: 'therapist', awaiting: 'employee' });
    expect(text.title).to.equal('You declined the proposed time');
    expect(text.lines[0]).to.equal(`Your session stays at ${CURRENT}.`);
    expect(body(text)).to.include('Proposed by Dr Sam Therapist');
  });
});

describe('domain/wording: reschedule_not_confirmed', () => {
  const why = ['slot_taken', 'allowance_exhausted', 'inside_cutoff', 'session_not_active', 'time_in_past'] as const;
  for (const reason of why) {
    it(`${reason}: says it could not be confirmed and what the employee can do`, () => {
      const text = noticeText({ kind: 'reschedule_not_confirmed', request: request(), why: reason }, british(LONDON));
      expect(text.title).to.equal('Your reschedule request could not be confirmed');
      expect(body(text)).to.include('message your therapist');
      if (reason !== 'session_not_active') expect(body(text)).to.include(`Your session stays at ${CURRENT}.`);
      expect(body(text)).to.not.match(/undefined|null|NaN|\d{4}-\d{2}\b/);
    });
  }

  it('offers another time only while the session can still move', () => {
    expect(notConfirmedOptions('slot_taken')).to.deep.equal(['reschedule', 'cancel', 'message']);
    expect(notConfirmedOptions('inside_cutoff')).to.deep.equal(['cancel', 'message']);
    expect(notConfirmedOptions('session_not_active')).to.deep.equal(['message']);
  });

  it('names the month in words when the allowance is used up', () => {
    const text = noticeText({ kind: 'reschedule_not_confirmed', request: request(), why: 'allowance_exhausted' }, british(LONDON));
    expect(text.lines[0]).to.include('your allowance for January 2026');
  });
});

describe('domain/refusals: therapist audience', () => {
  const confirmFailures: { code: RefusalCode; params?: Record<string, string | number>; includes: string }[] = [
    { code: 'slot_taken', includes: 'no longer free in your calendar' },
    {
      code: 'allowance_exhausted',
      params: { allowance: 4, month: '2027-01' },
      includes: 'Your client has used all 4 sessions of their allowance for January 2027',
    },
    { code: 'inside_cutoff', params: { hours: 48 }, includes: 'within the next 48 hours' },
    { code: 'session_not_active', includes: "so this request can't be confirmed" },
    { code: 'time_in_past', includes: "so this request can't be confirmed" },
  ];
  for (const c of confirmFailures) {
    it(`${c.code}: the therapist reads their own sentence, the employee theirs`, () => {
      const refusal = c.params ? { code: c.code, params: c.params } : { code: c.code };
      const therapist = refusalText(refusal, 'therapist', GB);
      expect(therapist).to.include(c.includes);
      expect(therapist).to.not.match(/\byou've used\b|your allowance|\d{4}-\d{2}/i);
      expect(therapist).to.not.equal(refusalText(refusal, 'employee', GB));
      expect(refusalText(refusal, 'employee', GB)).to.equal(refusalText(refusal, 'employee', GB));
    });
  }

  it('codes without a therapist sentence read the same for both', () => {
    expect(refusalText({ code: 'reason_missing' }, 'therapist', GB)).to.equal(refusalText({ code: 'reason_missing' }, 'employee', GB));
  });
});
