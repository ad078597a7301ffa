// Typed text commands: the words people type to the bot (personal chat) or after @mentioning it (channel).
// The same names are listed in the manifest's command lists (one list for everyone); each reader's help lists only
// their own, in their words (`commandsFor`).
import { z } from 'zod';
import type { EmployeeAction } from '../domain/help.js';
import { helpWording, rolesOf } from '../domain/help.js';
import { monthNumberOf } from '../domain/time.js';
import type { Role } from '../domain/types.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Words } from '../i18n/words.js';

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

/** The command words the bot reads, with where, and the catalogue key of their menu description. */
export const commandList: { name: string; description: MessageKey; scopes: Scope[]; menu?: false }[] = [
  { name: 'help', description: 'teams.commands.menu.help', scopes: ['personal', 'team'] },
  { name: 'sessions', description: 'teams.commands.menu.sessions', scopes: ['personal'] },
  { name: 'book', description: 'teams.commands.menu.book', scopes: ['personal'] },
  { name: 'reschedule', description: 'teams.commands.menu.reschedule', scopes: ['personal'] },
  { name: 'cancel', description: 'teams.commands.menu.cancel', scopes: ['personal'] },
  { name: 'availability', description: 'teams.commands.menu.availability', scopes: ['personal', 'team'] },
  { name: 'usage', description: 'teams.commands.menu.usage', scopes: ['personal'] },
  { name: 'link', description: 'teams.commands.menu.meetingLink', scopes: ['personal'] },
  { name: 'hours', description: 'teams.commands.menu.hours', scopes: ['personal'] },
  { name: 'notice', description: 'teams.commands.menu.notice', scopes: ['personal'] },
  // Teams' menu holds at most 10 commands per scope: this one is read and in the therapist's help, not in the menu.
  { name: 'away', description: 'teams.commands.menu.away', scopes: ['personal'], menu: false },
  { name: 'change', description: 'teams.commands.menu.change', scopes: ['personal'], menu: false },
  { name: 'link', description: 'teams.commands.menu.linkChannel', scopes: ['team'] },
  { name: 'recommend', description: 'teams.commands.menu.recommend', scopes: ['team'] },
];

/**
 * The manifest's command menu for a scope: what Teams offers everyone there, whatever their role, in `w`'s words
 * (the manifest's own lists are British English, with its localisation files for the other languages).
 */
export function commandHelp(scope: Scope, w: Words): { name: string; description: string }[] {
  return commandList
    .filter((c) => c.scopes.includes(scope) && c.menu !== false)
    .map(({ name, description }) => ({ name, description: w.t(description) }));
}

/** A command as one reader's help lists it. */
export interface ReaderCommand {
  name: string;
  description: string;
}

/** A help line before it is worded: the command, and its description's key (and values). */
interface HelpEntry {
  name: string;
  key: MessageKey;
  /** The description's values, in the reader's words. */
  values?: (w: Words) => Record<string, string>;
}

const helpLine: HelpEntry = { name: 'help', key: 'teams.commands.help' };

/** Each role's own commands in the 1:1 chat. */
const personalCommands: Record<Role, HelpEntry[]> = {
  employee: [
    { name: 'sessions', key: 'teams.commands.menu.sessions' },
    { name: 'book', key: 'teams.commands.menu.book' },
    { name: 'reschedule', key: 'teams.commands.menu.reschedule' },
    { name: 'cancel', key: 'teams.commands.menu.cancel' },
    { name: 'change therapist', key: 'teams.commands.changeTherapist', values: (w) => ({ action: helpWording(w).changeTherapist }) },
  ],
  therapist: [
    { name: 'sessions', key: 'teams.commands.therapistSessions' },
    { name: 'availability', key: 'teams.commands.availability' },
    { name: 'link', key: 'teams.commands.meetingLink' },
    { name: 'hours', key: 'teams.commands.hours' },
    { name: 'notice', key: 'teams.commands.notice' },
    { name: 'away', key: 'teams.commands.away' },
  ],
  hr_admin: [{ name: 'usage', key: 'teams.commands.usage' }],
  operator: [],
};

const linkChannel: HelpEntry = { name: 'link @therapist', key: 'teams.commands.linkChannel' };

/** Each role's commands after @mentioning the bot in a channel. */
const channelCommands: Record<Role, HelpEntry[]> = {
  employee: [],
  therapist: [
    { name: 'availability', key: 'teams.commands.availability' },
    { name: 'recommend', key: 'teams.commands.recommend', values: (w) => ({ action: helpWording(w).therapistRecommend }) },
  ],
  hr_admin: [linkChannel],
  operator: [linkChannel],
};

/**
 * The commands one reader's help lists: `help`, then each of their roles' own. A command two roles share is listed
 * once, as the first of the reader's roles has it: an employee who is also a therapist gets the employee's
 * `sessions`, which is what the command shows them.
 */
export function commandsFor(roles: readonly Role[], scope: Scope, w: Words): ReaderCommand[] {
  const own = rolesOf(roles).flatMap((role) => (scope === 'personal' ? personalCommands : channelCommands)[role]);
  return [helpLine, ...own.filter((c, i) => own.findIndex((o) => o.name === c.name) === i)].map((c) => ({
    name: c.name,
    description: w.t(c.key, c.values?.(w)),
  }));
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
