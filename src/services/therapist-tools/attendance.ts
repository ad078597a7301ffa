// Marking attendance after a session (docs/design.md §9): attended or no-show, by the session's therapist, once. The
// decision is a once-only marker `attendance:<session>` holding the mark, inserted before the session is written, so two
// clicks (or two instances) record one mark; a call that died after its claim is finished by the next call.
import { z } from 'zod';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedSession } from '../guards.js';
import { refuse } from '../../domain/refusals.js';
import { dayKey } from '../../domain/time.js';
import type { Actor, Result } from '../types.js';

export const attendanceInput = z.object({ sessionId: z.string().min(1).max(100), attendance: z.enum(['attended', 'no_show']) }).strict();

export type Attendance = 'attended' | 'no_show';

export type AttendanceResult = Result<{ attendance: Attendance }>;

const attendanceKey = (sessionId: string) => `attendance:${sessionId}`;

async function apply(
  ctx: ServiceContext,
  orgId: string,
  actorId: string,
  sessionId: string,
  attendance: Attendance,
  at: Date,
): Promise<void> {
  await ctx.store.therapistSettings.setAttendance(sessionId, attendance);
  await ctx.store.audit.append({
    _id: attendanceKey(sessionId),
    orgId,
    actorId,
    action: `session.${attendance}`,
    subjectId: sessionId,
    reason: null,
    details: {},
    at,
  });
}

export async function markAttendance(ctx: ServiceContext, actor: Actor, raw: unknown): Promise<AttendanceResult> {
  const input = attendanceInput.safeParse(raw);
  if (!input.success) return refuse('bad_input');
  const o = await ownedSession(ctx, actor, input.data.sessionId);
  if (isRefusal(o) && o.code !== 'not_your_session') return o;
  if (isRefusal(o) || o.role !== 'therapist') return refuse('not_your_session');
  const now = ctx.clock();
  // Only a session that took place (still booked, and over) has an attendance.
  if (o.session.status !== 'booked') return refuse('session_not_active');
  if (o.session.end.getTime() > now.getTime()) return refuse('not_ended');
  const sessionId = String(o.session._id);
  const key = attendanceKey(sessionId);
  const won = await ctx.store.markers.mark(
    key,
    'attendance',
    `attendance:${now.getTime()}:${actor.personId}`,
    { sessionId, day: dayKey(o.session.start), data: { attendance: input.data.attendance } },
    now,
  );
  if (!won) {
    const claim = await ctx.store.markers.get(key);
    const marked = claim?.data?.attendance === 'no_show' ? 'no_show' : 'attended';
    // Repair: the winner may have died before writing its mark.
    if (claim && !o.session.attendance)
      await apply(ctx, o.session.orgId, claim.owner.split(':').pop() ?? actor.personId, sessionId, marked, claim.createdAt);
    return refuse('already_marked', { marked });
  }
  await apply(ctx, o.session.orgId, actor.personId, sessionId, input.data.attendance, now);
  return { ok: true, attendance: input.data.attendance };
}
