// /wellbeing [book | reschedule | cancel | help]: without an argument, the employee's overview (as on App Home) plus
// the reader's own help (blocks/help.ts), visible only to them; with one, the matching form opens directly, or, for
// someone the form is not for (an HR admin's `book`), what they can do instead. Therapists also set their own tools
// here: `/wellbeing link …` and `/wellbeing hours …` (see therapist-settings.ts).
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { refusalText } from '../../../domain/refusals.js';
import { divider, infoModal, MAX_MESSAGE_BLOCKS, section } from '../../blocks/common.js';
import { hasSlackAction, helpLines, helpNotificationText, notYourActionLines, wellbeingUsage } from '../../blocks/help.js';
import { overviewBlocks } from '../../blocks/overview.js';
import type { SlackDeps } from '../../context.js';
import { openThenFill, slackIdentity, whoIs } from '../../context.js';
import { bookContent, sessionChoiceContent, titles } from '../../modal-content.js';
import type { TherapistSetting } from '../../blocks/help.js';
import { setTherapistSetting } from './therapist-settings.js';
import type { CommandArgs } from './types.js';
import { wordsFor, type Words } from '../../../i18n/words.js';
import { actingWords } from '../../words.js';

const subcommand = z.preprocess(
  (v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  z.enum(['', 'help', 'book', 'reschedule', 'cancel']),
);
/** The two subcommands that take an argument: the first word, and the rest as typed (quotes and all). */
const settingCommand = /^(link|hours|notice|away)(?:\s+([\s\S]*))?$/i;
/** The usage line an employee gets for a word `/wellbeing` does not know (others get their own, wellbeingUsage). */
export const wellbeingHint = (w: Words): string => wellbeingUsage(w, ['employee']);

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
          : refusalText({ code: 'not_registered' }, 'employee', actingWords(slackIdentity(command.team_id, command.user_id)));
        await respond({ response_type: 'ephemeral', text });
      });
      return;
    }
    const parsed = subcommand.safeParse(command.text);
    const at = { triggerId: command.trigger_id, workspaceId: command.team_id, userId: command.user_id };
    if (parsed.success && parsed.data === 'book') {
      openThenFill(client, deps, 'wellbeing-book', { ...at, title: titles.book }, async (actor, w) =>
        hasSlackAction(actor, 'book') ? bookContent(deps, actor) : infoModal(w, w.t(titles.book), notYourActionLines(w, actor, 'book')),
      );
      return;
    }
    if (parsed.success && (parsed.data === 'reschedule' || parsed.data === 'cancel')) {
      const purpose = parsed.data;
      openThenFill(client, deps, `wellbeing-${purpose}`, { ...at, title: titles[purpose] }, async (actor, w) =>
        hasSlackAction(actor, purpose)
          ? sessionChoiceContent(deps, actor, purpose)
          : infoModal(w, w.t(titles[purpose]), notYourActionLines(w, actor, purpose)),
      );
      return;
    }
    deps.background('wellbeing', async () => {
      const actor = await whoIs(deps, command.team_id, command.user_id);
      if (!actor) {
        await respond({
          response_type: 'ephemeral',
          text: refusalText({ code: 'not_registered' }, 'employee', actingWords(slackIdentity(command.team_id, command.user_id))),
        });
        return;
      }
      const w = wordsFor(actor);
      const help = section(helpLines(w, actor, 'slash').join('\n'));
      const blocks: KnownBlock[] = actor.roles.includes('employee')
        ? // A message holds 50 blocks: room is kept for the help below and the usage hint above.
          [...overviewBlocks(await deps.services.sessions.overview(actor), MAX_MESSAGE_BLOCKS - 3), divider(), help]
        : [help];
      if (!parsed.success) blocks.unshift(section(wellbeingUsage(w, actor.roles)));
      await respond({ response_type: 'ephemeral', text: helpNotificationText(w, actor), blocks });
    });
  };
}
