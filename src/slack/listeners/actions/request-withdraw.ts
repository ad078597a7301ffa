// "Withdraw request": the employee takes back a reschedule request that still waits for the therapist, from the
// "request sent" DM or from App Home. The clicked DM is replaced by the outcome and App Home is redrawn; the
// service tells the therapist and updates the request in their thread.
import type { WebClient } from '@slack/web-api';
import { refusalText } from '../../../domain/refusals.js';
import type { Reader } from '../../../i18n/locales.js';
import type { RequestView } from '../../../notices/notice.js';
import type { Actor } from '../../../services/types.js';
import { noticeMessage } from '../../blocks/notice.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, tellEphemeral, whoIs } from '../../context.js';
import { idSchema } from '../../forms.js';
import { slackErrorCode } from '../../notifier.js';
import type { ButtonArgs } from './types.js';
import { submitterWords } from '../../words.js';

async function replaceMessage(
  client: WebClient,
  deps: SlackDeps,
  at: { channel?: string; ts?: string },
  request: RequestView,
  reader: Reader,
) {
  if (!at.channel || !at.ts) return;
  try {
    await client.chat.update({ channel: at.channel, ts: at.ts, ...noticeMessage({ kind: 'request_withdrawn', request }, reader) });
  } catch (err) {
    deps.log.warn({ slackError: slackErrorCode(err) }, 'could not update the withdrawn request message');
  }
}

export function requestWithdrawCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('request-withdraw', async () => {
      const where = { channel: body.channel?.id ?? body.user.id, user: body.user.id };
      const requestId = idSchema.safeParse(action.value);
      const actor: Actor | null = await whoIs(deps, teamOf(body), body.user.id);
      if (!actor || !requestId.success) {
        await tellEphemeral(
          client,
          deps.log,
          where,
          refusalText(refusalOf(actor ? 'bad_input' : 'not_registered'), 'employee', submitterWords(body)),
        );
        return;
      }
      const result = await deps.services.reschedule.withdraw(actor, { requestId: requestId.data });
      if (!result.ok) await tellEphemeral(client, deps.log, where, refusalText(result, 'employee', submitterWords(body)));
      else await replaceMessage(client, deps, { channel: body.channel?.id, ts: body.message?.ts }, result.request, actor);
      // From App Home the Home tab itself is the message: redraw it either way, so it shows what is now true.
      if (body.view?.type === 'home' || result.ok) deps.homes.refresh(actor.identity);
    });
  };
}
