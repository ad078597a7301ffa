// The client answers an offer from its buttons in their DM: book one of the times, or none of these. The DM message
// and the therapist's post are brought up to date by the service's notices; a refusal is told to the client.
import { z } from 'zod';
import { refusalText } from '../../../domain/refusals.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, tellEphemeral, whoIs } from '../../context.js';
import { idSchema } from '../../forms.js';
import type { ButtonArgs } from './types.js';
import { submitterWords } from '../../words.js';

/** `<offer id>:<index>` of the time booked. */
const bookValue = z
  .string()
  .regex(/^[0-9a-f]{24}:[0-2]$/)
  .transform((v) => ({ offerId: v.slice(0, 24), index: Number(v.slice(25)) }));

export function offerAnswerCallback(deps: SlackDeps, answer: 'book' | 'decline') {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background(`offer-${answer}`, async () => {
      const where = { channel: body.channel?.id ?? body.user.id, user: body.user.id };
      const actor = await whoIs(deps, teamOf(body), body.user.id);
      const booking = answer === 'book' ? bookValue.safeParse(action.value) : null;
      const declining = answer === 'decline' ? idSchema.safeParse(action.value) : null;
      if (!actor || booking?.success === false || declining?.success === false) {
        deps.log.info({ listener: `offer-${answer}`, problem: actor ? 'bad_value' : 'not_registered' }, 'offer answer refused');
        await tellEphemeral(
          client,
          deps.log,
          where,
          refusalText(refusalOf(actor ? 'bad_input' : 'not_registered'), 'employee', submitterWords(body)),
        );
        return;
      }
      const result = booking?.success
        ? await deps.services.offers.book(actor, booking.data)
        : await deps.services.offers.decline(actor, { offerId: declining?.data ?? '' });
      if (!result.ok) await tellEphemeral(client, deps.log, where, refusalText(result, 'employee', submitterWords(body)));
    });
  };
}
