// The e-mail area of the catalogue, in British English: the confirmation e-mail's frame (src/email/) and the calendar
// invitation's text (src/calendar/). The notice itself comes from the wording area.
export const messages = {
  'email.greeting': 'Hello {name},',
  'email.zoneNote': 'Times are shown in your time zone.',
  'email.calendar.title': 'Private appointment',
  'email.calendar.session': 'Wellbeing session: {employee} with {therapist}',
  'email.calendar.when': '{when} ({zone})',
} as const;
