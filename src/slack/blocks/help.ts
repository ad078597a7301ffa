// What each role can do here, for people who are not (only) employees: shown by /wellbeing and on App Home.
import type { Actor } from '../../services/types.js';
import { therapistSettingsUsage } from '../../domain/therapist-settings-text.js';
import { commands } from '../ids.js';

export type TherapistSetting = 'link' | 'hours';

/** How a therapist writes `/wellbeing link` and `/wellbeing hours`. */
export const therapistSettingUsage: Record<TherapistSetting, string> = {
  link: `\`${commands.wellbeing} ${therapistSettingsUsage.link}\``,
  hours: `\`${commands.wellbeing} ${therapistSettingsUsage.hours}\``,
};

export function staffHelpLines(actor: Actor): string[] {
  const lines = ['*What you can do here*'];
  if (actor.roles.includes('therapist')) {
    lines.push(`• \`${commands.availability}\`: list, add and remove your open slots.`);
    lines.push('• Reply in a client’s thread in your channel and I pass it to them privately; confirm or decline their requests there.');
    lines.push(
      '• On this Home tab: cancel an upcoming session (always credited back to your client), and mark recent sessions Attended or No-show.',
    );
    lines.push(`• ${therapistSettingUsage.link}: the meeting link your clients see with each session.`);
    lines.push(`• ${therapistSettingUsage.hours}: your usual hours and reply time, told to clients who message you.`);
  }
  if (actor.roles.includes('hr_admin')) lines.push(`• \`${commands.usage} [YYYY-MM] [department]\`: programme usage, counts only.`);
  if (actor.roles.includes('hr_admin') || actor.roles.includes('operator')) {
    lines.push(`• \`${commands.link} @therapist\` in a channel: make it that therapist’s conversation channel.`);
  }
  return lines;
}
