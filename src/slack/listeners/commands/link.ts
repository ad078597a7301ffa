// /wellbeing-link @therapist, run in the channel to link. The bot must be a member of the channel to post threads
// there, so membership is checked first and the person told how to invite it.
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { refusalText } from '../../../domain/refusals.js';
import type { SlackDeps } from '../../context.js';
import { slackChannel, slackIdentity, whoIs } from '../../context.js';
import { commands } from '../../ids.js';
import { wordsFor, type Words } from '../../../i18n/words.js';
import { actingWords } from '../../words.js';
import { slackErrorCode } from '../../notifier.js';
import type { CommandArgs } from './types.js';

const mention = z
  .string()
  .trim()
  .regex(/^<@([UW][A-Z0-9]+)(\|[^>]*)?>$/)
  .transform((s) => s.replace(/^<@([UW][A-Z0-9]+).*$/, '$1'));

/** How to write the command, in the reader's words. */
export const linkHint = (w: Words): string => w.t('slack.link.hint', { command: commands.link });
const inviteHowTo = (w: Words): string => w.t('slack.link.inviteFirst', { command: commands.link });

type Membership = 'member' | 'not_member' | 'unknown';

async function membership(client: WebClient, channel: string): Promise<Membership> {
  try {
    const info = await client.conversations.info({ channel });
    return info.channel?.is_member ? 'member' : 'not_member';
  } catch (err) {
    const code = slackErrorCode(err);
    // A private channel the bot is not in looks like it does not exist.
    return code === 'channel_not_found' || code === 'not_in_channel' ? 'not_member' : 'unknown';
  }
}

export function linkCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond, client }: CommandArgs): Promise<void> => {
    await ack();
    deps.background('link', async () => {
      const reply = (text: string) => respond({ response_type: 'ephemeral', text });
      const therapistUser = mention.safeParse(command.text ?? '');
      if (!therapistUser.success || /^D/.test(command.channel_id)) {
        // Answered before the person is read: their words when the gate has read them.
        await reply(linkHint(actingWords(slackIdentity(command.team_id, command.user_id))));
        return;
      }
      const actor = await whoIs(deps, command.team_id, command.user_id);
      if (!actor) {
        await reply(refusalText({ code: 'not_registered' }, 'employee', actingWords(slackIdentity(command.team_id, command.user_id))));
        return;
      }
      const w = wordsFor(actor);
      const member = await membership(client, command.channel_id);
      if (member === 'not_member') {
        await reply(inviteHowTo(w));
        return;
      }
      if (member === 'unknown') {
        await reply(w.t('slack.link.checkFailed'));
        return;
      }
      const result = await deps.services.directory.linkChannel(actor, {
        therapist: slackIdentity(command.team_id, therapistUser.data),
        channel: slackChannel(command.team_id, command.channel_id),
      });
      await reply(
        result.ok
          ? w.t('slack.link.linked', { name: result.therapistName })
          : refusalText(result, 'employee', actingWords(slackIdentity(command.team_id, command.user_id))),
      );
    });
  };
}
