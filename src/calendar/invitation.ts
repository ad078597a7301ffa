// The calendar invitation (RFC 5545, iTIP) a change e-mail carries. One event per session chain: a booking is
// METHOD:REQUEST at SEQUENCE 0, each reschedule the same UID one higher, a cancellation METHOD:CANCEL one
// higher than the session it cancels, so Outlook, Google and Apple calendars update one event in place.
// Times are written in UTC; the reader's zone is named (X-WR-TIMEZONE and in the description), since a
// TZID would need a VTIMEZONE block that not every client reads the same way.
// Private by default (docs/design.md §10): CLASS:PRIVATE, and a neutral title that names nobody (a shared or
// delegated calendar shows titles to colleagues); who and when are only in the description.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { wordsFor } from '../i18n/words.js';
import type { Notice, Recipient, SessionView } from '../notices/notice.js';

export interface Invitation {
  method: 'REQUEST' | 'CANCEL';
  /** The whole VCALENDAR text. */
  content: string;
}

export interface Organiser {
  name: string;
  email: string;
}

/** The domain part of event UIDs: stable for a deployment, so a chain keeps its UID across releases. */
export const UID_DOMAIN = 'wellbeing-assistant';

/**
 * The title every invitation carries unless the organisation sets its own (`set-policy --calendar-title`), in British
 * English; each reader's invitation carries it in their own language (`defaultPrivateTitle`).
 */
export const DEFAULT_PRIVATE_TITLE = 'Private appointment';

export function defaultPrivateTitle(reader: Recipient): string {
  return wordsFor(reader).t('email.calendar.title');
}

export const eventUid = (chainId: string) => `session-${chainId}@${UID_DOMAIN}`;

interface EventChange {
  method: 'REQUEST' | 'CANCEL';
  session: SessionView;
}

/** Which notices change a calendar event, and how. Other notices carry no invitation. */
function eventChangeOf(notice: Notice): EventChange | null {
  switch (notice.kind) {
    case 'session_booked':
      return { method: 'REQUEST', session: notice.session };
    case 'session_rescheduled':
      return { method: 'REQUEST', session: notice.session };
    case 'session_cancelled':
      return { method: 'CANCEL', session: notice.session };
    default:
      return null;
  }
}

function sequenceOf(change: EventChange): number {
  const base = change.session.calendar?.sequence ?? 0;
  return change.method === 'CANCEL' ? base + 1 : base;
}

/**
 * The invitation for this reader, in their language, or null when the notice does not change their calendar. `title`:
 * the organisation's neutral title (data, shown as set; without one, the default in the reader's language); it never
 * carries a name, so a name-like setting is not asked for here.
 */
export function invitationFor(
  notice: Notice,
  reader: Recipient & { email: string },
  organiser: Organiser,
  stamp: Date,
  title?: string | null,
): Invitation | null {
  const change = eventChangeOf(notice);
  if (!change) return null;
  const { session } = change;
  const w = wordsFor(reader);
  const calendar = ical({
    prodId: { company: 'Wellbeing', product: 'Session assistant', language: 'EN' },
    method: change.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    x: [{ key: 'X-WR-TIMEZONE', value: reader.zone }],
  });
  calendar.createEvent({
    id: eventUid(session.calendar?.chainId ?? session.id),
    sequence: sequenceOf(change),
    stamp,
    start: session.start,
    end: session.end,
    summary: title ?? defaultPrivateTitle(reader),
    class: ICalEventClass.PRIVATE,
    // Where the session takes place: the therapist's meeting link, which calendars offer to open.
    location: session.joinUrl ?? null,
    url: session.joinUrl ?? null,
    description: [
      w.t('email.calendar.session', { employee: session.employeeName, therapist: session.therapistName }),
      w.t('email.calendar.when', { when: w.span(session), zone: reader.zone }),
      ...(session.joinUrl ? [w.t('wording.line.join', { url: session.joinUrl })] : []),
    ].join('\n'),
    status: change.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: organiser.name, email: organiser.email },
    attendees: [
      {
        name: reader.displayName,
        email: reader.email,
        role: ICalAttendeeRole.REQ,
        status: change.method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  return { method: change.method, content: calendar.toString() };
}
