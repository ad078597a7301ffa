// Private by default (docs/design.md §10): every invitation is CLASS:PRIVATE with a neutral title that names nobody
// (the organisation's, default "Private appointment"); who and when are only in the description.
import { expect } from 'chai';
import ICAL from 'ical.js';
import { DEFAULT_PRIVATE_TITLE, invitationFor } from '../../src/calendar/invitation.js';
import { calendarTitleLookup } from '../../src/calendar/title.js';
import type { Notice, Recipient } from '../../src/notices/notice.js';

const session = {
  id: 's1',
  start: new Date('2030-01-10T14:00:00Z'),
  end: new Date('2030-01-10T14:50:00Z'),
  status: 'booked' as const,
  employeeName: 'Jo Bloggs',
  therapistName: 'Dr Sam Rivers',
  calendar: { chainId: 'c1', sequence: 0 },
};
const employee: Recipient & { email: string } = {
  personId: 'p1',
  displayName: 'Jo Bloggs',
  zone: 'Europe/London',
  locale: 'en-GB',
  identity: { platform: 'slack', workspaceId: 'T', userId: 'U' },
  email: 'jo@example.com',
};
const organiser = { name: 'Wellbeing', email: 'no-reply@example.com' };

function eventOf(notice: Notice, title?: string) {
  const invitation = invitationFor(notice, employee, organiser, new Date('2030-01-07T10:00:00Z'), title);
  if (!invitation) throw new Error('no invitation');
  const vevent = new ICAL.Component(ICAL.parse(invitation.content)).getFirstSubcomponent('vevent');
  return {
    summary: String(vevent?.getFirstPropertyValue('summary')),
    klass: String(vevent?.getFirstPropertyValue('class')),
    description: String(vevent?.getFirstPropertyValue('description')),
  };
}

describe('calendar: private invitations', () => {
  for (const notice of [
    { kind: 'session_booked', session },
    {
      kind: 'session_cancelled',
      session: { ...session, status: 'cancelled' },
      late: false,
      reason: 'QX private reason',
      cancelledBy: 'employee',
    },
  ] as Notice[]) {
    it(`${notice.kind}: CLASS:PRIVATE, a neutral title naming nobody, the details in the description only`, () => {
      const event = eventOf(notice);
      expect(event.klass).to.equal('PRIVATE');
      expect(event.summary).to.equal(DEFAULT_PRIVATE_TITLE);
      expect(event.summary).to.not.match(/Sam|Rivers|Jo|Bloggs|therap|wellbeing/i);
      expect(event.description).to.include('Dr Sam Rivers');
      expect(event.description).to.not.include('QX private reason');
    });
  }

  it("uses the organisation's own title when it sets one", async () => {
    expect(eventOf({ kind: 'session_booked', session }, 'Appointment').summary).to.equal('Appointment');
    const lookup = calendarTitleLookup({
      counterpartsOf: async () => [{ orgId: 'acme' }] as never,
      organisation: async (id: string) => (id === 'acme' ? ({ calendarTitle: 'Busy' } as never) : null),
    });
    expect(await lookup(employee)).to.equal('Busy');
  });
});
