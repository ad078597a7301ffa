// The Teams manifest validates offline against its official schema, lists the bot's commands, asks for the RSC
// permission that lets the bot read therapist replies, names a language file for every language the service speaks
// (each valid by the localization schema, translating the name, descriptions and every command), and packages
// with the deployment's app id and the language files.
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { expect } from 'chai';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { wordsFor } from '../../src/i18n/words.js';
import { commandHelp } from '../../src/teams/commands.js';
import { buildTeamsPackage, languageFileProblems, languageFiles } from '../../scripts/package-teams.js';

const manifestPath = new URL('../../manifests/teams/manifest.json', import.meta.url);

interface PngInfo {
  width: number;
  height: number;
  colorType: number;
}
function pngInfo(png: Buffer): PngInfo {
  expect(png.subarray(1, 4).toString('ascii')).to.equal('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] ?? -1 };
}

/** Reads the entries of a zip written by scripts/package-teams.ts (deflate, no data descriptors). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at = start + size;
  }
  return files;
}

describe('teams manifest', () => {
  it('validates against the bundled official schema', async () => {
    const [manifest, problems] = await AppManifestUtils.readAndValidateTeamsManifest(manifestPath.pathname);
    expect(problems).to.deep.equal([]);
    expect(manifest.manifestVersion).to.match(/^1\.2\d$/);
  });

  it('has bot scopes personal and team, command lists matching the bot, and RSC channel read', async () => {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      bots: { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
      authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
    };
    const bot = manifest.bots[0];
    expect(bot?.scopes).to.have.members(['personal', 'team']);
    for (const scope of ['personal', 'team'] as const) {
      const list = bot?.commandLists.find((l) => l.scopes.includes(scope));
      expect(list?.commands.map((c) => ({ name: c.title, description: c.description }))).to.deep.equal(
        commandHelp(scope, wordsFor({ zone: 'UTC', locale: 'en-GB' })),
      );
    }
    expect(manifest.authorization.permissions.resourceSpecific).to.deep.include({ name: 'ChannelMessage.Read.Group', type: 'Application' });
  });

  it('names a language file for each language spoken besides British English, each valid and translating every string', async () => {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      localizationInfo: { defaultLanguageTag: string };
      bots: { commandLists: { commands: { title: string }[] }[] }[];
    };
    expect(manifest.localizationInfo.defaultLanguageTag).to.equal('en-gb');
    const files = await languageFiles();
    expect(files.map((f) => f.languageTag)).to.deep.equal(['en-us', 'de', 'fr', 'es', 'nl']);
    const commandKeys = (manifest.bots[0]?.commandLists ?? []).flatMap((list, l) =>
      list.commands.flatMap((_, c) => [
        `bots[0].commandLists[${l}].commands[${c}].title`,
        `bots[0].commandLists[${l}].commands[${c}].description`,
      ]),
    );
    for (const { languageTag, file } of files) {
      const text = await readFile(new URL(`../../manifests/teams/${file}`, import.meta.url), 'utf8');
      expect(await languageFileProblems(text), file).to.deep.equal([]);
      const strings = JSON.parse(text) as Record<string, string>;
      expect(
        Object.keys(strings).filter((k) => k !== '$schema'),
        file,
      ).to.have.members(['name.short', 'name.full', 'description.short', 'description.full', ...commandKeys]);
      // A command's title is what Teams types for the reader: the word the bot understands, in every language.
      manifest.bots[0]?.commandLists.forEach((list, l) =>
        list.commands.forEach((command, c) =>
          expect(strings[`bots[0].commandLists[${l}].commands[${c}].title`], `${languageTag} command ${c}`).to.equal(command.title),
        ),
      );
    }
    expect(
      await languageFileProblems(JSON.stringify({ 'name.short': 'x'.repeat(31), 'description.short': 'a', 'description.full': 'b' })),
    ).to.have.length(1);
  });

  it('icons: color 192x192, outline 32x32 with transparency', async () => {
    const color = pngInfo(await readFile(new URL('../../manifests/teams/color.png', import.meta.url)));
    const outline = pngInfo(await readFile(new URL('../../manifests/teams/outline.png', import.meta.url)));
    expect([color.width, color.height]).to.deep.equal([192, 192]);
    expect([outline.width, outline.height]).to.deep.equal([32, 32]);
    expect(outline.colorType).to.equal(6); // RGBA: transparent background
  });

  it('packages manifest, icons and language files with the app id from the environment', async () => {
    const appId = '11111111-2222-3333-4444-555555555555';
    const files = unzip(await buildTeamsPackage({ appId, botDomain: 'bot.example.com' }));
    expect([...files.keys()]).to.deep.equal([
      'manifest.json',
      'color.png',
      'outline.png',
      'en-us.json',
      'de.json',
      'fr.json',
      'es.json',
      'nl.json',
    ]);
    expect(JSON.parse(files.get('de.json')?.toString('utf8') ?? '{}')).to.have.property(
      'name.full',
      'Wellbeing – Assistent für Ihre Sitzungen',
    );
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
      id: string;
      bots: { botId: string }[];
      validDomains: string[];
    };
    expect(manifest.id).to.equal(appId);
    expect(manifest.bots[0]?.botId).to.equal(appId);
    expect(manifest.validDomains).to.deep.equal(['bot.example.com']);
    await buildTeamsPackage({ appId: 'not-a-guid' }).then(
      () => expect.fail('accepted a bad app id'),
      (error: Error) => expect(error.message).to.match(/GUID/),
    );
  });
});
