// What each notice says, for one reader in their zone (docs/design.md §2 rule 6): every kind has a title, and the same
// session reads 14:00 GMT to a London reader and 09:00 EST to a New York reader.
import { expect } from 'chai';
import type { Notice, NoticeKind } from '../../src/notices/notice.js';
import {
  offerViewOf as offer,
  requestViewOf as request,
  sampleCurrent,
  sampleProposed,
  sessionViewOf as session,
} from '../support/views.js';
import type { RequestStatus } from '../../src/domain/types.js';
import { cancellationConsequence, noticeText, requestStatusWord, sessionLine, type NoticeText } from '../../src/domain/wording.js';
import { GB, british } from '../support/readers.js';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

const current = sampleCurrent;
const proposed = sampleProposed;

const rendered = {
  [LONDON]: { current: 'Thu 15 Jan 2026, 14:00–14:50 GMT', proposed: 'Tue 20 Jan 2026, 16:00–16:50 GMT' },
  [NEW_YORK]: { current: 'Thu 15 Jan 2026, 09:00–09:50 EST', proposed: 'Tue 20 Jan 2026, 11:00–11:50 EST' },
};

/** One sample per kind; the mapped type makes tsc fail when a kind is added to Notice without a sample here. */
const samples: { [K in NoticeKind]: Extract<Notice, { kind: K }> } = {
  relay: { kind: 'relay', from: 'employee', senderName: 'Alex Employee', text: 'See you on Thursday.' },
  thread_opened: { kind: 'thread_opened', employeeName: 'Alex Employee' },
  reschedule_requested: { kind: 'reschedule_requested', request: request() },
  reschedule_awaiting: { kind: 'reschedule_awaiting', request: request() },
  reschedule_proposed: {
    kind: 'reschedule_proposed',
    request: request({ requestedBy: 'therapist', awaiting: 'employee', status: 'proposed', reason: 'I am away that day' }),
  },
  proposal_sent: {
    kind: 'proposal_sent',
    request: request({ requestedBy: 'therapist', awaiting: 'employee', reason: 'I am away that day' }),
  },
  request_decided: { kind: 'request_decided', request: request({ status: 'confirmed', decisionNote: 'Fine by me' }) },
  reschedule_not_confirmed: { kind: 'reschedule_not_confirmed', request: request(), why: 'slot_taken' },
  session_rescheduled: {
    kind: 'session_rescheduled',
    previous: session(current, { status: 'rescheduled' }),
    session: session(proposed, { id: 'ses-2' }),
  },
  reschedule_declined: {
    kind: 'reschedule_declined',
    request: request({ status: 'declined', decisionNote: 'Fully booked that week' }),
  },
  request_withdrawn: { kind: 'request_withdrawn', request: request({ status: 'withdrawn' }) },
  request_expired: { kind: 'request_expired', request: request({ status: 'expired' }), cutoffHours: 24 },
  session_booked: { kind: 'session_booked', session: session(current) },
  session_cancelled: {
    kind: 'session_cancelled',
    session: session(current, { status: 'cancelled' }),
    late: false,
    reason: 'Feeling better',
    cancelledBy: 'employee',
  },
  reminder_cutoff: {
    kind: 'reminder_cutoff',
    session: session(current),
    cutoffAt: new Date('2026-01-14T14:00:00Z'),
    at: new Date('2026-01-13T14:00:00Z'),
  },
  care_note: {
    kind: 'care_note',
    note: {
      therapistName: 'Dr Sam Therapist',
      therapistZone: LONDON,
      usualReply: 'within one working day',
      hours: null,
      supportLine: null,
      outsideHours: false,
    },
  },
  reminder_starting: {
    kind: 'reminder_starting',
    session: session(current, { joinUrl: 'https://meet.example.com/sam' }),
    at: new Date('2026-01-15T13:45:00Z'),
  },
  offer_made: { kind: 'offer_made', offer: offer() },
  offer_sent: { kind: 'offer_sent', offer: offer() },
  offer_declined: { kind: 'offer_declined', offer: offer({ status: 'declined' }) },
  extra_sessions_approved: {
    kind: 'extra_sessions_approved',
    reader: 'employee',
    employeeName: 'Alex Employee',
    month: '2026-01',
    sessions: 2,
  },
  therapist_changed: { kind: 'therapist_changed', reader: 'employee', newTherapistName: 'Dr Kim New' },
  extra_sessions_declined: {
    kind: 'extra_sessions_declined',
    employeeName: 'Alex Employee',
    month: '2026-01',
    sessions: 1,
    reason: 'Please refer them to the support line',
  },
};

/** Which of the two sample spans each kind mentions. */
const spansShown: Record<NoticeKind, ('current' | 'proposed')[]> = {
  relay: [],
  thread_opened: [],
  reschedule_requested: ['current', 'proposed'],
  reschedule_awaiting: ['current', 'proposed'],
  reschedule_proposed: ['current', 'proposed'],
  proposal_sent: ['current', 'proposed'],
  request_decided: ['current', 'proposed'],
  reschedule_not_confirmed: ['current', 'proposed'],
  session_rescheduled: ['current', 'proposed'],
  reschedule_declined: ['current', 'proposed'],
  request_withdrawn: ['current'],
  request_expired: ['current'],
  session_booked: ['current'],
  session_cancelled: ['current'],
  reminder_cutoff: ['current'],
  reminder_starting: ['current'],
  care_note: [],
  offer_made: ['current', 'proposed'],
  offer_sent: ['current', 'proposed'],
  offer_declined: [],
  extra_sessions_approved: [],
  extra_sessions_declined: [],
  therapist_changed: [],
};

const allText = (t: NoticeText) => [t.title, ...t.lines].join('\n');
const kinds = Object.keys(samples) as NoticeKind[];

describe('domain/wording', () => {
  describe("noticeText: every kind has a title, and times are in the reader's zone", () => {
    for (const kind of kinds) {
      for (const [zone, other] of [
        [LONDON, NEW_YORK],
        [NEW_YORK, LONDON],
      ] as const) {
        it(`${kind} for a ${zone} reader`, () => {
          const text = noticeText(samples[kind], british(zone));
          expect(text.title.trim()).to.not.equal('');
          const body = allText(text);
          expect(body).to.not.match(/undefined|null|NaN|Invalid DateTime/);
          for (const which of spansShown[kind]) {
            expect(body).to.include(rendered[zone][which]);
            expect(body).to.not.include(rendered[other][which]);
          }
          if (spansShown[kind].length === 0) expect(body).to.not.match(/GMT|EST/);
        });
      }
    }
  });

  describe('noticeText: titles, lines and quotes per kind', () => {
    const cases: { name: string; notice: Notice; title: string; includes?: string[]; excludes?: string[]; quote?: string }[] = [
      { name: 'relay', notice: samples.relay, title: 'Message from Alex Employee', quote: 'See you on Thursday.' },
      {
        name: 'extra_sessions_approved, to the employee: their allowance grew, nothing of a recommendation or a note',
        notice: samples.extra_sessions_approved,
        title: 'More sessions added',
        includes: ['2 extra sessions have been added to your allowance for January 2026.', 'You can book now.'],
        excludes: ['recommend', 'note', 'therapist', 'wellbeing service'],
      },
      {
        name: 'extra_sessions_approved, to the therapist: the outcome of their recommendation',
        notice: { ...samples.extra_sessions_approved, reader: 'therapist', sessions: 1 },
        title: 'Extra sessions approved for Alex Employee',
        includes: ['approved your recommendation: 1 extra session in January 2026 was added to Alex Employee', 'They have been told'],
      },
      {
        name: 'extra_sessions_declined, to the therapist only, with the reason',
        notice: samples.extra_sessions_declined,
        title: 'Extra sessions not approved for Alex Employee',
        includes: ['1 extra session in January 2026', 'Alex Employee has not been told'],
        quote: 'Please refer them to the support line',
      },
      { name: 'thread_opened', notice: samples.thread_opened, title: 'Conversation with Alex Employee', includes: ['sent privately'] },
      {
        name: 'reschedule_requested from availability',
        notice: samples.reschedule_requested,
        title: 'Alex Employee asks to reschedule',
        includes: ['Current: ', 'Proposed: ', 'stands until you confirm'],
        excludes: ['not in your availability'],
        quote: 'Work trip that week',
      },
      {
        name: 'reschedule_requested for a custom time',
        notice: { kind: 'reschedule_requested', request: request({ custom: true }) },
        title: 'Alex Employee asks to reschedule',
        includes: ['(not in your availability yet: confirming adds it)'],
        quote: 'Work trip that week',
      },
      {
        name: 'reschedule_awaiting',
        notice: samples.reschedule_awaiting,
        title: 'Reschedule request sent',
        includes: ['Dr Sam Therapist needs to confirm it', 'current session stands'],
      },
      {
        name: 'reschedule_proposed',
        notice: samples.reschedule_proposed,
        title: 'Dr Sam Therapist proposes another time',
        includes: ['Accept to move your session'],
        quote: 'I am away that day',
      },
      {
        name: 'request_decided with a note',
        notice: samples.request_decided,
        title: 'Reschedule request confirmed',
        includes: ['Current: Tue 20 Jan', 'Was: Thu 15 Jan'],
        quote: 'Fine by me',
      },
      {
        name: 'request_decided without a note',
        notice: { kind: 'request_decided', request: request({ status: 'declined', decisionNote: null }) },
        title: 'Reschedule request declined',
      },
      {
        name: 'session_rescheduled',
        notice: samples.session_rescheduled,
        title: 'Session rescheduled',
        includes: ['Alex Employee with Dr Sam Therapist', 'New time: Tue 20 Jan', 'Was: Thu 15 Jan'],
      },
      {
        name: 'reschedule_declined',
        notice: samples.reschedule_declined,
        title: 'Reschedule request declined',
        includes: ['The session stays at Thu 15 Jan'],
        quote: 'Fully booked that week',
      },
      {
        name: 'request_withdrawn',
        notice: samples.request_withdrawn,
        title: 'Reschedule request withdrawn',
        includes: ['The session stays at Thu 15 Jan'],
      },
      {
        name: 'request_expired with the default cutoff',
        notice: samples.request_expired,
        title: 'Reschedule request expired',
        includes: ['within 24 hours', 'counts against the allowance'],
      },
      {
        name: 'request_expired with a 48 h cutoff',
        notice: { kind: 'request_expired', request: request({ status: 'expired' }), cutoffHours: 48 },
        title: 'Reschedule request expired',
        includes: ['within 48 hours'],
        excludes: ['24 hours'],
      },
      {
        name: 'session_booked',
        notice: samples.session_booked,
        title: 'Session booked',
        includes: ['Alex Employee with Dr Sam Therapist'],
      },
      {
        name: 'session_cancelled early',
        notice: samples.session_cancelled,
        title: 'Session cancelled',
        includes: ['credited back'],
        excludes: ['late', 'still counts'],
        quote: 'Feeling better',
      },
      {
        name: 'session_cancelled late',
        notice: { ...samples.session_cancelled, late: true, reason: 'Unwell', cancelledBy: 'employee' },
        title: 'Session cancelled (late cancellation)',
        includes: ["still counts against that month's allowance"],
        excludes: ['credited back'],
        quote: 'Unwell',
      },
      {
        // A therapist's cancellation is never late: the employee hears it is credited back to them.
        name: 'session_cancelled by the therapist, to the employee',
        notice: { ...samples.session_cancelled, late: false, reason: 'Therapist unwell', cancelledBy: 'therapist' },
        title: 'Session cancelled by your therapist',
        includes: ['Dr Sam Therapist cancelled this session, so this session is credited back to your allowance.'],
        excludes: ['late', 'still counts'],
        quote: 'Therapist unwell',
      },
      {
        name: 'session_cancelled by the therapist, to the therapist',
        notice: { ...samples.session_cancelled, late: false, reason: 'Therapist unwell', cancelledBy: 'therapist', reader: 'therapist' },
        title: 'Session cancelled',
        includes: ["credited back to Alex Employee's allowance; they have been told."],
        excludes: ['your allowance', 'late'],
        quote: 'Therapist unwell',
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const text = noticeText(c.notice, british(LONDON));
        expect(text.title).to.equal(c.title);
        const body = allText(text);
        for (const part of c.includes ?? []) expect(body).to.include(part);
        for (const part of c.excludes ?? []) expect(body).to.not.include(part);
        expect(text.quote).to.equal(c.quote);
        // Free text written by a person goes in the quote, never into the lines.
        if (c.quote) expect(text.lines.join('\n')).to.not.include(c.quote);
      });
    }
  });

  describe('summer time and zones far from UTC', () => {
    const summer = { start: new Date('2026-07-15T13:00:00Z'), end: new Date('2026-07-15T13:50:00Z') };
    const cases: { zone: string; line: string }[] = [
      { zone: LONDON, line: 'Wed 15 Jul 2026, 14:00–14:50 GMT+1' },
      { zone: NEW_YORK, line: 'Wed 15 Jul 2026, 09:00–09:50 EDT' },
      { zone: 'Pacific/Auckland', line: 'Thu 16 Jul 2026, 01:00–01:50 GMT+12' },
      { zone: 'Pacific/Honolulu', line: 'Wed 15 Jul 2026, 03:00–03:50 HST' },
    ];
    for (const c of cases) {
      it(`session_booked in ${c.zone} reads ${c.line}`, () => {
        expect(sessionLine(summer, british(c.zone))).to.equal(c.line);
        expect(noticeText({ kind: 'session_booked', session: session(summer) }, british(c.zone)).lines).to.include(c.line);
      });
    }
  });

  describe('requestStatusWord', () => {
    const cases: Record<RequestStatus, string> = {
      pending: 'pending',
      confirmed: 'confirmed',
      declined: 'declined',
      proposed: 'answered with another proposed time',
      withdrawn: 'withdrawn',
      expired: 'expired',
    };
    for (const [status, word] of Object.entries(cases) as [RequestStatus, string][]) {
      it(`${status} -> "${word}", also in the request_decided title`, () => {
        expect(requestStatusWord(status, GB)).to.equal(word);
        expect(noticeText({ kind: 'request_decided', request: request({ status }) }, british(LONDON)).title).to.equal(
          `Reschedule request ${word}`,
        );
      });
    }
  });

  describe('cancellationConsequence', () => {
    const cases: { late: boolean; cutoffHours: number; includes: string[]; excludes: string[] }[] = [
      { late: true, cutoffHours: 24, includes: ['within 24 hours', 'late cancellation', "won't be credited back"], excludes: [] },
      { late: true, cutoffHours: 48, includes: ['within 48 hours', 'late cancellation'], excludes: ['24'] },
      { late: false, cutoffHours: 24, includes: ['credited back to your allowance'], excludes: ['late', "won't"] },
    ];
    for (const c of cases) {
      it(`${c.late ? 'late' : 'early'}, ${c.cutoffHours} h cutoff`, () => {
        const text = cancellationConsequence(c.late, c.cutoffHours, GB);
        for (const part of c.includes) expect(text).to.include(part);
        for (const part of c.excludes) expect(text).to.not.include(part);
      });
    }
  });
});
