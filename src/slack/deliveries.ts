// Slack retries an event (up to 3 times) when it got no 2xx in 3 s, and a retry may be the only delivery that ever
// arrives. So every event is claimed by its event_id first (an insert against a unique key); a failure forgets the
// claim and rethrows, so Bolt answers 500 and Slack's retry is processed again.
import type { SlackDeps } from './context.js';

export async function oncePerEvent(deps: SlackDeps, eventId: string | undefined, work: () => Promise<void>): Promise<void> {
  const key = eventId ? `slack:event:${eventId}` : null;
  if (key && !(await deps.services.deliveries.firstTime(key))) {
    deps.log.debug({ eventId }, 'duplicate slack event ignored');
    return;
  }
  try {
    await work();
  } catch (err) {
    if (key) await deps.services.deliveries.forget(key).catch(() => undefined);
    throw err;
  }
}

/** The (channel, ts) of a message: the same message delivered under two event ids is still relayed once. */
export const messageDeliveryKey = (channel: string, ts: string): string => `slack:message:${channel}:${ts}`;
