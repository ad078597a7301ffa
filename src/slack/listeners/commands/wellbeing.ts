// /wellbeing: the employee's overview (as on App Home) plus help, visible only to them.
import type { KnownBlock } from '@slack/types';
import { refusalText } from '../../../domain/refusals.js';
import type { Actor } from '../../../services/types.js';
import { divider, section } from '../../blocks/common.js';
import { helpLines, overviewBlocks } from '../../blocks/overview.js';
import type { SlackDeps } from '../../context.js';
import { whoIs } from '../../context.js';
import { commands } from '../../ids.js';
import type { CommandArgs } from './types.js';

function otherRoleHelp(actor: Actor): string[] {
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

export function wellbeingCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond }: CommandArgs): Promise<void> => {
    await ack();
    deps.background('wellbeing', async () => {
      const actor = await whoIs(deps, command.team_id, command.user_id);
      if (!actor) {
        await respond({ response_type: 'ephemeral', text: refusalText({ code: 'not_registered' }) });
        return;
      }
      const blocks: KnownBlock[] = actor.roles.includes('employee')
        ? [...overviewBlocks(await deps.services.sessions.overview(actor)), divider(), section(helpLines.join('\n'))]
        : [section(otherRoleHelp(actor).join('\n'))];
      await respond({ response_type: 'ephemeral', text: 'Your wellbeing sessions', blocks });
    });
  };
}
