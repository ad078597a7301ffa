// Card verb `reschedule.open`: the reschedule form for one session (open slots, or a custom date and time).
import { z } from 'zod';
import { rescheduleFormCard } from '../card-views.js';
import { cardReply, idField, parseCardData, refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

const openData = z.object({ sessionId: idField });

export async function rescheduleOpenAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const input = parseCardData(openData, data);
  if (!input.ok) return input.reply;
  const { services } = turn.deps;
  const found = await services.sessions.get(turn.actor, input.data);
  if (!found.ok) return refusalReply(found);
  if (!found.canReschedule) {
    const { cutoffHours } = await services.sessions.overview(turn.actor);
    return refusalReply({ code: 'inside_cutoff', params: { hours: cutoffHours } });
  }
  const open = await services.sessions.openSlots(turn.actor, { days: 28 });
  return cardReply(
    rescheduleFormCard({
      sessionId: found.session.id,
      current: found.session,
      therapistName: found.session.therapistName,
      slots: open.ok ? open.slots : [],
      zone: turn.actor.zone,
    }),
  );
}
