// Views as notices carry them, for tests of wording and rendering. Current session Thu 15 Jan 2026
// 14:00–14:50Z; the requested time Tue 20 Jan 2026 16:00–16:50Z.
import type { OfferView, RequestView, SessionView } from '../../src/notices/notice.js';

export const sampleCurrent = { start: new Date('2026-01-15T14:00:00Z'), end: new Date('2026-01-15T14:50:00Z') };
export const sampleProposed = { start: new Date('2026-01-20T16:00:00Z'), end: new Date('2026-01-20T16:50:00Z') };

export function requestViewOf(overrides: Partial<RequestView> = {}): RequestView {
  return {
    id: 'req-1',
    sessionId: 'ses-1',
    current: sampleCurrent,
    proposed: sampleProposed,
    custom: false,
    reason: 'Work trip that week',
    requestedBy: 'employee',
    awaiting: 'therapist',
    status: 'pending',
    decisionNote: null,
    employeeName: 'Alex Employee',
    therapistName: 'Dr Sam Therapist',
    ...overrides,
  };
}

export function sessionViewOf(span: { start: Date; end: Date }, overrides: Partial<SessionView> = {}): SessionView {
  return { id: 'ses-1', ...span, status: 'booked', employeeName: 'Alex Employee', therapistName: 'Dr Sam Therapist', ...overrides };
}

/** The request the Slack tests render: 2030 times, the fixture world's names. */
export const slackSampleRequest = (reason: string): RequestView =>
  requestViewOf({
    id: 'req1',
    sessionId: 'ses1',
    current: { start: new Date('2030-01-10T10:00:00Z'), end: new Date('2030-01-10T10:50:00Z') },
    proposed: { start: new Date('2030-01-12T15:00:00Z'), end: new Date('2030-01-12T15:50:00Z') },
    reason,
    employeeName: 'Employee 1',
    therapistName: 'Dr Sam Rivers',
  });

/** An offer of the two sample times, held until Sat 10 Jan 2026 12:00Z. */
export function offerViewOf(overrides: Partial<OfferView> = {}): OfferView {
  return {
    id: 'off-1',
    clientId: 'emp-1',
    times: [sampleCurrent, sampleProposed],
    expiresAt: new Date('2026-01-10T12:00:00Z'),
    status: 'open',
    bookedIndex: null,
    employeeName: 'Alex Employee',
    therapistName: 'Dr Sam Therapist',
    ...overrides,
  };
}
