// Kills a call at its k-th write: that write fails, and so does every later store call until the test says the
// process is back (as after kill -9 and a restart: nothing else of that call, nor of its after-answer work, runs).
// Writes are the repository methods that change documents, recognised by name.
import type { Store } from '../../src/store/index.js';

const WRITE =
  /^(insert|update|release|claim|record|settle|append|set|move|delete|ensure|drop|firstTime|save|mark|abandon|attach|detach|remove|create)|^link$/;

export class CrashInjector {
  private writes = 0;
  private crashAt = 0;
  private dead = false;

  /** Wraps every repository of `store` in place; call once per store. */
  constructor(store: Store) {
    for (const repo of Object.values(store) as object[]) this.wrap(repo);
  }

  /** The next call dies at its k-th write (1-based); 0: never. Counting starts now. */
  arm(k: number): void {
    this.writes = 0;
    this.crashAt = k;
    this.dead = false;
  }

  /** Writes seen since `arm` (to learn how many writes a clean call makes). */
  get writesSeen(): number {
    return this.writes;
  }

  get crashed(): boolean {
    return this.dead;
  }

  /**
   * kill -9 now: every later store call fails, and a call already at the database loses its answer (its write may
   * have been applied, as when a process dies between sending a command and reading the reply).
   */
  kill(): void {
    this.dead = true;
  }

  /** The process is back: calls reach the database again, and no crash is armed. */
  restart(): void {
    this.dead = false;
    this.crashAt = 0;
  }

  private wrap(repo: object): void {
    const proto = Object.getPrototypeOf(repo) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const original = proto[name];
      if (name === 'constructor' || typeof original !== 'function') continue;
      const isWrite = WRITE.test(name);
      Object.defineProperty(repo, name, {
        configurable: true,
        value: (...args: unknown[]) => {
          if (this.dead) throw new Error(`crashed (${name})`);
          if (isWrite && this.crashAt > 0 && ++this.writes === this.crashAt) {
            this.dead = true;
            throw new Error(`crash at write ${this.writes} (${name})`);
          }
          if (isWrite && this.crashAt === 0) this.writes++;
          const result = (original as (...a: unknown[]) => unknown).apply(repo, args);
          if (!(result instanceof Promise)) return result;
          return result.then((value) => {
            if (this.dead) throw new Error(`crashed before the answer of ${name} was read`);
            return value;
          });
        },
      });
    }
  }
}
