// The therapist confirms a reschedule request in the thread. The service applies it, updates the request message in
// place and tells both sides; here only a refusal needs saying, privately to whoever clicked.
import { audienceOf, refusalText } from '../../../domain/refusals.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, tellEphemeral, whoIs } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';
import { submitterWords } from '../../words.js';

export function requestConfirmCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('request-confirm', async () => {
      const where = {
        channel: body.channel?.id ?? body.user.id,
        user: body.user.id,
        threadTs: body.message?.thread_ts as string | undefined,
      };
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
      const result = await deps.services.reschedule.confirm(actor, { requestId: requestId.data });
      // Worded for who pressed it: a therapist deciding someone else's request, or an employee who is not the one to.
      if (!result.ok) await tellEphemeral(client, deps.log, where, refusalText(result, audienceOf(actor), submitterWords(body)));
    });
  };
}
