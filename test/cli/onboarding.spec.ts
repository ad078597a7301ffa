// Operator onboarding of a second employer: the provider organisation, employers, claims, what is installed
// where (never a token), provider therapists taking an employer's clients, and commands that name the organisation
// they act on refusing a person of another one.
import { expect } from 'chai';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import { openCliHarness, type CliHarness } from './harness.js';

describe('cli: onboarding a second employer', () => {
  let h: CliHarness;
  const ok = async (...argv: string[]) => expect(await h.run(...argv), `${argv.join(' ')}\n${h.err.join('\n')}`).to.equal(EXIT_OK);
  const person = (workspace: string, user: string) => ['--platform', 'slack', '--workspace', workspace, '--user', user];

  beforeEach(async () => {
    h = await openCliHarness('cli_onboarding');
    await ok('create-org', '--id', 'care', '--name', 'Care Provider', '--zone', 'Europe/London', '--provider');
    await ok('create-org', '--id', 'acme', '--name', 'Acme', '--zone', 'Europe/London', '--allowance', '4');
    await ok('create-org', '--id', 'globex', '--name', 'Globex', '--zone', 'America/New_York', '--allowance', '2');
    await ok('attach-workspace', '--org', 'care', '--kind', 'slack_team', '--id', 'TPROV');
    await ok('attach-workspace', '--org', 'acme', '--kind', 'slack_team', '--id', 'TACME');
    await ok('attach-workspace', '--org', 'globex', '--kind', 'teams_tenant', '--id', 'tenant-globex');
    await ok(
      'add-therapist',
      '--org',
      'care',
      '--name',
      'Dr Sam',
      '--zone',
      'Europe/London',
      ...person('TPROV', 'UTHER'),
      '--channel',
      'CTHER',
    );
  });
  afterEach(() => h.close());

  it('creates a provider organisation without an allowance, and refuses an employer without one', async () => {
    const care = await h.services.context.store.directory.organisation('care');
    expect(care?.provider).to.equal(true);
    expect(await h.run('create-org', '--id', 'initech', '--name', 'Initech', '--zone', 'Europe/London')).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('missing --allowance');
    expect(await h.services.context.store.directory.organisation('initech')).to.equal(null);
  });

  it("lets a provider therapist take an employer's clients, and refuses another employer's therapist", async () => {
    await ok(
      'add-employee',
      '--org',
      'acme',
      '--name',
      'Jo',
      '--zone',
      'Europe/London',
      ...person('TACME', 'UJO'),
      '--therapist-workspace',
      'TPROV',
      '--therapist-user',
      'UTHER',
    );
    await ok('add-therapist', '--org', 'acme', '--name', 'Dr Acme', '--zone', 'Europe/London', ...person('TACME', 'UACMETHER'));
    const refused = await h.run(
      'add-employee',
      '--org',
      'globex',
      '--name',
      'Gil',
      '--zone',
      'America/New_York',
      '--platform',
      'teams',
      '--workspace',
      'tenant-globex',
      '--user',
      'aad-gil',
      '--therapist-platform',
      'slack',
      '--therapist-workspace',
      'TACME',
      '--therapist-user',
      'UACMETHER',
    );
    expect(refused).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('no therapist with that identity in this organisation or the provider');
    expect(await h.db.models.Person.countDocuments({ orgId: 'globex' })).to.equal(0);
  });

  it('lists what each organisation claims and which Slack installations exist, never a token', async () => {
    const installs = h.services.context.store.installations;
    const at = new Date('2030-03-04T09:00:00Z');
    await installs.save(
      { _id: 'team:TPROV', teamId: 'TPROV', enterpriseId: '', isEnterpriseInstall: false, sealed: 'SEALED-xoxb-provider' },
      at,
    );
    await installs.save(
      { _id: 'team:TSTRANGER', teamId: 'TSTRANGER', enterpriseId: '', isEnterpriseInstall: false, sealed: 'SEALED-xoxb-stranger' },
      at,
    );
    await ok('list-installs');
    const out = h.out.join('\n');
    expect(h.out).to.include('Organisation care (Care Provider), the provider: slack_team TPROV (installed)');
    expect(h.out).to.include('Organisation acme (Acme): slack_team TACME (not installed by itself)');
    expect(h.out).to.include('Organisation globex (Globex): teams_tenant tenant-globex');
    expect(h.out).to.include('Slack installations: 2');
    expect(h.out).to.include('  team TPROV, installed 2030-03-04T09:00:00.000Z, updated 2030-03-04T09:00:00.000Z: care');
    expect(h.out).to.include(
      '  team TSTRANGER, installed 2030-03-04T09:00:00.000Z, updated 2030-03-04T09:00:00.000Z: claimed by no organisation',
    );
    expect(out).not.to.match(/xoxb|SEALED/);

    await ok('list-installs', '--org', 'acme');
    expect(h.out).to.deep.equal(['Organisation acme (Acme): slack_team TACME (not installed by itself)', 'Slack installations: 0']);
    expect(await h.run('list-installs', '--org', 'nobody')).to.equal(EXIT_REFUSED);
  });

  it('refuses a command naming one organisation and a person of another, changing nothing', async () => {
    await ok(
      'add-employee',
      '--org',
      'acme',
      '--name',
      'Jo',
      '--zone',
      'Europe/London',
      ...person('TACME', 'UJO'),
      '--therapist-workspace',
      'TPROV',
      '--therapist-user',
      'UTHER',
    );
    const before = await h.db.models.Person.find().sort({ _id: 1 }).lean().exec();
    const links = await h.db.models.ChannelLink.find().lean().exec();

    expect(await h.run('set-allowance', '--org', 'globex', ...person('TACME', 'UJO'), '--allowance', '9')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('slack:TACME:UJO is not a person of organisation globex');
    expect(
      await h.run(
        'link-channel',
        '--org',
        'acme',
        '--platform',
        'slack',
        '--workspace',
        'TPROV',
        '--therapist-user',
        'UTHER',
        '--channel',
        'CACME',
      ),
    ).to.equal(EXIT_REFUSED);
    expect(await h.run('set-meeting-link', '--org', 'acme', ...person('TPROV', 'UTHER'), '--url', 'https://meet.example.com/x')).to.equal(
      EXIT_REFUSED,
    );
    expect(await h.run('set-reply-hours', '--org', 'globex', ...person('TPROV', 'UTHER'), '--usual', 'soon')).to.equal(EXIT_REFUSED);
    expect(await h.run('set-booking-notice', '--org', 'acme', ...person('TPROV', 'UTHER'), '--hours', '12')).to.equal(EXIT_REFUSED);
    expect(await h.run('set-away', '--org', 'acme', ...person('TPROV', 'UTHER'), '--from', '2031-01-04')).to.equal(EXIT_REFUSED);
    expect(await h.run('set-away', '--org', 'care', ...person('TPROV', 'UTHER'))).to.equal(EXIT_USAGE);
    expect(await h.run('set-allowance', ...person('TACME', 'UJO'), '--allowance', '9')).to.equal(EXIT_USAGE);

    expect(await h.db.models.Person.find().sort({ _id: 1 }).lean().exec()).to.deep.equal(before);
    expect(await h.db.models.ChannelLink.find().lean().exec()).to.deep.equal(links);
    // The right organisation named: the same change goes through.
    await ok('set-allowance', '--org', 'acme', ...person('TACME', 'UJO'), '--allowance', '3');
    await ok('set-booking-notice', '--org', 'care', ...person('TPROV', 'UTHER'), '--hours', '12');
    await ok('set-away', '--org', 'care', ...person('TPROV', 'UTHER'), '--from', '2031-01-04', '--to', '2031-01-08');
    const therapist = await h.db.models.Person.findOne({ 'identity.userId': 'UTHER' }).lean().exec();
    expect(therapist).to.deep.include({ bookingNoticeHours: 12, awayPeriods: [{ from: '2031-01-04', to: '2031-01-08' }] });
  });

  it("lists and shows only the named organisation's people", async () => {
    await ok(
      'add-employee',
      '--org',
      'acme',
      '--name',
      'Jo',
      '--zone',
      'Europe/London',
      ...person('TACME', 'UJO'),
      '--therapist-workspace',
      'TPROV',
      '--therapist-user',
      'UTHER',
    );
    await ok('list-people', '--org', 'globex');
    expect(h.out).to.deep.equal(['0 people in globex.']);
    await ok('list-people', '--org', 'acme');
    expect(h.out.join('\n')).to.include('Jo').and.not.to.include('Dr Sam');
    await ok('show-org', '--org', 'globex');
    expect(h.out.join('\n')).to.include('0 employees, 0 therapists');
  });
});
