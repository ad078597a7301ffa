// The e-mail frame and calendar invitation text in every language (short enough to keep in one file).
import type { AreaCatalogue } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const email: AreaCatalogue<typeof enGB> = {
  'en-GB': enGB,
  'en-US': enGB,
  de: {
    'email.greeting': 'Hallo {name},',
    'email.zoneNote': 'Alle Zeiten sind in Ihrer Zeitzone angegeben.',
    'email.calendar.title': 'Privater Termin',
    'email.calendar.session': 'Wellbeing-Sitzung: {employee} mit {therapist}',
    'email.calendar.when': '{when} ({zone})',
  },
  fr: {
    'email.greeting': 'Bonjour {name},',
    'email.zoneNote': 'Les horaires sont indiqués dans votre fuseau horaire.',
    'email.calendar.title': 'Rendez-vous privé',
    'email.calendar.session': 'Séance de bien-être : {employee} avec {therapist}',
    'email.calendar.when': '{when} ({zone})',
  },
  es: {
    'email.greeting': 'Hola, {name}:',
    'email.zoneNote': 'Las horas se muestran en tu zona horaria.',
    'email.calendar.title': 'Cita privada',
    'email.calendar.session': 'Sesión de bienestar: {employee} con {therapist}',
    'email.calendar.when': '{when} ({zone})',
  },
  nl: {
    'email.greeting': 'Hallo {name},',
    'email.zoneNote': 'Tijden staan in jouw tijdzone.',
    'email.calendar.title': 'Privéafspraak',
    'email.calendar.session': 'Welzijnssessie: {employee} met {therapist}',
    'email.calendar.when': '{when} ({zone})',
  },
};
