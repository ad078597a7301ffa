// Deterministic mutation of JSON payloads for the fuzz specs: a seeded PRNG (mulberry32) picks a path anywhere in
// a valid payload and breaks it (missing, null, wrong type, arrays holding nulls, huge strings...). The same seed
// gives the same mutations, so a failure is reproduced by running the spec again with the seed it printed.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** mulberry32: 32-bit state, good enough spread for picking mutations, and a few lines long. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Fuzzer {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A value of the wrong kind (or the right kind, badly): what a broken or hostile sender could put anywhere. */
  junk(original: Json | undefined): Json {
    const huge = 'A'.repeat(this.pick([3_000, 40_000, 200_000]));
    const options: Json[] = [
      null,
      0,
      -1,
      1.5,
      1e308,
      true,
      false,
      '',
      ' ',
      'x',
      huge,
      '\u0000\ud83d\ude00<script>',
      '12345.6789',
      [],
      [null],
      {},
      { id: null },
      { id: 42 },
      [{}],
      [[]],
      original === undefined ? null : [original],
      original === undefined ? null : [original, null],
      original === undefined ? null : [null, original],
      original === undefined ? 'undefined' : JSON.stringify(original).slice(0, 200),
    ];
    return this.pick(options);
  }

  /** Every path in `value` (objects' keys and arrays' indexes), depth first, the root excluded. */
  static paths(value: Json, prefix: Path = []): Path[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...Fuzzer.paths(v, [...prefix, i])]);
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...Fuzzer.paths(v, [...prefix, k])]);
    }
    return [];
  }

  /**
   * One to three mutations of a copy of `value`; returns the copy and what was done (paths and operations only).
   * Now and then the nulls go into every element of an array, or every field of an object is nulled at once, or
   * one of `extraKeys` is added somewhere.
   */
  mutate(value: Json, extraKeys: readonly string[] = []): { value: Json; done: string[] } {
    const copy = structuredClone(value);
    const done: string[] = [];
    const times = 1 + this.int(3);
    for (let i = 0; i < times; i++) {
      const paths = Fuzzer.paths(copy);
      if (paths.length === 0) break;
      if (extraKeys.length > 0 && this.int(8) === 0) {
        // A key the payload does not have, somewhere it can go: senders add fields as well as break them.
        const objects = [[], ...paths].filter((p) => Fuzzer.isObject(Fuzzer.at(copy, p)));
        const at = this.pick(objects);
        const key = this.pick(extraKeys);
        (Fuzzer.at(copy, at) as Record<string, Json>)[key] = this.junk(undefined);
        done.push(`${[...at, key].join('.')}:added`);
        continue;
      }
      const path = this.pick(paths);
      const parent = Fuzzer.at(copy, path.slice(0, -1));
      const key = path[path.length - 1] as string | number;
      if (parent === null || typeof parent !== 'object') continue;
      const container = parent as Record<string | number, Json>;
      const roll = this.int(10);
      if (roll < 2 && !Array.isArray(parent)) {
        delete container[key];
        done.push(`${path.join('.')}:delete`);
      } else if (roll === 2) {
        const v = container[key];
        if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) (v as Record<string, Json>)[k] = null;
        else container[key] = null;
        done.push(`${path.join('.')}:all-null`);
      } else {
        const junk = this.junk(container[key]);
        container[key] = junk;
        done.push(`${path.join('.')}:${Array.isArray(junk) ? 'array' : junk === null ? 'null' : typeof junk}`);
      }
    }
    return { value: copy, done };
  }

  static isObject(value: Json | undefined): value is { [key: string]: Json } {
    return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
  }

  static at(value: Json, path: Path): Json | undefined {
    let here: Json | undefined = value;
    for (const key of path) {
      if (here === null || typeof here !== 'object') return undefined;
      here = (here as Record<string | number, Json>)[key];
    }
    return here;
  }
}

/** Statuses counted, for a failure message that says what came back how often. */
export function countByStatus(statuses: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[String(s)] = (out[String(s)] ?? 0) + 1;
  return out;
}

/** The seed: FUZZ_SEED when set (to reproduce a reported failure), else the spec's fixed one. */
export function fuzzSeed(fallback: number): number {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) && process.env.FUZZ_SEED ? given : fallback;
}
