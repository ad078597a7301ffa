// What each role can do here, for people who are not (only) employees: shown by /wellbeing and on App Home.
import type { Actor } from '../../services/types.js';
import { commands } from '../ids.js';

export function staffHelpLines(actor: Actor): string[] {
  const lines = ['*What you can do here*'];
  if (actor.roles.includes('therapist')) {
    lines.push(`• \`${commands.availability}\`: list, add and remove your open slots.`);
    lines.push('• Reply in a client’s thread in your channel and I pass it to them privately; confirm or decline their requests there.');
  }
  if (actor.roles.includes('hr_admin')) lines.push(`• \`${commands.usage} [YYYY-MM] [department]\`: programme usage, counts only.`);
  if (actor.roles.includes('hr_admin') || actor.roles.includes('operator')) {
    lines.push(`• \`${commands.link} @therapist\` in a channel: make it that therapist’s conversation channel.`);
  }
  return lines;
}
