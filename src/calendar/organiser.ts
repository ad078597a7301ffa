// The invitation's ORGANIZER is the service's own sender address (EMAIL_FROM), never a person's.
import addressparser from 'nodemailer/lib/addressparser/index.js';
import type { Organiser } from './invitation.js';

export function organiserOf(from: string): Organiser {
  const [first] = addressparser(from, { flatten: true });
  return { name: first?.name || 'Wellbeing', email: first?.address || 'no-reply@localhost' };
}
