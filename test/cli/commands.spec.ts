import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import type { PlatformIdentity } from '../../src/domain/types.js';
import { openCliHarness, type CliHarness } from './harness.js';

const slack = (userId: string, workspaceId = 'T0ACME'): PlatformIdentity => ({ platform: 'slack', workspaceId, userId });

describe('cli: admin commands', () => {
  let h: CliHarness;
  let dir: string;

  beforeEach(async function () {
    h = await openCliHarness(this.currentTest?.title ?? 'cli');
    dir = await mkdtemp(join(tmpdir(), 'cli-import-'));
  });
  afterEach(async () => {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  });

  const person = (identity: PlatformIdentity) => h.services.context.store.directory.byIdentity(identity);
  const peopleCount = () => h.db.models.Person.countDocuments().exec();

  async function createAcme(): Promise<void> {
    expect(await h.run('create-org', '--id', 'acme', '--name', 'Acme Ltd', '--zone', 'Europe/London', '--allowance', '4')).to.equal(
      EXIT_OK,
    );
  }

  async function addTherapist(): Promise<void> {
    const code = await h.run(
      'add-therapist',
      '--org',
      'acme',
      '--name',
      'Dr Sam Rivers',
      '--zone',
      'Europe/London',
      '--platform',
      'slack',
      '--workspace',
      'T0ACME',
      '--user',
      'UTHER',
      '--email',
      'sam@therapy.example',
      '--channel',
      'CTHERAPY',
    );
    expect(code, h.err.join('\n')).to.equal(EXIT_OK);
  }

  it('creates an organisation, a therapist with a linked channel, an employee and an HR admin', async () => {
    expect(
      await h.run(
        'create-org',
        '--id',
        'acme',
        '--name',
        'Acme Ltd',
        '--zone',
        'Europe/London',
        '--allowance',
        '4',
        '--cutoff-hours',
        '48',
        '--min-group',
        '3',
      ),
    ).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.include('Created organisation acme');
    const org = await h.services.context.store.directory.organisation('acme');
    expect(org).to.include({
      name: 'Acme Ltd',
      zone: 'Europe/London',
      defaultAllowance: 4,
      rescheduleCutoffHours: 48,
      minReportGroupSize: 3,
    });

    await addTherapist();
    expect(h.out.join('\n')).to.include('Linked channel slack:T0ACME:CTHERAPY');
    const therapist = await person(slack('UTHER'));
    expect(therapist).to.include({ displayName: 'Dr Sam Rivers', email: 'sam@therapy.example', orgId: 'acme' });
    expect(therapist?.roles).to.deep.equal(['therapist']);
    const link = await h.services.context.store.directory.linkOfChannel({
      platform: 'slack',
      workspaceId: 'T0ACME',
      channelId: 'CTHERAPY',
    });
    expect(String(link?._id)).to.equal(String(therapist?._id));

    expect(
      await h.run(
        'add-employee',
        '--org',
        'acme',
        '--name',
        'Jo Bloggs',
        '--zone',
        'America/New_York',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        'UJO',
        '--therapist-user',
        'UTHER',
        '--department',
        'Sales',
        '--allowance',
        '6',
      ),
    ).to.equal(EXIT_OK);
    const jo = await person(slack('UJO'));
    expect(jo).to.include({ department: 'Sales', zone: 'America/New_York', allowanceOverride: 6 });
    expect(String(jo?.therapistId)).to.equal(String(therapist?._id));
    expect(jo?.roles).to.deep.equal(['employee']);

    // An employee on Teams whose therapist is in Slack.
    expect(
      await h.run(
        'add-employee',
        '--org',
        'acme',
        '--name',
        'Alex Wilber',
        '--zone',
        'Europe/London',
        '--platform',
        'teams',
        '--workspace',
        'tenant-1',
        '--user',
        'aad-alex',
        '--therapist-user',
        'UTHER',
        '--therapist-platform',
        'slack',
        '--therapist-workspace',
        'T0ACME',
      ),
    ).to.equal(EXIT_OK);
    const alex = await person({ platform: 'teams', workspaceId: 'tenant-1', userId: 'aad-alex' });
    expect(String(alex?.therapistId)).to.equal(String(therapist?._id));
    expect(alex?.department).to.equal('Unassigned');

    expect(
      await h.run(
        'add-hr',
        '--org',
        'acme',
        '--name',
        'Hana HR',
        '--zone',
        'Europe/London',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        'UHR',
        '--operator',
      ),
    ).to.equal(EXIT_OK);
    expect((await person(slack('UHR')))?.roles).to.have.members(['hr_admin', 'operator']);

    // The employee can now see the therapist's (empty) availability: the wiring is complete.
    const { actorOf } = await import('../../src/services/views.js');
    const open = await h.services.sessions.openSlots(actorOf(jo as NonNullable<typeof jo>));
    expect(open).to.deep.equal({ ok: true, slots: [], fullMonths: [] });
  });

  it('links and re-links a channel, and sets and resets an allowance', async () => {
    await createAcme();
    expect(
      await h.run(
        'add-therapist',
        '--org',
        'acme',
        '--name',
        'Dr Sam Rivers',
        '--zone',
        'Europe/London',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        'UTHER',
      ),
    ).to.equal(EXIT_OK);
    expect(
      await h.run(
        'link-channel',
        '--org',
        'acme',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--therapist-user',
        'UTHER',
        '--channel',
        'COLD',
      ),
    ).to.equal(EXIT_OK);
    expect(
      await h.run(
        'link-channel',
        '--org',
        'acme',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--therapist-user',
        'UTHER',
        '--channel',
        'CNEW',
      ),
    ).to.equal(EXIT_OK);
    const directory = h.services.context.store.directory;
    expect(await directory.linkOfChannel({ platform: 'slack', workspaceId: 'T0ACME', channelId: 'COLD' })).to.equal(null);
    expect(await directory.linkOfChannel({ platform: 'slack', workspaceId: 'T0ACME', channelId: 'CNEW' })).to.not.equal(null);

    expect(
      await h.run(
        'link-channel',
        '--org',
        'acme',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--therapist-user',
        'UNOBODY',
        '--channel',
        'CX',
      ),
    ).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('slack:T0ACME:UNOBODY is not a person of organisation acme');

    expect(
      await h.run(
        'add-employee',
        '--org',
        'acme',
        '--name',
        'Jo',
        '--zone',
        'Europe/London',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        'UJO',
        '--therapist-user',
        'UTHER',
      ),
    ).to.equal(EXIT_OK);
    expect(
      await h.run('set-allowance', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UJO', '--allowance', '2'),
    ).to.equal(EXIT_OK);
    expect((await person(slack('UJO')))?.allowanceOverride).to.equal(2);
    expect(
      await h.run(
        'set-allowance',
        '--org',
        'acme',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        'UJO',
        '--allowance',
        'default',
      ),
    ).to.equal(EXIT_OK);
    expect((await person(slack('UJO')))?.allowanceOverride).to.equal(null);
    expect(
      await h.run('set-allowance', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UJO', '--allowance', '99'),
    ).to.equal(EXIT_REFUSED);
    expect(
      await h.run('set-allowance', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UTHER', '--allowance', '2'),
    ).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('no employee with that identity');
  });

  it('changes policy, and refuses a bad zone or an unknown organisation without changing anything', async () => {
    await createAcme();
    expect(await h.run('set-policy', '--org', 'acme', '--allowance', '6', '--cutoff-hours', '12')).to.equal(EXIT_OK);
    expect(await h.services.context.store.directory.organisation('acme')).to.include({
      defaultAllowance: 6,
      rescheduleCutoffHours: 12,
      minReportGroupSize: 5,
      zone: 'Europe/London',
    });
    expect(await h.run('set-policy', '--org', 'acme', '--zone', 'Mars/Olympus_Mons')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('zone: not an IANA time zone');
    expect(await h.run('set-policy', '--org', 'nope', '--allowance', '3')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('no organisation nope');
    expect(await h.run('set-policy', '--org', 'acme')).to.equal(EXIT_USAGE);
    expect(await h.services.context.store.directory.organisation('acme')).to.include({ defaultAllowance: 6, zone: 'Europe/London' });
  });

  it('refuses duplicates, unknown therapists and unknown organisations with one clear line each', async () => {
    await createAcme();
    expect(await h.run('create-org', '--id', 'acme', '--name', 'Again', '--zone', 'Europe/London', '--allowance', '4')).to.equal(
      EXIT_REFUSED,
    );
    expect(h.err).to.deep.equal(['Refused: organisation acme already exists']);
    await addTherapist();
    const before = await peopleCount();
    const employee = (user: string, therapist: string, org = 'acme') =>
      h.run(
        'add-employee',
        '--org',
        org,
        '--name',
        'Jo',
        '--zone',
        'Europe/London',
        '--platform',
        'slack',
        '--workspace',
        'T0ACME',
        '--user',
        user,
        '--therapist-user',
        therapist,
      );
    expect(await employee('UJO', 'UNOBODY')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('therapist: no therapist with that identity');
    expect(await employee('UJO', 'UTHER', 'globex')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('no organisation globex');
    expect(await employee('UTHER', 'UTHER')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('already registered');
    expect(await peopleCount()).to.equal(before);
  });

  it('answers usage errors with exit code 2 and changes nothing', async () => {
    expect(await h.run('frobnicate')).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('unknown command "frobnicate"');
    expect(await h.run('create-org', '--id', 'acme', '--name', 'Acme')).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('missing --zone, --allowance');
    expect(await h.run('create-org', '--id', 'acme', '--name', 'Acme', '--zone', 'Europe/London', '--allowance', 'four')).to.equal(
      EXIT_USAGE,
    );
    expect(h.err.join('\n')).to.include('--allowance must be a whole number');
    expect(
      await h.run('create-org', '--id', 'acme', '--name', 'Acme', '--zone', 'Europe/London', '--allowance', '4', '--colour', 'red'),
    ).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.match(/colour/);
    expect(
      await h.run('set-allowance', '--org', 'acme', '--platform', 'discord', '--workspace', 'W', '--user', 'U', '--allowance', '2'),
    ).to.equal(EXIT_USAGE);
    expect(h.err.join('\n')).to.include('--platform must be slack or teams');
    expect(await h.services.context.store.directory.organisation('acme')).to.equal(null);
    expect(await h.run('help')).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.include('import');
    expect(await h.run('import', '--help')).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.include('--file');
  });

  it('imports a CSV: stores the good rows and reports each refused row with its reason', async () => {
    await createAcme();
    const csv = [
      'name,role,zone,department,platform,workspace_id,user_id,therapist_user_id,allowance,email',
      'Dr Ada Lovelace,therapist,Europe/London,,slack,T0ACME,UADA,,,ada@therapy.example',
      '"Smith, John",employee,Europe/London,Sales,slack,T0ACME,UJOHN,UADA,3,john@acme.example',
      'Bad Zone,employee,Mars/Olympus_Mons,Sales,slack,T0ACME,UBADZONE,UADA,,',
      'No Therapist,employee,Europe/London,Sales,slack,T0ACME,UNOTHER,UNOBODY,,',
      'Duplicate John,employee,Europe/London,Sales,slack,T0ACME,UJOHN,UADA,,',
      ',employee,Europe/London,Sales,slack,T0ACME,UNONAME,UADA,,',
      '"Chloé ""CJ"" Jones",employee,America/New_York,"Research,\nDevelopment",slack,T0ACME,UCJ,UADA,,',
      '',
    ].join('\r\n');
    const file = join(dir, 'people.csv');
    await writeFile(file, csv);

    expect(await h.run('import', '--org', 'acme', '--file', file)).to.equal(EXIT_REFUSED);
    const report = h.out.join('\n');
    expect(h.out).to.have.length(5);
    expect(h.out[0]).to.match(/^row 3, line 4 \(Bad Zone\): refused: zone: not an IANA time zone/);
    expect(h.out[1]).to.match(/^row 4, line 5 \(No Therapist\): refused: therapist: no therapist with that identity/);
    expect(h.out[2]).to.match(/^row 5, line 6 \(Duplicate John\): refused: identity: .*already registered/);
    expect(h.out[3]).to.match(/^row 6, line 7: refused: displayName: /);
    expect(report).to.include('Imported 3 of 7 rows into acme; 4 refused.');

    const directory = h.services.context.store.directory;
    const ada = await directory.byIdentity(slack('UADA'));
    expect(ada?.roles).to.deep.equal(['therapist']);
    const john = await directory.byIdentity(slack('UJOHN'));
    expect(john).to.include({ displayName: 'Smith, John', allowanceOverride: 3, department: 'Sales', email: 'john@acme.example' });
    expect(String(john?.therapistId)).to.equal(String(ada?._id));
    const cj = await directory.byIdentity(slack('UCJ'));
    expect(cj).to.include({ displayName: 'Chloé "CJ" Jones', department: 'Research,\nDevelopment', zone: 'America/New_York' });
    for (const user of ['UBADZONE', 'UNOTHER', 'UNONAME']) expect(await directory.byIdentity(slack(user)), user).to.equal(null);
    expect(await peopleCount()).to.equal(3);
  });

  it('imports a JSON file, therapists first whatever the order, and exits 0 when every row is stored', async () => {
    await createAcme();
    const file = join(dir, 'people.json');
    await writeFile(
      file,
      JSON.stringify([
        {
          name: 'Jo Bloggs',
          role: 'employee',
          zone: 'Europe/London',
          department: 'Sales',
          platform: 'teams',
          workspaceId: 'tenant-1',
          userId: 'aad-jo',
          therapistUserId: 'aad-ther',
          allowance: 5,
        },
        {
          name: 'Dr Teams',
          role: 'therapist',
          zone: 'Europe/London',
          platform: 'teams',
          workspace_id: 'tenant-1',
          user_id: 'aad-ther',
          email: null,
        },
        { name: 'Hana HR', role: 'hr_admin', zone: 'Europe/London', platform: 'teams', workspace_id: 'tenant-1', user_id: 'aad-hr' },
      ]),
    );
    expect(await h.run('import', '--org', 'acme', '--file', file), h.out.join('\n')).to.equal(EXIT_OK);
    expect(h.out).to.deep.equal(['Imported 3 of 3 rows into acme; 0 refused.']);
    const jo = await person({ platform: 'teams', workspaceId: 'tenant-1', userId: 'aad-jo' });
    expect(jo?.allowanceOverride).to.equal(5);
    expect(jo?.therapistId).to.not.equal(null);
  });

  it('refuses an unreadable or malformed file, or an unknown organisation, before importing anything', async () => {
    await createAcme();
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'name,role,shoe_size\nJo,employee,42\n');
    expect(await h.run('import', '--org', 'acme', '--file', bad)).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('unknown column shoe_size');
    const ragged = join(dir, 'ragged.csv');
    await writeFile(ragged, 'name,role,zone,platform,workspace_id,user_id\nDr A,therapist,Europe/London,slack,T0ACME,UA\nJo,employee\n');
    expect(await h.run('import', '--org', 'acme', '--file', ragged)).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('line 3: 2 fields where the header has 6');
    expect(await h.run('import', '--org', 'acme', '--file', join(dir, 'missing.csv'))).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('ENOENT');
    expect(await h.run('import', '--org', 'acme', '--file', join(dir, 'people.xlsx'))).to.equal(EXIT_REFUSED);
    const good = join(dir, 'good.csv');
    await writeFile(good, 'name,role,zone,platform,workspace_id,user_id\nDr A,therapist,Europe/London,slack,T0ACME,UA\n');
    expect(await h.run('import', '--org', 'globex', '--file', good)).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('no organisation globex');
    expect(await peopleCount()).to.equal(0);
  });

  it("refuses to sweep with the silent notifier (the sweep delivers through the app's notifiers: sweep.spec.ts)", async () => {
    expect(await h.run('sweep')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('Nothing was swept');
  });
});
