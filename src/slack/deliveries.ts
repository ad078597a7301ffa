// Slack retries an event (up to 3 times) when it got no 2xx in 3 s, and a retry may be the only delivery that ever
// arrives. So every event is taken by its event_id first (an insert against a unique key) before it is answered;
// the work then runs after the answer and marks it done. If that work fails, the claim is forgotten (a later
// redelivery is processed) and the person is told; if the process died, a later redelivery takes it over.
import type { SlackDeps } from './context.js';

/** An event not taken here (another delivery has it in flight, or this process is behind): Slack gets a 503. */
export class EventNotTakenError extends Error {
  constructor(readonly why: 'in_flight' | 'overloaded') {
    super(`slack event not taken: ${why}`);
  }
}

export async function oncePerEvent(
  deps: SlackDeps,
  listener: string,
  eventId: string | undefined,
  work: () => Promise<void>,
  onFailure: () => Promise<void>,
): Promise<void> {
  const key = eventId ? `slack:event:${eventId}` : null;
  // Far behind on work after answers: the event is not taken, and Slack brings it again in a minute.
  if (deps.overloaded()) throw new EventNotTakenError('overloaded');
  const taken = key ? await deps.services.deliveries.take(key) : 'taken';
  if (taken === 'done') {
    deps.log.debug({ eventId }, 'duplicate slack event ignored');
    return;
  }
  // Another delivery of it is being processed, perhaps by a process that died: not taken here, so the answer is
  // a 503 and Slack brings it again later, when it is either done or taken over.
  if (taken === 'in_flight') throw new EventNotTakenError('in_flight');
  deps.background(listener, async () => {
    try {
      await work();
      if (key) await deps.services.deliveries.done(key);
    } catch (err) {
      if (key) await deps.services.deliveries.forget(key).catch(() => undefined);
      await onFailure().catch(() => undefined);
      throw err;
    }
  });
}

/** The (channel, ts) of a message: the same message delivered under two event ids is still relayed once. */
export const messageDeliveryKey = (channel: string, ts: string): string => `slack:message:${channel}:${ts}`;
