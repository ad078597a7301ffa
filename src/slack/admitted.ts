// The person the tenancy gate read for a request, kept for that request's listener: without it every Slack
// request would read the same person twice (the gate, then the listener's own lookup). Scoped to the request's
// async context and only while fresh, so work queued after the ack reads the person again.
import { AsyncLocalStorage } from 'node:async_hooks';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import type { Actor } from '../services/types.js';

const FRESH_MS = 2_000;

const scope = new AsyncLocalStorage<{ key: string; actor: Actor | null; at: number }>();

export function withAdmitted<T>(identity: PlatformIdentity, actor: Actor | null, work: () => T): T {
  return scope.run({ key: identityKey(identity), actor, at: performance.now() }, work);
}

/** The admitted person for this identity in the current request; undefined when the gate did not read them. */
export function admittedActor(identity: PlatformIdentity): Actor | null | undefined {
  const admitted = scope.getStore();
  if (!admitted || admitted.key !== identityKey(identity) || performance.now() - admitted.at > FRESH_MS) return undefined;
  return admitted.actor;
}
