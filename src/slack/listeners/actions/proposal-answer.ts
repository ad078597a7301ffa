// The employee accepts or declines a time the therapist proposed, from the buttons in their DM. The DM message is
// then updated in place so the buttons cannot be pressed again; the service tells both sides the outcome.
import type { WebClient } from '@slack/web-api';
import { refusalText } from '../../../domain/refusals.js';
import type { Reader } from '../../../i18n/locales.js';
import type { RequestView } from '../../../notices/notice.js';
import { noticeMessage } from '../../blocks/notice.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, tellEphemeral, whoIs } from '../../context.js';
import { idSchema } from '../../forms.js';
import { slackErrorCode } from '../../notifier.js';
import type { ButtonArgs } from './types.js';
import { submitterWords } from '../../words.js';

type Answer = 'accept' | 'decline';

async function markDecided(
  client: WebClient,
  deps: SlackDeps,
  at: { channel?: string; ts?: string },
  request: RequestView,
  reader: Reader,
) {
  if (!at.channel || !at.ts) return;
  try {
    await client.chat.update({
      channel: at.channel,
      ts: at.ts,
      ...noticeMessage({ kind: 'request_decided', request, reader: 'employee' }, reader),
    });
  } catch (err) {
    deps.log.warn({ slackError: slackErrorCode(err) }, 'could not update the proposal message');
  }
}

function answerCallback(deps: SlackDeps, answer: Answer) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('proposal-answer', async () => {
      const where = { channel: body.channel?.id ?? body.user.id, user: body.user.id };
      const requestId = idSchema.safeParse(action.value);
      const actor = await whoIs(deps, teamOf(body), body.user.id);
      if (!actor || !requestId.success) {
        await tellEphemeral(
          client,
          deps.log,
          where,
          refusalText(refusalOf(actor ? 'bad_input' : 'not_registered'), 'employee', submitterWords(body)),
        );
        return;
      }
      const result =
        answer === 'accept'
          ? await deps.services.reschedule.confirm(actor, { requestId: requestId.data })
          : await deps.services.reschedule.decline(actor, { requestId: requestId.data });
      if (!result.ok) {
        await tellEphemeral(client, deps.log, where, refusalText(result, 'employee', submitterWords(body)));
        return;
      }
      await markDecided(client, deps, { channel: body.channel?.id, ts: body.message?.ts }, result.request, actor);
    });
  };
}

export const proposalAcceptCallback = (deps: SlackDeps) => answerCallback(deps, 'accept');
export const proposalDeclineCallback = (deps: SlackDeps) => answerCallback(deps, 'decline');
