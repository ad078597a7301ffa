// Admission by work in flight: at most `maxInFlight` platform requests are being answered at once per process.
// Without a bound, a burst above what the database serves starts every request's gate read and use case at once,
// so they all queue on the same database and event loop and every ack waits behind all of them (at 200 requests/s
// sustained, acks took 12 s at p99). Past the bound a request is answered at once, by its surface, without any
// database work: a Slack event gets a 503 (Slack delivers it again), a button, command or form the "not taken,
// try again" sentence, a Teams message "not delivered, send again" (answers/held-answer.ts, teams/inbound.ts).
// Requests taken are never turned away later: the bound only decides who starts.
import type { Logger } from '../log.js';

/** Requests answered at once per process (`ADMISSION_MAX_IN_FLIGHT` in production). */
export const DEFAULT_ADMISSION_MAX_IN_FLIGHT = 32;

/** A refusal within this long of the last one belongs to the same burst (and to its one log line). */
const BURST_GAP_MS = 1_000;

export type AdmittedSurface = 'slack' | 'teams';

/** A place taken by one request; `leave` gives it back (a second call does nothing). */
export interface AdmissionPlace {
  leave(): void;
}

export class Admission {
  private inFlightCount = 0;
  private readonly refusedBySurface: Record<AdmittedSurface, number> = { slack: 0, teams: 0 };
  /** Refusals in the current burst: one log line when a burst starts, one when it ends, none per request. */
  private burst = 0;
  private lastRefusalAt = 0;

  constructor(
    private readonly maxInFlight: number,
    private readonly log: Logger,
  ) {}

  /** A place for one request, or null when `maxInFlight` requests are already being answered (counted, refused). */
  tryEnter(surface: AdmittedSurface): AdmissionPlace | null {
    if (this.inFlightCount >= this.maxInFlight) {
      this.refuse(surface);
      return null;
    }
    this.endBurst();
    this.inFlightCount++;
    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        this.inFlightCount--;
      },
    };
  }

  /** Requests being answered now (a gauge). */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Requests turned away at the bound since start, by surface (counters). */
  refused(surface: AdmittedSurface): number {
    return this.refusedBySurface[surface];
  }

  private refuse(surface: AdmittedSurface): void {
    this.refusedBySurface[surface]++;
    this.lastRefusalAt = performance.now();
    if (this.burst++ === 0) {
      this.log.warn({ maxInFlight: this.maxInFlight, surface }, 'admission: requests in flight at the bound, turning new ones away');
    }
  }

  /** At the bound, admissions and refusals alternate: a burst ends only after a second without refusals. */
  private endBurst(): void {
    if (this.burst === 0 || performance.now() - this.lastRefusalAt < BURST_GAP_MS) return;
    this.log.info({ refused: this.burst, maxInFlight: this.maxInFlight }, 'admission: below the bound again');
    this.burst = 0;
  }
}
