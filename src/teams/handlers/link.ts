// Command `link @therapist` (or `link <user id>`) in a channel: links the channel to that therapist, so each of
// their clients gets a thread here. Operators and HR admins of the therapist's organisation may do this.
import type { Activity, Mention } from 'botbuilder';
import { refusalReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

function mentionedPerson(activity: Activity): Mention['mentioned'] | undefined {
  const mentions = (activity.entities ?? []).filter((e) => e.type === 'mention') as unknown as Mention[];
  return mentions.find((m) => m.mentioned?.id && m.mentioned.id !== activity.recipient.id)?.mentioned;
}

export async function linkCommand(turn: ActingTurn, input: { therapist: string }): Promise<Reply> {
  if (!turn.channel) return refusalReply(turn.actor, { code: 'bad_input' });
  const activity = turn.context.activity;
  const mentioned = mentionedPerson(activity);
  let userId = input.therapist.replace(/<\/?at>/g, '').trim();
  if (mentioned) {
    const withObjectId = mentioned as Mention['mentioned'] & { aadObjectId?: string };
    userId = withObjectId.aadObjectId ?? (await turn.deps.gateway.memberObjectId(turn.context, mentioned.id)) ?? mentioned.id;
  }
  const result = await turn.deps.services.directory.linkChannel(turn.actor, {
    therapist: { platform: 'teams', workspaceId: turn.channel.workspaceId, userId },
    channel: turn.channel,
  });
  if (!result.ok) return refusalReply(turn.actor, result);
  return textReply(wordsFor(turn.actor).t('teams.reply.linked', { name: result.therapistName }));
}
