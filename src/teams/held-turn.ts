// One inbound Teams request's race against the platform's clock. Teams waits a few seconds for an invoke (a card
// action) and about 15 s for a message, then shows an error or sends the activity again. When the tenancy gate
// is still waiting for the database by then, the request is answered without running the bot ("nothing was
// changed", or for a message "not delivered, send it again") and the bot no longer runs for it when the gate
// returns; once past the gate the bot answers within its own budget (bot.ts), counted from the request's start.
import { AsyncLocalStorage } from 'node:async_hooks';

export class HeldTurn {
  private readonly startedAt = performance.now();
  private entered = false;
  private abandoned = false;

  /** The bot is about to run; false when the request was already answered without it. */
  enter(): boolean {
    if (this.abandoned) return false;
    this.entered = true;
    return true;
  }

  /** At the deadline: true when the bot had not started, which it now never will. */
  abandonIfWaiting(): boolean {
    if (this.entered) return false;
    this.abandoned = true;
    return true;
  }

  /** Answered without the bot: its failure, if the gate throws later, is not told to anyone again. */
  get wasAbandoned(): boolean {
    return this.abandoned;
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }
}

const current = new AsyncLocalStorage<HeldTurn>();

export const withHeldTurn = <T>(turn: HeldTurn, work: () => T): T => current.run(turn, work);

export const currentHeldTurn = (): HeldTurn | undefined => current.getStore();

/** What is left of a budget counted from the request's start (the whole budget outside a request). */
export function remainingMs(budgetMs: number): number {
  const turn = currentHeldTurn();
  return turn ? Math.max(0, budgetMs - turn.elapsedMs()) : budgetMs;
}
