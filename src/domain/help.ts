// What each reader (employee, therapist, HR admin, operator, or several of these) is told they can do, in the
// words both platforms share; Slack (src/slack/blocks/help.ts) and Teams (src/teams/handlers/help.ts) add their
// own way of writing each command. Also which of the employee's actions a reader has, and what a reader without
// them is told instead. Pure.
import type { Reader } from '../i18n/locales.js';
import type { Words } from '../i18n/words.js';
import { wordsFor } from '../i18n/words.js';
import type { Role } from './types.js';

/** The roles in the order a reader's help lists them. */
export const helpRoles: readonly Role[] = ['employee', 'therapist', 'hr_admin', 'operator'];

/** The roles a reader's help speaks to, in help order. */
export function rolesOf(roles: readonly Role[]): Role[] {
  return helpRoles.filter((r) => roles.includes(r));
}

/** "As a therapist", for a reader with several roles: each role's lines under its own heading. */
export function roleHeading(role: Role, reader: Reader): string {
  return wordsFor(reader).t('wording.help.heading', { role });
}

/** Sentences about each role, the same on both platforms, in the reader's words. */
export function helpWording(reader: Reader) {
  const w = wordsFor(reader);
  return {
    /** Employees: how a change to a session works. */
    changeTakesEffect: w.t('wording.help.changeTakesEffect'),
    /** Therapists: what their cancellation means for the client. */
    therapistCancel: w.t('wording.help.therapistCancel'),
    therapistMeetingLink: w.t('wording.help.therapistMeetingLink'),
    therapistHours: w.t('wording.help.therapistHours'),
    therapistNotice: w.t('wording.help.therapistNotice'),
    therapistAway: w.t('wording.help.therapistAway'),
    therapistAvailability: w.t('wording.help.therapistAvailability'),
    changeTherapist: w.t('wording.help.changeTherapist'),
    therapistRecommend: w.t('wording.help.therapistRecommend'),
    hrUsage: w.t('wording.help.hrUsage'),
    linkChannel: w.t('wording.help.linkChannel'),
    privacy: {
      employee: w.t('wording.help.privacy.employee'),
      therapist: w.t('wording.help.privacy.therapist'),
      hr_admin: w.t('wording.help.privacy.hr_admin'),
      operator: w.t('wording.help.privacy.operator'),
    } satisfies Record<Role, string>,
  } as const;
}

/** The employee's own actions, which a person without the employee role may still ask for. */
export type EmployeeAction = 'sessions' | 'book' | 'reschedule' | 'cancel';

/**
 * Whether a reader has this action. Employees have all of them; a therapist's `sessions` is their week and their
 * `cancel` cancels a client's session, but booking and rescheduling are their clients' to ask for.
 */
export function hasEmployeeAction(roles: readonly Role[], action: EmployeeAction): boolean {
  if (roles.includes('employee')) return true;
  return roles.includes('therapist') && (action === 'sessions' || action === 'cancel');
}

/** "an HR admin and an operator": the reader's roles, in their words. */
function rolesList(roles: Role[], w: Words): string {
  const names = roles.map((role) => w.t('wording.help.notYours.role', { role }));
  return w.t('wording.help.notYours.roles', {
    count: names.length,
    first: names[0] ?? '',
    middle: names.slice(1, -1).join(', '),
    last: names.at(-1) ?? '',
  });
}

/**
 * Told to a reader who asks for an employee's action they do not have (an HR admin typing `sessions`): why, kindly,
 * and how to get it; the platform adds what the reader can do instead.
 */
export function notYourActionText(roles: readonly Role[], action: EmployeeAction, reader: Reader): string {
  const w = wordsFor(reader);
  if (roles.includes('therapist'))
    return w.t(action === 'book' ? 'wording.help.notYours.therapistBook' : 'wording.help.notYours.therapistOther');
  return w.t('wording.help.notYours.staff', { roles: rolesList(rolesOf(roles), w), action });
}
