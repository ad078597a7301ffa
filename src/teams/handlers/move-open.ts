// Card verb `move.open` (the therapist's week card, or a client's thread card): the form to ask the client to move a session, on a given page
// of the therapist's open times; or why they cannot now (inside the client's window they can only cancel).
import { z } from 'zod';
import { isInFuture } from '../../domain/policy.js';
import { moveFormCard } from '../card-views.js';
import { cardReply, idField, optionalIdField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { pageField } from './book-open.js';
import { wordsFor } from '../../i18n/words.js';

/** `employeeId`: opened from that client's thread card, where Back and the answer return. */
const openData = z.object({ sessionId: idField, page: pageField.optional(), employeeId: optionalIdField });

export async function moveOpenAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(openData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { services } = turn.deps;
  const [found, own] = await Promise.all([
    services.reschedule.moveForm(turn.actor, { sessionId: input.data.sessionId }),
    services.availability.list(turn.actor),
  ]);
  if (!found.ok) return refusalReply(turn.actor, found);
  const now = new Date();
  const slots = own.ok ? own.slots.filter((s) => !s.held && isInFuture(s.start, now)) : [];
  // The client's organisation's window, not the therapist's: the rule applies to the client's session.
  return cardReply(
    moveFormCard({
      session: found.session,
      slots,
      w: wordsFor(turn.actor),
      page: input.data.page,
      cutoff: { now, hours: found.cutoffHours },
      fromThreadOf: input.data.employeeId,
    }),
  );
}
