// /wellbeing [book | reschedule | cancel | help]: without an argument, the employee's overview (as on App Home) plus
// help, visible only to them; with one, the matching form opens directly. Therapists also set their own tools here:
// `/wellbeing link …` and `/wellbeing hours …` (see therapist-settings.ts).
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { refusalText } from '../../../domain/refusals.js';
import { divider, MAX_MESSAGE_BLOCKS, section } from '../../blocks/common.js';
import { staffHelpLines } from '../../blocks/help.js';
import { helpLines, overviewBlocks } from '../../blocks/overview.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, whoIs } from '../../context.js';
import { commands } from '../../ids.js';
import { bookContent, sessionChoiceContent, titles } from '../../modal-content.js';
import type { TherapistSetting } from '../../blocks/help.js';
import { setTherapistSetting } from './therapist-settings.js';
import type { CommandArgs } from './types.js';

const subcommand = z.preprocess(
  (v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  z.enum(['', 'help', 'book', 'reschedule', 'cancel']),
);
/** The two subcommands that take an argument: the first word, and the rest as typed (quotes and all). */
const settingCommand = /^(link|hours)(?:\s+([\s\S]*))?$/i;
export const wellbeingHint = `Usage: \`${commands.wellbeing}\`, or \`${commands.wellbeing} book\`, \`${commands.wellbeing} reschedule\`, \`${commands.wellbeing} cancel\`.`;

export function wellbeingCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond, client }: CommandArgs): Promise<void> => {
    await ack();
    const setting = settingCommand.exec(command.text.trim());
    if (setting) {
      const name = (setting[1] ?? '').toLowerCase() as TherapistSetting;
      deps.background(`wellbeing-${name}`, async () => {
        const actor = await whoIs(deps, command.team_id, command.user_id);
        const text = actor
          ? await setTherapistSetting(deps.services, actor, name, setting[2] ?? '')
          : refusalText({ code: 'not_registered' });
        await respond({ response_type: 'ephemeral', text });
      });
      return;
    }
    const parsed = subcommand.safeParse(command.text);
    const at = { triggerId: command.trigger_id, workspaceId: command.team_id, userId: command.user_id };
    if (parsed.success && parsed.data === 'book') {
      openThenFill(client, deps, 'wellbeing-book', { ...at, title: titles.book }, (actor) => bookContent(deps, actor));
      return;
    }
    if (parsed.success && (parsed.data === 'reschedule' || parsed.data === 'cancel')) {
      const purpose = parsed.data;
      openThenFill(client, deps, `wellbeing-${purpose}`, { ...at, title: titles[purpose] }, (actor) =>
        sessionChoiceContent(deps, actor, purpose),
      );
      return;
    }
    deps.background('wellbeing', async () => {
      const actor = await whoIs(deps, command.team_id, command.user_id);
      if (!actor) {
        await respond({ response_type: 'ephemeral', text: refusalText({ code: 'not_registered' }) });
        return;
      }
      const blocks: KnownBlock[] = actor.roles.includes('employee')
        ? // A message holds 50 blocks: room is kept for the help below and the usage hint above.
          [
            ...overviewBlocks(await deps.services.sessions.overview(actor), MAX_MESSAGE_BLOCKS - 3),
            divider(),
            section(helpLines.join('\n')),
          ]
        : [section(staffHelpLines(actor).join('\n'))];
      if (!parsed.success) blocks.unshift(section(wellbeingHint));
      await respond({ response_type: 'ephemeral', text: 'Your wellbeing sessions', blocks });
    });
  };
}
