// The sessions a therapist still has to mark (docs/design.md §9): ended in the last week, still booked, no
// attendance yet. Shown beside their upcoming sessions (Slack App Home, the Teams week card) with Attended / No-show.
import { Types } from 'mongoose';
import { refuse } from '../../domain/refusals.js';
import type { SessionView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import type { Actor, Result } from '../types.js';
import { partiesOfMany, sessionView, type Parties } from '../views.js';

/** How far back a session can still be marked from the therapist's surfaces. */
export const ATTENDANCE_WINDOW_DAYS = 7;

export async function sessionsAwaitingAttendance(ctx: ServiceContext, actor: Actor): Promise<Result<{ sessions: SessionView[] }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'attendance' });
  const now = ctx.clock();
  const since = new Date(now.getTime() - ATTENDANCE_WINDOW_DAYS * 86_400_000);
  const docs = await ctx.store.therapistSettings.endedWithoutAttendance(new Types.ObjectId(actor.personId), since, now);
  const { sessions: parties } = await partiesOfMany(ctx, docs);
  return { ok: true, sessions: docs.map((doc, i) => sessionView(doc, parties[i] as Parties)) };
}
