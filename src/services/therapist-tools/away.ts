// A therapist's away periods (issue: therapist-led scheduling, §5): set by the therapist (`/wellbeing away 2027-01-04
// 2027-01-15`, Teams `away …`) or the operator. Adding a period answers with the sessions already booked in it, so
// the therapist can move or cancel them; `away clear` removes every period.
import { DateTime } from 'luxon';
import { currentPeriods, type AwayPeriod } from '../../domain/away.js';
import { refuse } from '../../domain/refusals.js';
import type { PlatformIdentity } from '../../domain/types.js';
import type { PersonDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import type { Actor, Result } from '../types.js';
import { partiesOfMany, sessionView, type Parties } from '../views.js';
import type { SessionView } from '../../notices/notice.js';

/** At most this long a period, and this many at once: a therapist leaving for good is offboarded instead. */
const MAX_DAYS = 92;
const MAX_PERIODS = 10;

export type AwayAnswer = { periods: AwayPeriod[]; booked: SessionView[] };

function parsePeriod(text: string, today: string): AwayPeriod | 'invalid' {
  const [from = '', to = from, ...rest] = text.trim().split(/\s+/);
  if (rest.length > 0) return 'invalid';
  const a = DateTime.fromFormat(from, 'yyyy-MM-dd');
  const b = DateTime.fromFormat(to, 'yyyy-MM-dd');
  if (!a.isValid || !b.isValid || b < a || b.diff(a, 'days').days >= MAX_DAYS || to < today) return 'invalid';
  return { from, to };
}

async function apply(ctx: ServiceContext, therapist: PersonDoc, argument: string, actorId: string): Promise<Result<AwayAnswer>> {
  const today = DateTime.fromJSDate(ctx.clock(), { zone: therapist.zone }).toFormat('yyyy-MM-dd');
  const kept = currentPeriods(therapist.awayPeriods ?? [], today);
  let periods = kept;
  let added: AwayPeriod | null = null;
  if (/^clear$/i.test(argument.trim())) periods = [];
  else if (argument.trim() !== '') {
    const period = parsePeriod(argument, today);
    if (period === 'invalid' || kept.length >= MAX_PERIODS) return refuse('invalid_away_period');
    added = period;
    periods = currentPeriods([...kept, period], today);
  }
  if (added || periods.length !== (therapist.awayPeriods ?? []).length) {
    await ctx.store.therapistSettings.setAwayPeriods(therapist._id, periods);
    const at = ctx.clock();
    await ctx.store.audit.append({
      _id: `away:${String(therapist._id)}:${at.toISOString()}`,
      orgId: therapist.orgId,
      actorId,
      action: 'therapist.away_set',
      subjectId: String(therapist._id),
      reason: null,
      details: { periods },
      at,
    });
  }
  return { ok: true, periods, booked: added ? await bookedDuring(ctx, therapist, added) : [] };
}

/** The therapist's booked sessions that fall in the period: theirs to move or cancel. */
async function bookedDuring(ctx: ServiceContext, therapist: PersonDoc, period: AwayPeriod): Promise<SessionView[]> {
  const start = DateTime.fromISO(period.from, { zone: therapist.zone }).toJSDate();
  const end = DateTime.fromISO(period.to, { zone: therapist.zone }).plus({ days: 1 }).toJSDate();
  const upcoming = await ctx.store.sessions.upcomingOf('therapistId', therapist._id, ctx.clock(), 200);
  const during = upcoming.filter((s) => s.start < end && s.end > start);
  const { sessions: parties } = await partiesOfMany(ctx, during);
  return during.map((s, i) => sessionView(s, parties[i] as Parties));
}

/** The therapist adds a period (or with `clear`, removes all; with nothing, lists them), from Slack or Teams. */
export async function setOwnAway(ctx: ServiceContext, actor: Actor, argument: string): Promise<Result<AwayAnswer>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'away' });
  const therapist = await ctx.store.directory.person(actor.personId);
  if (!therapist) return refuse('not_registered');
  return apply(ctx, therapist, argument, actor.personId);
}

/** The operator sets a therapist's period, found by their chat identity. */
export async function setAwayOf(
  ctx: ServiceContext,
  who: PlatformIdentity,
  argument: string,
): Promise<{ ok: true; periods: AwayPeriod[]; booked: number } | { ok: false; error: string }> {
  const therapist = await ctx.store.directory.byIdentity(who);
  if (!therapist || !therapist.roles.includes('therapist')) return { ok: false, error: 'no therapist with that identity' };
  const r = await apply(ctx, therapist, argument, 'operator');
  if (!r.ok)
    return { ok: false, error: 'give the first and last day away as YYYY-MM-DD YYYY-MM-DD (at most 92 days, not in the past), or clear' };
  return { ok: true, periods: r.periods, booked: r.booked.length };
}
