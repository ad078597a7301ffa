import { expect } from 'chai';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import { openCliHarness, type CliHarness } from './harness.js';

describe('cli: list-people and show-org', () => {
  let h: CliHarness;

  before(async () => {
    h = await openCliHarness('cli_lookup');
    const ok = async (...argv: string[]) => expect(await h.run(...argv), h.err.join('\n')).to.equal(EXIT_OK);
    await ok('create-org', '--id', 'acme', '--name', 'Acme Ltd', '--zone', 'Europe/London', '--allowance', '4');
    await ok('create-org', '--id', 'other', '--name', 'Other plc', '--zone', 'Europe/Paris', '--allowance', '2');
    const base = ['--zone', 'Europe/London', '--platform', 'slack', '--workspace', 'T0ACME'];
    await ok('add-therapist', '--org', 'acme', '--name', 'Dr Sam Rivers', ...base, '--user', 'UTHER', '--channel', 'CTHERAPY');
    await ok(
      'add-employee',
      '--org',
      'acme',
      '--name',
      'Jo Bloggs',
      ...base,
      '--user',
      'UJO',
      '--therapist-user',
      'UTHER',
      '--department',
      'Sales',
      '--allowance',
      '6',
    );
    await ok('add-hr', '--org', 'acme', '--name', 'Hana HR', ...base, '--user', 'UHR', '--operator');
    await ok(
      'add-hr',
      '--org',
      'other',
      '--name',
      'Olga Other',
      '--zone',
      'Europe/Paris',
      '--platform',
      'teams',
      '--workspace',
      'tenant-2',
      '--user',
      'u-olga',
    );
  });
  after(() => h.close());

  it("lists an organisation's people with ids an operator can copy, and no one from another organisation", async () => {
    expect(await h.run('list-people', '--org', 'acme')).to.equal(EXIT_OK);
    const jo = await h.services.context.store.directory.byIdentity({ platform: 'slack', workspaceId: 'T0ACME', userId: 'UJO' });
    const lines = h.out;
    expect(lines).to.have.length(4);
    expect(lines.slice(0, 3).map((l) => l.split('  ')[2])).to.deep.equal(['Dr Sam Rivers', 'Hana HR', 'Jo Bloggs']);
    const joLine = lines.find((l) => l.includes('Jo Bloggs')) ?? '';
    expect(joLine.startsWith(String(jo?._id))).to.equal(true);
    expect(joLine)
      .to.include('slack:T0ACME:UJO')
      .and.include('therapist Dr Sam Rivers')
      .and.include('department Sales')
      .and.include('allowance 6');
    expect(lines.find((l) => l.includes('Hana HR'))).to.include('hr_admin+operator');
    expect(lines.join('\n')).to.not.include('Olga');
    expect(lines[3]).to.equal('3 people in acme.');
  });

  it('narrows to one role', async () => {
    expect(await h.run('list-people', '--org', 'acme', '--role', 'therapist')).to.equal(EXIT_OK);
    expect(h.out).to.have.length(2);
    expect(h.out[0]).to.include('Dr Sam Rivers');
    expect(h.out[1]).to.equal('1 person with role therapist in acme.');
    expect(await h.run('list-people', '--org', 'acme', '--role', 'boss')).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('--role must be one of');
  });

  it("shows an organisation's policy, head counts per role and linked channels", async () => {
    expect(await h.run('show-org', '--org', 'acme')).to.equal(EXIT_OK);
    expect(h.out).to.deep.equal([
      'Organisation acme (Acme Ltd)',
      '  zone Europe/London, 4 sessions a month, reschedule cutoff 24 hours, report groups of at least 5 people',
      '  reminders: 24 hours (default) before the cutoff, 15 minutes (default) before a session',
      '  support line: none set',
      '  free text kept 365 days (default); calendar title "Private appointment" (default)',
      '  people: 1 employee, 1 therapist, 1 HR admin, 1 operator',
      '  linked therapist channels: 1',
    ]);
  });

  it('shows every policy field set-policy stores, with singular counts where one', async () => {
    const set = await h.run(
      'set-policy',
      '--org',
      'acme',
      '--allowance',
      '1',
      '--cutoff-hours',
      '1',
      '--reminder-lead-hours',
      '2',
      '--reminder-minutes-before',
      '1',
      '--support-line',
      'the Acme line, 0800 123 456',
      '--retention-days',
      '90',
      '--calendar-title',
      'Appointment',
    );
    expect(set, h.err.join('\n')).to.equal(EXIT_OK);
    expect(await h.run('show-org', '--org', 'acme')).to.equal(EXIT_OK);
    expect(h.out.slice(1, 5)).to.deep.equal([
      '  zone Europe/London, 1 session a month, reschedule cutoff 1 hour, report groups of at least 5 people',
      '  reminders: 2 hours before the cutoff, 1 minute before a session',
      '  support line: the Acme line, 0800 123 456',
      '  free text kept 90 days; calendar title "Appointment"',
    ]);
  });

  it('refuses an unknown organisation and asks for --org', async () => {
    expect(await h.run('show-org', '--org', 'nope')).to.equal(EXIT_REFUSED);
    expect(h.err).to.deep.equal(['Refused: no organisation nope']);
    expect(await h.run('list-people', '--org', 'nope')).to.equal(EXIT_REFUSED);
    expect(await h.run('list-people')).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('missing --org');
  });
});
