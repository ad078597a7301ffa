// Text commands: whole-message words only (anything else in a 1:1 chat is a message for the therapist), scoped
// to personal chat or the channel, with validated arguments.
import { expect } from 'chai';
import { parseCommand, type CommandParse } from '../../src/teams/commands.js';

describe('teams command parsing', () => {
  const cases: [string, 'personal' | 'team', CommandParse][] = [
    ['help', 'personal', { ok: true, command: { name: 'help' } }],
    ['  Sessions ', 'personal', { ok: true, command: { name: 'sessions' } }],
    ['/book', 'personal', { ok: true, command: { name: 'book' } }],
    ['book a session with you tomorrow?', 'personal', { ok: false, error: 'unknown' }],
    ['I want to cancel', 'personal', { ok: false, error: 'unknown' }],
    ['usage', 'personal', { ok: true, command: { name: 'usage' } }],
    ['usage 2026-03', 'personal', { ok: true, command: { name: 'usage', month: '2026-03', department: undefined } }],
    [
      'usage 2026-03 Customer Success',
      'personal',
      { ok: true, command: { name: 'usage', month: '2026-03', department: 'Customer Success' } },
    ],
    ['usage Finance', 'personal', { ok: true, command: { name: 'usage', department: 'Finance' } }],
    ['usage 2026-13', 'personal', { ok: false, error: 'invalid_month' }],
    ['usage 2026-3', 'personal', { ok: false, error: 'invalid_month' }],
    [`usage 2026-03 ${'x'.repeat(101)}`, 'personal', { ok: false, error: 'bad_input' }],
    ['usage', 'team', { ok: false, error: 'unknown' }],
    ['usage december', 'personal', { ok: true, command: { name: 'usage', month: 'december', department: undefined } }],
    ['notice 12', 'personal', { ok: true, command: { name: 'notice', argument: '12' } }],
    ['notice 12h', 'personal', { ok: true, command: { name: 'notice', argument: '12h' } }],
    ['notice', 'personal', { ok: true, command: { name: 'notice', argument: '' } }],
    ['notice how I feel after our sessions', 'personal', { ok: false, error: 'unknown' }],
    ['away 2030-01-12 2030-01-14', 'personal', { ok: true, command: { name: 'away', argument: '2030-01-12 2030-01-14' } }],
    ['away clear', 'personal', { ok: true, command: { name: 'away', argument: 'clear' } }],
    ['away from my desk today', 'personal', { ok: false, error: 'unknown' }],
    ['link <at>Dr Sam</at>', 'team', { ok: true, command: { name: 'link', therapist: '<at>Dr Sam</at>' } }],
    ['link', 'team', { ok: false, error: 'bad_input' }],
    ['link someone', 'personal', { ok: false, error: 'unknown' }],
    ['link to that article you mentioned', 'personal', { ok: false, error: 'unknown' }],
    [
      'link https://meet.example.com/sam',
      'personal',
      { ok: true, command: { name: 'meeting-link', argument: 'https://meet.example.com/sam' } },
    ],
    [
      'link http://meet.example.com/sam',
      'personal',
      { ok: true, command: { name: 'meeting-link', argument: 'http://meet.example.com/sam' } },
    ],
    ['link remove', 'personal', { ok: true, command: { name: 'meeting-link', argument: 'remove' } }],
    [
      'hours Mon-Fri 09:00-17:00 "within a day"',
      'personal',
      { ok: true, command: { name: 'hours', argument: 'Mon-Fri 09:00-17:00 "within a day"' } },
    ],
    ['hours are you free tomorrow?', 'personal', { ok: false, error: 'unknown' }],
    ['hours', 'team', { ok: false, error: 'unknown' }],
    ['availability', 'team', { ok: true, command: { name: 'availability' } }],
    ['', 'personal', { ok: false, error: 'unknown' }],
  ];
  for (const [text, scope, expected] of cases) {
    it(`${scope}: ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(parseCommand(text, scope)).to.deep.equal(expected);
    });
  }
});
