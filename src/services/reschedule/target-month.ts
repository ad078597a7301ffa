// Moving a session into another month takes a unit of that month: whoever asks (the client's request, the therapist's
// move), the month must have one left when the request is made (and again when it is confirmed).
import { employeeAllowance } from '../../domain/allowance.js';
import { monthOf } from '../../domain/time.js';
import type { OrganisationDoc, PersonDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { unitsUsed } from '../reservations/index.js';

/** The month a session would move into and its allowance, when that month has no unit left; null when it has room. */
export async function fullTargetMonth(
  ctx: ServiceContext,
  o: { org: OrganisationDoc; session: SessionDoc; parties: { employee: PersonDoc } },
  start: Date,
): Promise<{ month: string; allowance: number } | null> {
  const month = monthOf(start, o.org.zone);
  if (month === o.session.month) return null;
  const allowance = employeeAllowance(o.org, o.parties.employee, month);
  const used = (await unitsUsed(ctx, o.session.employeeId, [month])).get(month) ?? 0;
  return used >= allowance ? { month, allowance } : null;
}
