// The person behind an actor, as `whoIs` read it for this request: a use case that needs the actor's own record
// (their therapist, allowance override, zone) takes it from here instead of reading it again. Remembered per actor
// object, so each request (which makes its own actor) reads its own; bounded in age, so an actor object kept
// longer than a request (a test, a script) is read afresh.
import type { PersonDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import type { Actor } from './types.js';

const FRESH_MS = 2_000;

const records = new WeakMap<Actor, { person: PersonDoc; readAt: number }>();

export function rememberRecord(actor: Actor, person: PersonDoc): Actor {
  records.set(actor, { person, readAt: performance.now() });
  return actor;
}

/**
 * The record read for this request, when it is still fresh and the person has not been changed since through
 * this process (an admin's new allowance counts at once); undefined otherwise (no read is made).
 */
export function knownRecord(ctx: ServiceContext, actor: Actor): PersonDoc | undefined {
  const known = records.get(actor);
  if (!known || performance.now() - known.readAt >= FRESH_MS) return undefined;
  return ctx.store.directory.changedSince(actor.personId, known.readAt) ? undefined : known.person;
}

/** The actor's own record: the one read for this request when it is fresh, else read now. */
export async function recordOf(ctx: ServiceContext, actor: Actor): Promise<PersonDoc | null> {
  const known = knownRecord(ctx, actor);
  if (known) return known;
  const person = await ctx.store.directory.person(actor.personId);
  if (person) rememberRecord(actor, person);
  return person;
}
