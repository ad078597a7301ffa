import { expect } from 'chai';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import { openCliHarness, type CliHarness } from './harness.js';

describe('cli: attach-workspace', () => {
  let h: CliHarness;
  beforeEach(async () => {
    h = await openCliHarness('cli_attach');
    for (const id of ['acme', 'globex']) {
      expect(await h.run('create-org', '--id', id, '--name', id, '--zone', 'Europe/London', '--allowance', '4')).to.equal(EXIT_OK);
    }
  });
  afterEach(() => h.close());

  it('attaches a workspace to one organisation, and refuses a second organisation claiming it', async () => {
    expect(await h.run('attach-workspace', '--org', 'acme', '--kind', 'slack_team', '--id', 'T0ACME')).to.equal(EXIT_OK);
    expect(await h.services.tenancy.organisationOf({ platform: 'slack', teamId: 'T0ACME' })).to.equal('acme');
    expect(await h.run('attach-workspace', '--org', 'globex', '--kind', 'slack_team', '--id', 'T0ACME')).to.equal(EXIT_REFUSED);
    expect(h.err.join('\n')).to.include('already attached to organisation acme');
    expect(await h.services.tenancy.organisationOf({ platform: 'slack', teamId: 'T0ACME' })).to.equal('acme');
  });

  it('refuses a kind it does not know, and a missing flag, changing nothing', async () => {
    expect(await h.run('attach-workspace', '--org', 'acme', '--kind', 'irc', '--id', 'T0ACME')).to.equal(EXIT_REFUSED);
    expect(await h.run('attach-workspace', '--org', 'acme', '--kind', 'slack_team')).to.equal(EXIT_USAGE);
    expect(await h.services.tenancy.organisationOf({ platform: 'slack', teamId: 'T0ACME' })).to.equal(null);
  });
});
