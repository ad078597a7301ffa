// Typed text commands: the words people type to the bot (personal chat) or after @mentioning it (channel).
// The same names are listed in the manifest's command lists (one list for everyone); each reader's help lists only
// their own, in their words (`commandsFor`).
import { z } from 'zod';
import type { EmployeeAction } from '../domain/help.js';
import { helpWording, rolesOf } from '../domain/help.js';
import { monthNumberOf } from '../domain/time.js';
import type { Role } from '../domain/types.js';

export type Scope = 'personal' | 'team';

export type Command =
  | { name: 'help' }
  | { name: 'sessions' }
  | { name: 'book' }
  | { name: 'reschedule' }
  | { name: 'cancel' }
  | { name: 'availability' }
  | { name: 'usage'; month?: string; department?: string }
  | { name: 'link'; therapist: string }
  /** `link` in the 1:1 chat: a therapist's own meeting link (in a channel, `link @therapist` links the channel). */
  | { name: 'meeting-link'; argument: string }
  | { name: 'hours'; argument: string }
  | { name: 'notice'; argument: string }
  | { name: 'away'; argument: string }
  /** In a client's thread (after @mentioning the bot): the card to recommend extra sessions for them. */
  | { name: 'recommend' }
  /** `change therapist`: an employee asks the wellbeing service for another therapist (issue 19, §6). */
  | { name: 'change-therapist' };

export const commandList: { name: string; description: string; scopes: Scope[]; menu?: false }[] = [
  { name: 'help', description: 'What I can do', scopes: ['personal', 'team'] },
  { name: 'sessions', description: 'Your upcoming sessions and allowance', scopes: ['personal'] },
  { name: 'book', description: 'Book a session in an open slot', scopes: ['personal'] },
  { name: 'reschedule', description: 'Ask to move a session', scopes: ['personal'] },
  { name: 'cancel', description: 'Cancel a session', scopes: ['personal'] },
  { name: 'availability', description: 'Therapists: publish open times', scopes: ['personal', 'team'] },
  { name: 'usage', description: 'HR: usage [YYYY-MM] [department]', scopes: ['personal'] },
  { name: 'link', description: 'Therapists: link https://… sets your meeting link', scopes: ['personal'] },
  { name: 'hours', description: 'Therapists: hours Mon-Fri 09:00-17:00 [usual reply time]', scopes: ['personal'] },
  { name: 'notice', description: 'Therapists: notice 12 sets how many hours ahead clients can book', scopes: ['personal'] },
  // Teams' menu holds at most 10 commands per scope: this one is read and in the therapist's help, not in the menu.
  { name: 'away', description: 'Therapists: away 2027-01-04 2027-01-15 sets days away', scopes: ['personal'], menu: false },
  { name: 'change', description: 'Employees: change therapist asks for another therapist', scopes: ['personal'], menu: false },
  { name: 'link', description: 'Admins: link @therapist to this channel', scopes: ['team'] },
  { name: 'recommend', description: "Therapists, in a client's thread: recommend more sessions", scopes: ['team'] },
];

/** The manifest's command menu for a scope: what Teams offers everyone there, whatever their role. */
export function commandHelp(scope: Scope): { name: string; description: string }[] {
  return commandList.filter((c) => c.scopes.includes(scope) && c.menu !== false).map(({ name, description }) => ({ name, description }));
}

/** A command as one reader's help lists it. */
export interface ReaderCommand {
  name: string;
  description: string;
}

const helpLine: ReaderCommand = { name: 'help', description: 'What I can do for you' };

/** Each role's own commands in the 1:1 chat, in that reader's words. */
const personalCommands: Record<Role, ReaderCommand[]> = {
  employee: [
    { name: 'sessions', description: 'Your upcoming sessions and allowance' },
    { name: 'book', description: 'Book a session in an open slot' },
    { name: 'reschedule', description: 'Ask to move a session' },
    { name: 'cancel', description: 'Cancel a session' },
    { name: 'change therapist', description: `To ${helpWording().changeTherapist}` },
  ],
  therapist: [
    { name: 'sessions', description: 'Your week: move or cancel a session, mark recent ones Attended or No-show' },
    { name: 'availability', description: 'List, add and remove your open slots' },
    { name: 'link', description: 'link https://… sets the meeting link your clients see; link remove clears it' },
    { name: 'hours', description: 'hours Mon-Fri 09:00-17:00 [usual reply time]: told to clients who message you' },
    { name: 'notice', description: 'notice 12: how many hours ahead clients can book with you (24 unless you set it)' },
    { name: 'away', description: 'away 2027-01-04 2027-01-15: days away (away clear removes them)' },
  ],
  hr_admin: [{ name: 'usage', description: 'usage [YYYY-MM] [department]: programme usage, counts only' }],
  operator: [],
};

const linkChannel: ReaderCommand = { name: 'link @therapist', description: 'Make this channel that therapist’s conversation channel' };

/** Each role's commands after @mentioning the bot in a channel. */
const channelCommands: Record<Role, ReaderCommand[]> = {
  employee: [],
  therapist: [
    { name: 'availability', description: 'List, add and remove your open slots' },
    { name: 'recommend', description: `In a client's thread: ${helpWording().therapistRecommend}` },
  ],
  hr_admin: [linkChannel],
  operator: [linkChannel],
};

/**
 * The commands one reader's help lists: `help`, then each of their roles' own. A command two roles share is listed
 * once, as the first of the reader's roles has it: an employee who is also a therapist gets the employee's
 * `sessions`, which is what the command shows them.
 */
export function commandsFor(roles: readonly Role[], scope: Scope): ReaderCommand[] {
  const own = rolesOf(roles).flatMap((role) => (scope === 'personal' ? personalCommands : channelCommands)[role]);
  return [helpLine, ...own.filter((c, i) => own.findIndex((o) => o.name === c.name) === i)];
}

/** The employee's action a command asks for, for the check of whether the reader has it (domain/help.ts). */
export function employeeActionOf(command: Command): EmployeeAction | null {
  switch (command.name) {
    case 'sessions':
    case 'book':
    case 'reschedule':
    case 'cancel':
      return command.name;
    default:
      return null;
  }
}

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const departmentSchema = z.string().trim().min(1).max(100);
const therapistRefSchema = z.string().trim().min(1).max(200);

export type CommandParse = { ok: true; command: Command } | { ok: false; error: 'unknown' | 'invalid_month' | 'bad_input' };

/** Parses a message as a command; `unknown` means it is not one (in personal chat: relay it as a message). */
export function parseCommand(text: string, scope: Scope): CommandParse {
  const trimmed = text.trim();
  const [head = '', ...rest] = trimmed.split(/\s+/);
  const word = head.toLowerCase().replace(/^\//, '');
  const known = commandList.find((c) => c.name === word && c.scopes.includes(scope));
  if (!known) return { ok: false, error: 'unknown' };
  switch (word) {
    case 'usage': {
      const [first, ...more] = rest;
      if (first === undefined) return { ok: true, command: { name: 'usage' } };
      if (monthNumberOf(first) !== null) {
        // A month's name ("december", "Dec 2026"): the service reads it in the organisation's zone.
        const withYear = /^\d{4}$/.test(more[0] ?? '') ? 2 : 1;
        const tail = rest.slice(withYear);
        const department = tail.length ? departmentSchema.safeParse(tail.join(' ')) : null;
        if (department && !department.success) return { ok: false, error: 'bad_input' };
        return { ok: true, command: { name: 'usage', month: rest.slice(0, withYear).join(' '), department: department?.data } };
      }
      if (/^\d{4}-\d{1,2}$/.test(first) || /^\d/.test(first)) {
        if (!monthSchema.safeParse(first).success) return { ok: false, error: 'invalid_month' };
        const department = more.length ? departmentSchema.safeParse(more.join(' ')) : null;
        if (department && !department.success) return { ok: false, error: 'bad_input' };
        return { ok: true, command: { name: 'usage', month: first, department: department?.data } };
      }
      const department = departmentSchema.safeParse(rest.join(' '));
      if (!department.success) return { ok: false, error: 'bad_input' };
      return { ok: true, command: { name: 'usage', department: department.data } };
    }
    case 'link': {
      // In the 1:1 chat only `link` alone, or with one word that is an address or `remove`, is the command: an
      // employee's "link someone" or "link to that article" is a message for their therapist.
      if (scope === 'personal') {
        const [argument = ''] = rest;
        const isSetting = rest.length <= 1 && (argument === '' || /[./:]/.test(argument) || /^(remove|off|none)$/i.test(argument));
        return isSetting ? { ok: true, command: { name: 'meeting-link', argument } } : { ok: false, error: 'unknown' };
      }
      const therapist = therapistRefSchema.safeParse(rest.join(' '));
      if (!therapist.success) return { ok: false, error: 'bad_input' };
      return { ok: true, command: { name: 'link', therapist: therapist.data } };
    }
    case 'hours':
      // Likewise only `hours` followed by days ("hours Mon-Fri …"); the rest is kept as typed, quotes and all.
      if (rest.length > 0 && !/^(mon|tue|wed|thu|fri|sat|sun)/i.test(rest[0] ?? '')) return { ok: false, error: 'unknown' };
      return { ok: true, command: { name: 'hours', argument: trimmed.replace(/^\S+\s*/, '') } };
    case 'away':
      // Only `away` alone, `away clear` or `away` with dates: "away from my desk" is a message for the therapist.
      if (rest.length > 0 && !/^(clear|\d{4}-\d{2}-\d{2})$/i.test(rest[0] ?? '')) return { ok: false, error: 'unknown' };
      return { ok: true, command: { name: 'away', argument: rest.join(' ') } };
    case 'change':
      // Only the two words `change therapist`: "change of plans" is a message for the therapist.
      if (rest.length !== 1 || rest[0]?.toLowerCase() !== 'therapist') return { ok: false, error: 'unknown' };
      return { ok: true, command: { name: 'change-therapist' } };
    case 'notice':
      // Only `notice` alone or with a number of hours ("notice 12", "notice 12h"): "notice how I feel" is a message.
      if (rest.length > 1 || (rest.length === 1 && !/^\d+\s*h?$/i.test(rest[0] ?? ''))) return { ok: false, error: 'unknown' };
      return { ok: true, command: { name: 'notice', argument: rest.join(' ') } };
    default:
      // Only whole-message commands: "book a session with you tomorrow" is a message for the therapist.
      if (rest.length > 0) return { ok: false, error: 'unknown' };
      return { ok: true, command: { name: word as 'help' | 'sessions' | 'book' | 'reschedule' | 'cancel' | 'availability' | 'recommend' } };
  }
}
