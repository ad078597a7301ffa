// What each reader (employee, therapist, HR admin, operator, or several of these) is told they can do, in the
// words both platforms share; Slack (src/slack/blocks/help.ts) and Teams (src/teams/handlers/help.ts) add their
// own way of writing each command. Also which of the employee's actions a reader has, and what a reader without
// them is told instead. Pure.
import type { Role } from './types.js';

/** The roles in the order a reader's help lists them. */
export const helpRoles: readonly Role[] = ['employee', 'therapist', 'hr_admin', 'operator'];

/** The roles a reader's help speaks to, in help order. */
export function rolesOf(roles: readonly Role[]): Role[] {
  return helpRoles.filter((r) => roles.includes(r));
}

/** "As a therapist", for a reader with several roles: each role's lines under its own heading. */
export const roleHeading: Record<Role, string> = {
  employee: 'Your sessions',
  therapist: 'As a therapist',
  hr_admin: 'As an HR admin',
  operator: 'As an operator',
};

const roleName: Record<Role, string> = {
  employee: 'an employee',
  therapist: 'a therapist',
  hr_admin: 'an HR admin',
  operator: 'an operator',
};

/** Sentences about each role, the same on both platforms. */
export const helpWording = {
  /** Employees: how a change to a session works. */
  changeTakesEffect: 'A change takes effect once your therapist confirms it; until then your current session stands.',
  /** Therapists: what their cancellation means for the client. */
  therapistCancel:
    'ask a client to move an upcoming session (they accept or decline), cancel one (always credited back to your client), and mark recent sessions Attended or No-show',
  therapistMeetingLink: 'the meeting link your clients see with each session',
  therapistHours: 'your usual hours and reply time, told to clients who message you',
  therapistNotice: 'how many hours ahead clients can book with you (24 unless you set it)',
  therapistAway: 'days you are away: no times offered then, and clients who write are told when you are back',
  therapistAvailability: 'list, add and remove your open slots',
  changeTherapist: 'ask privately for a different therapist (no reason needed; your therapist is not told)',
  therapistRecommend:
    'extra sessions for a client who has used their month; the wellbeing service decides, and the employer only ever sees counts',
  hrUsage: 'programme usage for your organisation, counts only',
  linkChannel: 'make it that therapist’s conversation channel',
  privacy: {
    employee: 'Your HR team never sees your messages or the names of people using the service.',
    therapist: 'What your clients write is passed to you privately: it is never stored, and their HR team never sees it.',
    hr_admin: 'Usage reports show counts only, never names or messages.',
    operator: 'Linking a channel shows no one’s sessions or messages in it.',
  } satisfies Record<Role, string>,
} as const;

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

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

const whatIsMissing: Record<EmployeeAction, string> = {
  sessions: 'there are no sessions or allowance of yours to show',
  book: 'there is no therapist for you to book with',
  reschedule: 'there are no sessions of yours to move',
  cancel: 'there are no sessions of yours to cancel',
};

/**
 * Told to a reader who asks for an employee's action they do not have (an HR admin typing `sessions`): why, kindly,
 * and how to get it; the platform adds what the reader can do instead.
 */
export function notYourActionText(roles: readonly Role[], action: EmployeeAction): string {
  if (roles.includes('therapist'))
    return action === 'book'
      ? "Booking is for your clients: they book with me, and you see their sessions among your upcoming ones. To arrange a client's next session yourself, use Offer times in their thread: they book one of your times with one click."
      : 'Your clients ask to reschedule with me: their requests reach their thread in your channel, where you confirm, decline or propose another time. To move a session yourself, use Move session beside it in your upcoming sessions, or Move a session in the client’s thread; your client accepts or declines.';
  const as = listOf(rolesOf(roles).map((r) => roleName[r]));
  return `You're set up here as ${as || 'a member of staff'}, not as an employee, so ${whatIsMissing[action]}. If you'd like sessions for yourself, ask your wellbeing provider to add you as an employee.`;
}
