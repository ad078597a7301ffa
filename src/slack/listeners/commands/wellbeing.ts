// /wellbeing: the employee's overview (as on App Home) plus help, visible only to them.
import type { KnownBlock } from '@slack/types';
import { refusalText } from '../../../domain/refusals.js';
import { divider, section } from '../../blocks/common.js';
import { staffHelpLines } from '../../blocks/help.js';
import { helpLines, overviewBlocks } from '../../blocks/overview.js';
import type { SlackDeps } from '../../context.js';
import { whoIs } from '../../context.js';
import type { CommandArgs } from './types.js';

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
        : [section(staffHelpLines(actor).join('\n'))];
      await respond({ response_type: 'ephemeral', text: 'Your wellbeing sessions', blocks });
    });
  };
}
