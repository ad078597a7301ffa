// What every operator command is made of: exit codes, the IO it prints to, its declaration and the flag readers.
// Shared by commands.ts and the command groups beside it (data-protection-commands.ts).
import type { Platform, PlatformIdentity } from '../domain/types.js';
import type { CoreServices } from '../services/index.js';
import type { Delivery } from './delivery.js';
import type { OperatorLookup } from './operator-lookup.js';

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_REFUSED | typeof EXIT_USAGE;

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIO: CliIO = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export class UsageError extends Error {}

export type Flags = Record<string, string | boolean | undefined>;
export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface Command {
  summary: string;
  usage: string;
  options: OptionSpec;
  required: string[];
  /** Required flags that may be left out when the named boolean flag is given (e.g. no --allowance with --provider). */
  unlessGiven?: Record<string, string>;
  /** The flags bare arguments fill, in order (`approve-recommendation <id>` is `--id <id>`). */
  positional?: string[];
  /** False for commands that never touch the database. */
  needsDb: boolean;
  /** True for the one command that messages people (the sweep): it runs with the app's notifiers (delivery.ts). */
  delivers?: boolean;
  run(services: CoreServices, flags: Flags, io: CliIO, lookup: OperatorLookup, delivery?: Delivery): Promise<ExitCode>;
}

export const s = { type: 'string' } as const;
export const b = { type: 'boolean' } as const;
/** Accepted by every command: admin.ts reads them before connecting. */
export const globalOptions: OptionSpec = { embedded: b, help: b };

export const str = (flags: Flags, name: string): string | undefined => {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
};
export const need = (flags: Flags, name: string): string => {
  const v = str(flags, name);
  if (v === undefined || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v.trim();
};
export const int = (flags: Flags, name: string): number | undefined => {
  const v = str(flags, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`--${name} must be a whole number, not "${v}"`);
  return Number(v);
};
export const platformOf = (flags: Flags, name: string, fallback?: Platform): Platform => {
  const v = str(flags, name) ?? fallback;
  if (v === undefined) throw new UsageError(`--${name} is required (slack or teams)`);
  if (v !== 'slack' && v !== 'teams') throw new UsageError(`--${name} must be slack or teams, not "${v}"`);
  return v;
};
export const identityOf = (flags: Flags, userFlag = 'user'): PlatformIdentity => ({
  platform: platformOf(flags, 'platform'),
  workspaceId: need(flags, 'workspace'),
  userId: need(flags, userFlag),
});

export const showIdentity = (i: PlatformIdentity) => `${i.platform}:${i.workspaceId}:${i.userId}`;
