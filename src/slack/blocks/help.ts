// What each reader can do in Slack, for their own roles only and for where they read it: their App Home, the
// private reply to `/wellbeing` (read in whatever channel it was typed), or the bot's DM. A reader with several
// roles gets each role's lines under its own heading. The sentences shared with Teams are in src/domain/help.ts.
import type { Role } from '../../domain/types.js';
import { hasEmployeeAction, helpWording, notYourActionText, roleHeading, rolesOf, type EmployeeAction } from '../../domain/help.js';
import { therapistSettingsUsage } from '../../domain/therapist-settings-text.js';
import type { Actor } from '../../services/types.js';
import { commands } from '../ids.js';

export type TherapistSetting = 'link' | 'hours' | 'notice' | 'away';

/** How a therapist writes `/wellbeing link` and `/wellbeing hours`. */
export const therapistSettingUsage: Record<TherapistSetting, string> = {
  link: `\`${commands.wellbeing} ${therapistSettingsUsage().link}\``,
  hours: `\`${commands.wellbeing} ${therapistSettingsUsage().hours}\``,
  notice: `\`${commands.wellbeing} ${therapistSettingsUsage().notice}\``,
  away: `\`${commands.wellbeing} ${therapistSettingsUsage().away}\``,
};

/** Where the help is read: it says "this Home tab" only there, and "the buttons above" only under the overview. */
export type HelpSurface = 'home' | 'slash' | 'dm';

/**
 * What the Home tab shows each reader: an employee's overview when they are one (whatever else they are), a
 * therapist's sessions otherwise (src/slack/home.ts).
 */
const homeShows = (roles: readonly Role[]): 'overview' | 'therapist' | 'help' =>
  roles.includes('employee') ? 'overview' : roles.includes('therapist') ? 'therapist' : 'help';

function employeeLines(surface: HelpSurface): string[] {
  const forms = `\`${commands.wellbeing} book\`, \`${commands.wellbeing} reschedule\` or \`${commands.wellbeing} cancel\``;
  return [
    surface === 'home'
      ? '• Send me a direct message (the *Messages* tab above) and I pass it privately to your therapist; their replies come back there.'
      : '• Send me a direct message and I pass it privately to your therapist; their replies come back there.',
    surface === 'home'
      ? `• Book, reschedule or cancel with the buttons above, or type ${forms} in any message box.`
      : `• Book, reschedule or cancel with the buttons above, on my *Home* tab, or with ${forms}. Type \`${commands.wellbeing}\` any time to see this again.`,
    `• ${helpWording().changeTakesEffect}`,
    `• *Change therapist* (a button with your sessions): ${helpWording().changeTherapist}.`,
  ];
}

function therapistLines(roles: readonly Role[], surface: HelpSurface): string[] {
  const home = homeShows(roles) === 'therapist';
  return [
    '• Reply in a client’s thread in your channel and I pass it to them privately; confirm, decline or propose another time on their requests there.',
    `• \`${commands.availability}\`: ${helpWording().therapistAvailability}.`,
    // The Home tab has the therapist's sessions only when they are not also an employee (whose overview it shows).
    ...(home
      ? [
          surface === 'home'
            ? `• On this Home tab: ${helpWording().therapistCancel}.`
            : `• On my *Home* tab: ${helpWording().therapistCancel}.`,
          `• *Recommend more sessions* on ${surface === 'home' ? 'this' : 'my'} Home tab: ${helpWording().therapistRecommend}.`,
        ]
      : []),
    `• ${therapistSettingUsage.link}: ${helpWording().therapistMeetingLink}.`,
    `• ${therapistSettingUsage.hours}: ${helpWording().therapistHours}.`,
    `• ${therapistSettingUsage.notice}: ${helpWording().therapistNotice}.`,
    `• ${therapistSettingUsage.away}: ${helpWording().therapistAway}.`,
  ];
}

const hrLines = (): string[] => [`• \`${commands.usage} [YYYY-MM] [department]\`: ${helpWording().hrUsage}.`];
const linkLine = `• \`${commands.link} @therapist\` in a channel: ${helpWording().linkChannel}.`;

/** Each role's lines; linking a channel is listed once, under the first role that may do it. */
function sections(actor: Actor, surface: HelpSurface): { role: Role; lines: string[] }[] {
  const roles = rolesOf(actor.roles);
  const linker = roles.find((r) => r === 'hr_admin' || r === 'operator');
  return roles.map((role) => {
    const lines =
      role === 'employee'
        ? employeeLines(surface)
        : role === 'therapist'
          ? therapistLines(roles, surface)
          : role === 'hr_admin'
            ? hrLines()
            : [];
    return { role, lines: role === linker ? [...lines, linkLine] : lines };
  });
}

/** The reader's whole help: a heading, then their roles' lines (each under its role's heading when several). */
export function helpLines(actor: Actor, surface: HelpSurface): string[] {
  const shown = sections(actor, surface).filter((s) => s.lines.length > 0);
  const title = actor.roles.includes('employee') ? '*How this works*' : surface === 'home' ? '*What you can do here*' : '*What you can do*';
  if (shown.length === 1) return [title, ...(shown[0]?.lines ?? [])];
  return [title, ...shown.flatMap((s) => [`_${roleHeading(s.role, actor)}_`, ...s.lines])];
}

/** The notification text of a `/wellbeing` reply: an employee's sessions, or what a member of staff can do. */
export function helpNotificationText(actor: Actor): string {
  return actor.roles.includes('employee') ? 'Your wellbeing sessions' : 'What you can do with the wellbeing assistant';
}

/** How to write `/wellbeing`, for someone who typed a word it does not know: their own subcommands only. */
export function wellbeingUsage(roles: readonly Role[]): string {
  const forms = [`\`${commands.wellbeing}\``];
  if (roles.includes('employee')) forms.push(...['book', 'reschedule', 'cancel'].map((w) => `\`${commands.wellbeing} ${w}\``));
  if (roles.includes('therapist')) forms.push(therapistSettingUsage.link, therapistSettingUsage.hours);
  return `Usage: ${forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}` : forms[0]}.`;
}

/** Whether `/wellbeing book|reschedule|cancel` is for this reader. */
export const hasSlackAction = (actor: Actor, action: EmployeeAction): boolean => hasEmployeeAction(actor.roles, action);

/** What a reader is told instead of an employee's form they have no use for, with what they can do. */
export function notYourActionLines(actor: Actor, action: EmployeeAction): string[] {
  return [notYourActionText(actor.roles, action), helpLines(actor, 'slash').join('\n')];
}
