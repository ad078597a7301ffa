// Sample service results for rendering Teams cards without a database.
import type { RequestView, SessionView } from '../../src/notices/notice.js';
import type { Actor, CancelPreview, Overview, SlotView, UsageReport } from '../../src/services/types.js';
import { requestViewOf, sessionViewOf } from './views.js';

const hour = 3_600_000;
const base = Date.UTC(2026, 2, 10, 14, 0);
export const at = (hoursFromBase: number, minutes = 0): Date => new Date(base + hoursFromBase * hour + minutes * 60_000);

export const sampleActor: Actor = {
  personId: 'p-employee',
  orgId: 'org-1',
  displayName: 'Alex Employee',
  roles: ['employee'],
  zone: 'Europe/London',
  locale: 'en-GB',
  identity: { platform: 'teams', workspaceId: 'tenant-1', userId: 'aad-alex' },
};

export const sampleSession: SessionView = sessionViewOf({ start: at(0), end: at(0, 50) }, { id: 's-1' });

export const sampleRequest: RequestView = requestViewOf({
  id: 'r-1',
  sessionId: 's-1',
  current: { start: at(0), end: at(0, 50) },
  proposed: { start: at(48), end: at(48, 50) },
  custom: true,
  reason: 'A work trip "moved" <b>unexpectedly</b> ${notATemplate}',
});

export const sampleSlots: SlotView[] = [
  { id: 'slot-1', start: at(24), end: at(24, 50), held: false },
  { id: 'slot-2', start: at(25), end: at(25, 50), held: true },
];

export const sampleOverview: Overview = {
  actor: sampleActor,
  therapistName: 'Dr Sam Therapist',
  upcoming: [
    { ...sampleSession, canReschedule: true, pendingRequest: null },
    { ...sampleSession, id: 's-2', start: at(2), end: at(2, 50), canReschedule: false, pendingRequest: sampleRequest },
  ],
  allowance: [
    { month: '2026-03', allowance: 4, used: 1, left: 3 },
    { month: '2026-04', allowance: 4, used: 0, left: 4 },
  ],
  cutoffHours: 24,
};

export const sampleCancelPreview: CancelPreview = { session: sampleSession, late: true, consequence: '', by: 'employee' };

export const sampleUsage: UsageReport = {
  orgId: 'org-1',
  month: '2026-03',
  minGroupSize: 5,
  rows: [
    {
      month: '2026-03',
      department: 'All departments',
      employees: 12,
      employeesWhoBooked: 9,
      booked: 20,
      completed: 15,
      cancelled: 2,
      lateCancelled: 1,
      rescheduled: 3,
      allowanceUtilisation: 0.42,
      suppressed: false,
      suppressedBecause: null,
    },
    {
      month: '2026-03',
      department: 'Finance',
      employees: null,
      employeesWhoBooked: null,
      booked: null,
      completed: null,
      cancelled: null,
      lateCancelled: null,
      rescheduled: null,
      allowanceUtilisation: null,
      suppressed: true,
      suppressedBecause: 'reveals_small_group',
    },
  ],
};
