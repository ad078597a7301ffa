import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { configSchema } from '../../src/config.js';

describe('configuration: one list of settings', () => {
  const settings = Object.keys(configSchema.shape);

  it("the README's configuration table lists every setting, and only those", async () => {
    const readme = await readFile('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    const rows = [...section.matchAll(/^\| `([A-Za-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).to.deep.equal([...settings].sort());
  });

  it('.env.sample has a line for every setting, and only those', async () => {
    const sample = await readFile('.env.sample', 'utf8');
    const names = [...sample.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]);
    expect([...names].sort()).to.deep.equal([...settings].sort());
  });
});
