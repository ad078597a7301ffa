// Short-lived memories: what this process remembers of the database to save round trips, in one place with one
// way to forget. Each kind has its own lifetime, chosen for how often the thing changes and who changes it; a change
// made through this process forgets what it touches at once (`changed`), one made elsewhere (the admin CLI, another
// instance) is seen within the kind's lifetime. Real time, never the service clock (tests freeze that one); every
// kind is bounded in size. The person acting in a request is not here but in the request's scope (services/acting).
export type MemoryKind = 'organisation' | 'counterpart' | 'workspaceOwner' | 'admission' | 'gridOfTeam';

export const MEMORY_LIFETIMES_MS: Record<MemoryKind, number> = {
  // An organisation's settings: nearly every use case needs them; an operator changes them a few times a year.
  organisation: 10_000,
  // The other party of a change (their name, zone and address), read for notices and views.
  counterpart: 10_000,
  // Which organisation claims a workspace: asked by every request; attach and detach change it.
  workspaceOwner: 30_000,
  // A person admitted for an organisation: the check runs before every answer, a button's ack included.
  admission: 10_000,
  // The Enterprise Grid org of a Slack team: fixed for the team's life, so kept longest (and bounded like the rest).
  gridOfTeam: 600_000,
};

/** Entries per kind before those past their lifetime are dropped. */
const PRUNE_ABOVE = 10_000;

export interface Recalled<T> {
  value: T;
  /** When it was read (performance.now()). */
  at: number;
}

export class ShortMemory {
  private readonly entries = new Map<MemoryKind, Map<string, Recalled<unknown>>>();
  /** When each person was last changed through this process, so a copy read before is not used. */
  private readonly personChanges = new Map<string, number>();

  constructor(
    private readonly lifetimes: Record<MemoryKind, number> = MEMORY_LIFETIMES_MS,
    readonly now: () => number = () => performance.now(),
  ) {}

  recall<T>(kind: MemoryKind, key: string): Recalled<T> | undefined {
    const entry = this.entries.get(kind)?.get(key);
    return entry && this.now() - entry.at < this.lifetimes[kind] ? (entry as Recalled<T>) : undefined;
  }

  remember<T>(kind: MemoryKind, key: string, value: T, at = this.now()): void {
    let entries = this.entries.get(kind);
    if (!entries) this.entries.set(kind, (entries = new Map()));
    entries.set(key, { value, at });
    if (entries.size > PRUNE_ABOVE) this.prune(kind, entries);
  }

  /**
   * The one way to forget: something changed through this process. A person: their copies as a counterpart, and
   * anything read of them before now (an admission, a request's reading of who acts). An organisation: its
   * settings. Workspaces: every claim remembered (attach and detach are rare).
   */
  changed(what: { person: string } | { organisation: string } | { workspaces: true }): void {
    if ('person' in what) {
      this.entries.get('counterpart')?.delete(what.person);
      this.personChanges.set(what.person, this.now());
      if (this.personChanges.size > PRUNE_ABOVE) {
        for (const [id, at] of this.personChanges) if (this.now() - at > this.lifetimes.admission) this.personChanges.delete(id);
      }
    } else if ('organisation' in what) {
      this.entries.get('organisation')?.delete(what.organisation);
    } else {
      this.entries.get('workspaceOwner')?.clear();
    }
  }

  /** True when the person was changed through this process at or after `at` (a copy read then is out of date). */
  changedSince(personId: string, at: number): boolean {
    return (this.personChanges.get(personId) ?? -Infinity) >= at;
  }

  /** Forgets a whole kind (a benchmark measuring reads from cold does this before each use case). */
  forgetAll(kind: MemoryKind): void {
    this.entries.get(kind)?.clear();
  }

  private prune(kind: MemoryKind, entries: Map<string, Recalled<unknown>>): void {
    const now = this.now();
    for (const [key, e] of entries) if (now - e.at >= this.lifetimes[kind]) entries.delete(key);
  }
}
