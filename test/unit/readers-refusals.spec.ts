// Small words that cost trust (issue: every screen right for its reader): a refusal is worded for who acted, not for
// whose button it was; a request's state reads as English ("has already expired"); a month can be given by its name;
// nothing picked in a time form asks for a time beside the slot list instead of calling a time invalid.
import { expect } from 'chai';
import { audienceOf, refusalField, refusalText } from '../../src/domain/refusals.js';
import { resolveMonth } from '../../src/domain/time.js';
import { parseUsageArgs } from '../../src/slack/listeners/commands/usage.js';
import { readTimeChoice } from '../../src/slack/forms.js';
import { parseCommand } from '../../src/teams/commands.js';
import { GB } from '../support/readers.js';

describe('refusals and small words, for the reader', () => {
  it("an employee replaying a therapist's Confirm is told what they can do, never 'your client'", () => {
    const employee = refusalText({ code: 'not_awaiting_you' }, audienceOf({ roles: ['employee'] }), GB);
    expect(employee, 'the employee').to.include("waiting for your therapist's answer");
    expect(employee, 'the employee').to.include('withdraw');
    expect(employee, 'the employee').to.not.include('client');
    const therapist = refusalText({ code: 'not_awaiting_you' }, audienceOf({ roles: ['therapist'] }), GB);
    expect(therapist, 'the therapist').to.include("waiting for your client's answer");
    expect(therapist, 'the therapist').to.not.include('withdraw');
    expect(refusalText({ code: 'not_your_session' }, 'therapist', GB), 'the therapist').to.include("isn't one of your clients'");
  });

  it('a decided request reads as English in every state', () => {
    const said = (status: string) => refusalText({ code: 'already_decided', params: { status } }, 'employee', GB);
    expect(said('expired')).to.equal('This request has already expired.');
    expect(said('confirmed')).to.equal('This request has already been confirmed.');
    expect(said('withdrawn')).to.equal('This request has already been withdrawn.');
    expect(said('proposed')).to.equal('This request has already been answered with another time.');
    for (const status of ['expired', 'confirmed', 'declined', 'withdrawn', 'proposed']) expect(said(status)).to.not.include('been expired');
  });

  it('a month is given as YYYY-MM or by its name; a bare name is the latest such month that has begun', () => {
    const march2027 = new Date('2027-03-10T12:00:00Z');
    expect(resolveMonth('december', march2027, 'Europe/London')).to.equal('2026-12');
    expect(resolveMonth('March', march2027, 'Europe/London')).to.equal('2027-03');
    expect(resolveMonth('Dec 2025', march2027, 'Europe/London')).to.equal('2025-12');
    expect(resolveMonth('2026-05', march2027, 'Europe/London')).to.equal('2026-05');
    expect(resolveMonth('Sales', march2027, 'Europe/London')).to.equal(null);
    // 1 January 00:30 in Auckland is still December in London: the organisation's zone decides.
    expect(resolveMonth('january', new Date('2026-12-31T11:30:00Z'), 'Pacific/Auckland')).to.equal('2027-01');
    expect(resolveMonth('january', new Date('2026-12-31T11:30:00Z'), 'Europe/London')).to.equal('2026-01');
    expect(refusalText({ code: 'invalid_month' }, 'employee', GB)).to.include('by its name');
  });

  it("'/wellbeing-usage december' and Teams 'usage december' ask for December, not a department called December", () => {
    expect(parseUsageArgs('december')).to.deep.equal({ ok: true, month: 'december' });
    expect(parseUsageArgs('Dec 2026 Sales')).to.deep.equal({ ok: true, month: 'Dec 2026', department: 'Sales' });
    expect(parseUsageArgs('Sales')).to.deep.equal({ ok: true, department: 'Sales' });
    expect(parseCommand('usage december', 'personal')).to.deep.equal({
      ok: true,
      command: { name: 'usage', month: 'december', department: undefined },
    });
    expect(parseCommand('usage december 2026 Sales', 'personal')).to.deep.equal({
      ok: true,
      command: { name: 'usage', month: 'december 2026', department: 'Sales' },
    });
  });

  it('nothing picked in a time form asks for a time beside the slot list; half a custom time is malformed', () => {
    const none = readTimeChoice({});
    expect(none).to.deep.equal({ ok: false, code: 'no_time_picked' });
    expect(refusalField('no_time_picked')).to.equal('slot');
    expect(refusalText({ code: 'no_time_picked' }, 'employee', GB)).to.include('Please pick a time');
    expect(refusalText({ code: 'no_time_picked' }, 'employee', GB)).to.not.include("isn't valid");
    const half = readTimeChoice({ date: { date: { type: 'datepicker', selected_date: '2030-01-10' } } });
    expect(half).to.deep.equal({ ok: false, code: 'malformed_time' });
  });
});
