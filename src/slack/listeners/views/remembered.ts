// A view submitted again unchanged (same view id and hash: Slack lost or timed out the first answer, or an
// instance died after storing the change) is answered with the first submission's outcome instead of running the
// use case again, which would refuse it as a clash with the change it made itself ("That time is no longer
// free"). A submission still running is waited for. Only changes are remembered: a refusal changed nothing, and
// the person may have corrected the fields before submitting again (the hash stays the same while they type).
// Kept in this process for 15 minutes; a resubmission reaching another instance runs the use case again.
import { isRefusalAck } from '../../answers/late-view.js';
import type { SubmitArgs } from './types.js';

type Response = Parameters<SubmitArgs['ack']>[0];
type Outcome = { changed: true; response: Response } | { changed: false };

const KEEP_MS = 15 * 60_000;
const MAX_ENTRIES = 5_000;

export class ViewOutcomes {
  private readonly entries = new Map<string, { at: number; outcome: Promise<Outcome> }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  get(key: string): Promise<Outcome> | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.at > KEEP_MS) this.entries.delete(key);
    return this.entries.get(key)?.outcome;
  }

  set(key: string, outcome: Promise<Outcome>): void {
    this.entries.set(key, { at: this.now(), outcome });
    // Oldest first (a Map keeps insertion order): bounded however many views are submitted.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(oldest);
    }
    void outcome.then((o) => {
      if (!o.changed && this.entries.get(key)?.outcome === outcome) this.entries.delete(key);
    });
  }
}

export function remembered(outcomes: ViewOutcomes, callback: (args: SubmitArgs) => Promise<void>) {
  return async (args: SubmitArgs): Promise<void> => {
    const key = `${args.view.id}:${args.view.hash}`;
    const earlier = await outcomes.get(key);
    if (earlier?.changed) {
      await args.ack(earlier.response);
      return;
    }
    let finish: (outcome: Outcome) => void = () => undefined;
    outcomes.set(key, new Promise<Outcome>((resolve) => (finish = resolve)));
    const ack: SubmitArgs['ack'] = async (response) => {
      finish(isRefusalAck(response) ? { changed: false } : { changed: true, response });
      await args.ack(response);
    };
    try {
      await callback({ ...args, ack });
    } finally {
      finish({ changed: false }); // no ack (the listener threw): nothing known to remember
    }
  };
}
