// Card verb `reschedule.open`: the reschedule form for one session (open slots, or a custom date and time), on a
// given page when the open slots are paged (`week` on cards sent before pages could be days).
import { DateTime } from 'luxon';
import { z } from 'zod';
import { firstChoosable } from '../../domain/weeks.js';
import { pageField } from './book-open.js';
import { rescheduleFormCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const openData = z
  .object({ sessionId: idField, page: pageField.optional(), week: pageField.optional() })
  .transform(({ sessionId, page, week }) => ({ sessionId, page: page ?? week }));

export async function rescheduleOpenAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(openData, data, turn.actor);
  if (!input.ok) return input.reply;
  const { services } = turn.deps;
  const { sessionId, page } = input.data;
  // The overview carries the reschedule window: needed to refuse, and to label target times inside it.
  const [found, open, { cutoffHours }] = await Promise.all([
    services.sessions.get(turn.actor, { sessionId }),
    services.sessions.openSlots(turn.actor),
    services.sessions.overview(turn.actor),
  ]);
  if (!found.ok) return refusalReply(turn.actor, found);
  if (!found.canReschedule) return refusalReply(turn.actor, { code: 'inside_cutoff', params: { hours: cutoffHours } });
  const slots = open.ok ? open.slots : [];
  const now = new Date();
  // Opened without a page: on the page of the first time that leaves the session movable.
  const first = page ? undefined : firstChoosable(slots, now, cutoffHours);
  return cardReply(
    rescheduleFormCard({
      sessionId: found.session.id,
      current: found.session,
      therapistName: found.session.therapistName,
      slots,
      w: wordsFor(turn.actor),
      page: page ?? (first ? DateTime.fromJSDate(first.start, { zone: turn.actor.zone }).toFormat("yyyy-MM-dd'T'HH:mm") : undefined),
      cutoff: { now, hours: cutoffHours },
    }),
  );
}
