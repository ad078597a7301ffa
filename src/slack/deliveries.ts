// Slack retries an event (up to 3 times) when it got no 2xx in 3 s, and a retry may be the only delivery that ever
// arrives. So every event is claimed by its event_id first (an insert against a unique key) before it is answered;
// the work then runs after the answer. If that work fails, the claim is forgotten (a later redelivery is processed)
// and the person is told, so nothing they sent is silently lost.
import type { SlackDeps } from './context.js';

export async function oncePerEvent(
  deps: SlackDeps,
  listener: string,
  eventId: string | undefined,
  work: () => Promise<void>,
  onFailure: () => Promise<void>,
): Promise<void> {
  const key = eventId ? `slack:event:${eventId}` : null;
  if (key && !(await deps.services.deliveries.firstTime(key))) {
    deps.log.debug({ eventId }, 'duplicate slack event ignored');
    return;
  }
  deps.background(listener, async () => {
    try {
      await work();
    } catch (err) {
      if (key) await deps.services.deliveries.forget(key).catch(() => undefined);
      await onFailure().catch(() => undefined);
      throw err;
    }
  });
}

/** The (channel, ts) of a message: the same message delivered under two event ids is still relayed once. */
export const messageDeliveryKey = (channel: string, ts: string): string => `slack:message:${channel}:${ts}`;
