// Who is acting, for one request: the one way both platforms and the use cases know it. The platform's tenancy gate
// opens the request's acting scope with the person it read for its check (or with nobody yet, when it admitted them
// from memory: then the first `whoIs` of the request reads them and fills it in). Every later step of the same
// request (the listener or turn, a use case needing the actor's own record) takes the person from here instead of
// reading them again. Only while fresh, and only while not changed since through this process, so work left
// running long after the request, or a person just changed by an operator, is read afresh.
import { AsyncLocalStorage } from 'node:async_hooks';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import type { PersonDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import type { Actor } from './types.js';
import { actorOf } from './views.js';

/** How long a reading of the person stands for them: the request's own steps, not work queued long after. */
const FRESH_MS = 2_000;

interface Acting {
  key: string;
  /** undefined: not read yet in this request; null: not registered with the service. */
  person: PersonDoc | null | undefined;
  actor: Actor | null | undefined;
  at: number;
}

const scope = new AsyncLocalStorage<Acting>();

/** Runs a request's work with who is acting: the person the gate read (null: not registered), or undefined. */
export function actingAs<T>(identity: PlatformIdentity, person: PersonDoc | null | undefined, work: () => T): T {
  const acting: Acting = { key: identityKey(identity), person, actor: undefined, at: performance.now() };
  if (person !== undefined) acting.actor = person ? actorOf(person) : null;
  return scope.run(acting, work);
}

function current(key: string): Acting | undefined {
  const acting = scope.getStore();
  return acting && acting.key === key && performance.now() - acting.at <= FRESH_MS ? acting : undefined;
}

/** The actor of this request when it is this identity and was read lately; undefined when not known here. */
export function knownActor(identity: PlatformIdentity): Actor | null | undefined {
  return current(identityKey(identity))?.actor;
}

/** `whoIs` read the person acting in this request: later steps of the request take them from here. */
export function rememberActing(identity: PlatformIdentity, person: PersonDoc | null): Actor | null {
  const actor = person ? actorOf(person) : null;
  const acting = scope.getStore();
  if (acting && acting.key === identityKey(identity) && acting.person === undefined) {
    Object.assign(acting, { person, actor, at: performance.now() });
  }
  return actor;
}

/** The actor's own record as read for this request: fresh, and not changed since through this process. */
export function actingRecord(ctx: ServiceContext, actor: Actor): PersonDoc | undefined {
  const acting = current(identityKey(actor.identity));
  const person = acting?.person;
  if (!person || String(person._id) !== actor.personId) return undefined;
  return ctx.store.directory.changedSince(actor.personId, acting.at) ? undefined : person;
}

/** The actor's own record: the one read for this request when it is fresh, else read now. */
export async function recordOf(ctx: ServiceContext, actor: Actor): Promise<PersonDoc | null> {
  const known = actingRecord(ctx, actor);
  if (known) return known;
  const person = await ctx.store.directory.person(actor.personId);
  rememberActing(actor.identity, person);
  return person;
}
