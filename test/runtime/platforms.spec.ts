// One platform or both: a platform is on when its settings are present, a half-configured one is refused naming
// what is missing, and production serves at least one (the operator CLI, which serves nothing, is not held to it).
import { expect } from 'chai';
import { ConfigError, loadConfig, platformsOf } from '../../src/config.js';

const SLACK = { SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' };
const TEAMS = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'p', MicrosoftAppTenantId: 'tenant' };
const PRODUCTION = { NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.example/wellbeing' };

function problemsOf(env: NodeJS.ProcessEnv, serving = true): string[] {
  try {
    loadConfig(env, { serving });
    return [];
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}

describe('configuration: one platform or both', () => {
  it('production with Slack settings only serves Slack, without asking for MicrosoftAppId', () => {
    expect(problemsOf({ ...PRODUCTION, ...SLACK })).to.deep.equal([]);
    expect(platformsOf(loadConfig({ ...PRODUCTION, ...SLACK }))).to.deep.equal({ slack: true, teams: false });
  });

  it('production with Teams settings only serves Teams; with both, both', () => {
    expect(problemsOf({ ...PRODUCTION, ...TEAMS })).to.deep.equal([]);
    expect(platformsOf(loadConfig({ ...PRODUCTION, ...TEAMS }))).to.deep.equal({ slack: false, teams: true });
    expect(platformsOf(loadConfig({ ...PRODUCTION, ...SLACK, ...TEAMS }))).to.deep.equal({ slack: true, teams: true });
  });

  it('production with no platform is refused at start, naming both sets of settings; the CLI is not held to it', () => {
    const problems = problemsOf(PRODUCTION);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('no platform configured').and.include('SLACK_BOT_TOKEN').and.include('MicrosoftAppId');
    expect(problemsOf(PRODUCTION, false)).to.deep.equal([]);
  });

  it('outside production Teams is served without an app id (the local Playground), Slack only with its token', () => {
    expect(platformsOf(loadConfig({}))).to.deep.equal({ slack: false, teams: true });
    expect(platformsOf(loadConfig({ NODE_ENV: 'test', ...SLACK }))).to.deep.equal({ slack: true, teams: true });
  });

  it('a half-configured Teams is refused naming the missing settings, in production and out of it', () => {
    for (const base of [PRODUCTION, {}]) {
      expect(problemsOf({ ...base, MicrosoftAppPassword: 'p' }).join('\n')).to.include(
        'MicrosoftAppId: required with MicrosoftAppPassword',
      );
      expect(problemsOf({ ...base, MicrosoftAppTenantId: 't' }).join('\n')).to.include(
        'MicrosoftAppId: required with MicrosoftAppTenantId',
      );
      const idOnly = problemsOf({ ...base, MicrosoftAppId: 'app-id' }).join('\n');
      expect(idOnly).to.include('MicrosoftAppPassword').and.include('MicrosoftAppTenantId');
    }
  });

  it('a half-configured Slack is refused naming the missing settings', () => {
    expect(problemsOf({ ...PRODUCTION, SLACK_SIGNING_SECRET: 's' }).join('\n')).to.include('SLACK_BOT_TOKEN: required');
    expect(problemsOf({ ...PRODUCTION, SLACK_BOT_TOKEN: 'xoxb-1' }).join('\n')).to.include('SLACK_SIGNING_SECRET: required');
    const oauth = problemsOf({ ...PRODUCTION, SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'c' }).join('\n');
    expect(oauth).to.include('SLACK_CLIENT_SECRET').and.include('SLACK_STATE_SECRET').and.include('SLACK_TOKEN_ENCRYPTION_KEY');
  });

  it('old token keys are checked like the current one', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const oauth = {
      ...PRODUCTION,
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: 'c',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'ss',
      SLACK_TOKEN_ENCRYPTION_KEY: key,
    };
    expect(problemsOf({ ...oauth, SLACK_TOKEN_ENCRYPTION_KEYS_OLD: `${Buffer.alloc(32, 1).toString('base64')}, ${key}` })).to.deep.equal(
      [],
    );
    expect(problemsOf({ ...oauth, SLACK_TOKEN_ENCRYPTION_KEYS_OLD: `${key},short` }).join('\n')).to.include(
      'SLACK_TOKEN_ENCRYPTION_KEYS_OLD',
    );
  });
});
