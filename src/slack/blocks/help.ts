// What each reader can do in Slack, for their own roles only and for where they read it: their App Home, the
// private reply to `/wellbeing` (read in whatever channel it was typed), or the bot's DM. A reader with several
// roles gets each role's lines under its own heading. The sentences shared with Teams are in src/domain/help.ts.
import type { Role } from '../../domain/types.js';
import { hasEmployeeAction, helpWording, notYourActionText, roleHeading, rolesOf, type EmployeeAction } from '../../domain/help.js';
import { therapistSettingsUsage } from '../../domain/therapist-settings-text.js';
import type { Words } from '../../i18n/words.js';
import type { Actor } from '../../services/types.js';
import { commands } from '../ids.js';

export type TherapistSetting = 'link' | 'hours' | 'notice' | 'away';

/** How a therapist writes `/wellbeing link` and `/wellbeing hours`, explained in the reader's words. */
export function therapistSettingUsage(w: Words): Record<TherapistSetting, string> {
  const usage = therapistSettingsUsage(w);
  return {
    link: `\`${commands.wellbeing} ${usage.link}\``,
    hours: `\`${commands.wellbeing} ${usage.hours}\``,
    notice: `\`${commands.wellbeing} ${usage.notice}\``,
    away: `\`${commands.wellbeing} ${usage.away}\``,
  };
}

/** Where the help is read: it says "this Home tab" only there, and "the buttons above" only under the overview. */
export type HelpSurface = 'home' | 'slash' | 'dm';

/**
 * What the Home tab shows each reader: an employee's overview when they are one (whatever else they are), a
 * therapist's sessions otherwise (src/slack/home.ts).
 */
const homeShows = (roles: readonly Role[]): 'overview' | 'therapist' | 'help' =>
  roles.includes('employee') ? 'overview' : roles.includes('therapist') ? 'therapist' : 'help';

const code = (text: string): string => `\`${text}\``;

/** "• `command`: what it does." in the reader's punctuation. */
const commandLine = (w: Words, command: string, what: string): string => w.t('slack.help.commandLine', { command, what });

function employeeLines(w: Words, surface: HelpSurface): string[] {
  const forms = {
    book: code(`${commands.wellbeing} book`),
    reschedule: code(`${commands.wellbeing} reschedule`),
    cancel: code(`${commands.wellbeing} cancel`),
  };
  return [
    surface === 'home' ? w.t('slack.help.employeeDmHome') : w.t('slack.help.employeeDm'),
    surface === 'home'
      ? w.t('slack.help.employeeFormsHome', forms)
      : w.t('slack.help.employeeForms', { ...forms, wellbeing: code(commands.wellbeing) }),
    `• ${helpWording(w).changeTakesEffect}`,
    w.t('slack.help.changeTherapist', { what: helpWording(w).changeTherapist }),
  ];
}

function therapistLines(w: Words, roles: readonly Role[], surface: HelpSurface): string[] {
  const home = homeShows(roles) === 'therapist';
  return [
    w.t('slack.help.therapistThread'),
    commandLine(w, code(commands.availability), helpWording(w).therapistAvailability),
    // The Home tab has the therapist's sessions only when they are not also an employee (whose overview it shows).
    ...(home
      ? [
          surface === 'home'
            ? w.t('slack.help.therapistHomeHere', { what: helpWording(w).therapistCancel })
            : w.t('slack.help.therapistHomeThere', { what: helpWording(w).therapistCancel }),
          w.t('slack.help.therapistRecommend', { surface: surface === 'home' ? 'home' : 'other', what: helpWording(w).therapistRecommend }),
        ]
      : []),
    commandLine(w, therapistSettingUsage(w).link, helpWording(w).therapistMeetingLink),
    commandLine(w, therapistSettingUsage(w).hours, helpWording(w).therapistHours),
    commandLine(w, therapistSettingUsage(w).notice, helpWording(w).therapistNotice),
    commandLine(w, therapistSettingUsage(w).away, helpWording(w).therapistAway),
  ];
}

const hrLines = (w: Words): string[] => [
  commandLine(w, w.t('slack.help.usageCommand', { command: commands.usage }), helpWording(w).hrUsage),
];
const linkLine = (w: Words): string => w.t('slack.help.linkChannel', { command: commands.link, what: helpWording(w).linkChannel });

/** Each role's lines; linking a channel is listed once, under the first role that may do it. */
function sections(w: Words, actor: Actor, surface: HelpSurface): { role: Role; lines: string[] }[] {
  const roles = rolesOf(actor.roles);
  const linker = roles.find((r) => r === 'hr_admin' || r === 'operator');
  return roles.map((role) => {
    const lines =
      role === 'employee'
        ? employeeLines(w, surface)
        : role === 'therapist'
          ? therapistLines(w, roles, surface)
          : role === 'hr_admin'
            ? hrLines(w)
            : [];
    return { role, lines: role === linker ? [...lines, linkLine(w)] : lines };
  });
}

/** The reader's whole help, in `w` (the actor's own words): a heading, then their roles' lines. */
export function helpLines(w: Words, actor: Actor, surface: HelpSurface): string[] {
  const shown = sections(w, actor, surface).filter((s) => s.lines.length > 0);
  const title = actor.roles.includes('employee')
    ? w.t('slack.help.titleEmployee')
    : surface === 'home'
      ? w.t('slack.help.titleHome')
      : w.t('slack.help.title');
  if (shown.length === 1) return [title, ...(shown[0]?.lines ?? [])];
  return [title, ...shown.flatMap((s) => [`_${roleHeading(s.role, actor)}_`, ...s.lines])];
}

/** The notification text of a `/wellbeing` reply: an employee's sessions, or what a member of staff can do. */
export function helpNotificationText(w: Words, actor: Actor): string {
  return actor.roles.includes('employee') ? w.t('slack.overview.title') : w.t('slack.help.notification');
}

/** "a, b or c" in the reader's language. */
/** "Usage: `…`." for one way of writing a command. */
export const usageLine = (w: Words, forms: string): string => w.t('slack.help.usage', { forms });

/** How to write `/wellbeing`, for someone who typed a word it does not know: their own subcommands only. */
export function wellbeingUsage(w: Words, roles: readonly Role[]): string {
  const forms = [code(commands.wellbeing)];
  if (roles.includes('employee')) forms.push(...['book', 'reschedule', 'cancel'].map((word) => code(`${commands.wellbeing} ${word}`)));
  if (roles.includes('therapist')) forms.push(therapistSettingUsage(w).link, therapistSettingUsage(w).hours);
  return usageLine(w, w.list(forms, 'or'));
}

/** Whether `/wellbeing book|reschedule|cancel` is for this reader. */
export const hasSlackAction = (actor: Actor, action: EmployeeAction): boolean => hasEmployeeAction(actor.roles, action);

/** What a reader is told instead of an employee's form they have no use for, with what they can do. */
export function notYourActionLines(w: Words, actor: Actor, action: EmployeeAction): string[] {
  return [notYourActionText(actor.roles, action, w), helpLines(w, actor, 'slash').join('\n')];
}
