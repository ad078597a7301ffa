// Reading the invitation of a received e-mail as a calendar would, with the iCalendar parser (ical.js).
import { expect } from 'chai';
import ICAL from 'ical.js';
import type { ReceivedMail } from './mailbox.js';

export interface ParsedEvent {
  method: string;
  uid: string;
  sequence: number;
  start: ICAL.Time;
  end: ICAL.Time;
  status: string;
  zone: string;
  description: string;
  location: string | null;
  url: string | null;
}

/** Reads an invitation the way a calendar does: with an iCalendar parser, not string matching. */
export function eventOf(mail: ReceivedMail): ParsedEvent {
  if (!mail.calendar) throw new Error(`no invitation in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(mail.calendar.content));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).to.have.length(1);
  const event = new ICAL.Event(vevents[0]);
  expect(mail.calendar.method, 'the MIME part names the same method').to.equal(calendar.getFirstPropertyValue('method'));
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate,
    end: event.endDate,
    status: String(vevents[0]?.getFirstPropertyValue('status')),
    zone: String(calendar.getFirstPropertyValue('x-wr-timezone')),
    description: event.description,
    location: event.location,
    url: (vevents[0]?.getFirstPropertyValue('url') as string | null) ?? null,
  };
}
