// The operator's data-protection commands, driven as an operator types them: export-person prints JSON,
// erase-person refuses without --confirm (counts only) and erases with it, offboard-person, detach-workspace,
// and reseal-installs after a key rotation.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import { TokenCipher } from '../../src/store/token-cipher.js';
import { openCliHarness, type CliHarness } from './harness.js';

const JO = ['--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UJO'];

describe('cli: data protection', () => {
  let h: CliHarness;

  beforeEach(async function () {
    h = await openCliHarness(this.currentTest?.title ?? 'cli-dp');
    const ok = async (...argv: string[]) => expect(await h.run(...argv), h.err.join('\n')).to.equal(EXIT_OK);
    await ok('create-org', '--id', 'acme', '--name', 'Acme Ltd', '--zone', 'Europe/London', '--allowance', '1');
    expect(h.out.join('\n')).to.include('1 session a month').and.not.include('1 sessions');
    await ok(
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
    );
    await ok(
      'add-employee',
      '--org',
      'acme',
      '--name',
      'Jo Bloggs',
      '--zone',
      'Europe/London',
      ...JO.slice(2),
      '--therapist-user',
      'UTHER',
      '--email',
      'jo@acme.example',
    );
  });
  afterEach(() => h.close());

  it('exports a person as JSON', async () => {
    expect(await h.run('export-person', ...JO)).to.equal(EXIT_OK);
    const exported = JSON.parse(h.out.join('\n')) as { person: { displayName: string; email: string }; sessions: unknown[] };
    expect(exported.person).to.include({ displayName: 'Jo Bloggs', email: 'jo@acme.example' });
    expect(exported.sessions).to.deep.equal([]);
    expect(await h.run('export-person', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UNOBODY')).to.equal(
      EXIT_REFUSED,
    );
  });

  it('erase-person refuses without --confirm, saying what it would erase, and erases with it', async () => {
    const before = await h.db.models.Person.findOne({ displayName: 'Jo Bloggs' }).lean();
    expect(await h.run('erase-person', ...JO)).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.match(/without --confirm.*0 future sessions.*cannot be undone\. Nothing was changed\./);
    expect(await h.db.models.Person.findById(before?._id).lean()).to.deep.equal(before);
    expect(await h.run('erase-person', ...JO, '--confirm')).to.equal(EXIT_OK);
    expect(h.out[0]).to.include(`Erased person ${String(before?._id)}`);
    expect(JSON.stringify(await h.db.models.Person.findById(before?._id).lean())).to.not.match(/Jo Bloggs|jo@acme|UJO/);
    expect(await h.run('erase-person', ...JO, '--confirm')).to.equal(EXIT_REFUSED);
  });

  it('erasing a therapist names the clients left without one', async () => {
    expect(
      await h.run('erase-person', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UTHER', '--confirm'),
    ).to.equal(EXIT_OK);
    expect(h.out.join('\n')).to.match(/1 client now has no therapist[\s\S]*Jo Bloggs/);
  });

  it('offboard-person: the leaver is no longer admitted and can still be exported', async () => {
    expect(await h.run('offboard-person', ...JO)).to.equal(EXIT_OK);
    expect(h.out[0]).to.match(/^Offboarded Jo Bloggs \(slack:T0ACME:UJO\): no longer admitted; 0 future sessions cancelled/);
    expect(await h.services.directory.whoIs({ platform: 'slack', workspaceId: 'T0ACME', userId: 'UJO' })).to.equal(null);
    expect(await h.run('export-person', ...JO)).to.equal(EXIT_OK);
  });

  it('detach-workspace detaches what attach-workspace attached', async () => {
    expect(await h.run('attach-workspace', '--org', 'acme', '--kind', 'slack_team', '--id', 'T0ACME')).to.equal(EXIT_OK);
    expect(await h.run('detach-workspace', '--org', 'acme', '--kind', 'slack_team', '--id', 'T0ACME')).to.equal(EXIT_OK);
    expect(await h.services.tenancy.organisationOf({ platform: 'slack', teamId: 'T0ACME' })).to.equal(null);
    expect(await h.run('detach-workspace', '--org', 'acme', '--kind', 'slack_team', '--id', 'T0ACME')).to.equal(EXIT_REFUSED);
  });

  describe('reseal-installs after a key rotation', () => {
    const saved = { key: process.env.SLACK_TOKEN_ENCRYPTION_KEY, old: process.env.SLACK_TOKEN_ENCRYPTION_KEYS_OLD };
    afterEach(() => {
      for (const [name, value] of [
        ['SLACK_TOKEN_ENCRYPTION_KEY', saved.key],
        ['SLACK_TOKEN_ENCRYPTION_KEYS_OLD', saved.old],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });

    it('re-seals every install under the new key; the old key is accepted for reading until then', async () => {
      const oldKey = randomBytes(32).toString('base64');
      const newKey = randomBytes(32).toString('base64');
      const installation = JSON.stringify({ team: { id: 'T0ACME' }, bot: { token: 'xoxb-secret' }, user: { id: 'UINSTALLER' } });
      await h.services.context.store.installations.save(
        {
          _id: 'team:T0ACME',
          teamId: 'T0ACME',
          enterpriseId: '',
          isEnterpriseInstall: false,
          sealed: new TokenCipher(oldKey, []).seal(installation),
        },
        new Date(),
      );
      delete process.env.SLACK_TOKEN_ENCRYPTION_KEY;
      expect(await h.run('reseal-installs')).to.equal(EXIT_USAGE);
      process.env.SLACK_TOKEN_ENCRYPTION_KEY = newKey;
      delete process.env.SLACK_TOKEN_ENCRYPTION_KEYS_OLD;
      expect(await h.run('reseal-installs')).to.equal(EXIT_REFUSED);
      expect(h.err.join('\n')).to.include('team:T0ACME');
      process.env.SLACK_TOKEN_ENCRYPTION_KEYS_OLD = `${randomBytes(32).toString('base64')}, ${oldKey}`;
      // Until re-sealed, the app reads it with the old key.
      const stored = await h.services.context.store.installations.find('team:T0ACME');
      expect(new TokenCipher(newKey).open(stored!.sealed)).to.equal(installation);
      expect(await h.run('reseal-installs')).to.equal(EXIT_OK);
      expect(h.out[0]).to.equal('Re-sealed 1 install under the current key; 0 already were.');
      const resealed = await h.services.context.store.installations.find('team:T0ACME');
      expect(new TokenCipher(newKey, []).open(resealed!.sealed)).to.equal(installation);
      expect(() => new TokenCipher(oldKey, []).open(resealed!.sealed)).to.throw();
      expect(await h.run('reseal-installs')).to.equal(EXIT_OK);
      expect(h.out[0]).to.equal('Re-sealed 0 installs under the current key; 1 already were.');
      // The installer shows in their export (the key is there to read the install).
      expect(
        await h.run(
          'add-hr',
          '--org',
          'acme',
          '--name',
          'Ivy Installer',
          '--zone',
          'Europe/London',
          '--platform',
          'slack',
          '--workspace',
          'T0ACME',
          '--user',
          'UINSTALLER',
        ),
      ).to.equal(EXIT_OK);
      expect(
        await h.run('export-person', '--org', 'acme', '--platform', 'slack', '--workspace', 'T0ACME', '--user', 'UINSTALLER'),
      ).to.equal(EXIT_OK);
      expect((JSON.parse(h.out.join('\n')) as { installations: { key: string }[] }).installations.map((i) => i.key)).to.deep.equal([
        'team:T0ACME',
      ]);
    });
  });
});
