// `npm run package:teams`: writes appPackage/wellbeing-teams.zip (manifest.json, icons and one file per additional
// language) with the bot's app id from the environment, after validating the manifest and every language file
// offline against their bundled schemas.
//   MicrosoftAppId=<guid> [TEAMS_APP_ID=<guid>] [BOT_DOMAIN=bot.example.com] npm run package:teams
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync } from 'node:zlib';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { Ajv } from 'ajv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = join(root, 'manifests', 'teams');
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageOptions {
  appId: string;
  teamsAppId?: string;
  botDomain?: string;
}

/** The manifest with this deployment's ids, as JSON text. */
export async function deploymentManifest(options: PackageOptions): Promise<string> {
  if (!guid.test(options.appId)) throw new Error('MicrosoftAppId must be the bot registration GUID');
  const teamsAppId = options.teamsAppId ?? options.appId;
  if (!guid.test(teamsAppId)) throw new Error('TEAMS_APP_ID must be a GUID');
  const manifest = JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8')) as {
    id: string;
    bots: { botId: string }[];
    validDomains: string[];
    webApplicationInfo: { id: string; resource: string };
  };
  manifest.id = teamsAppId;
  for (const bot of manifest.bots) bot.botId = options.appId;
  manifest.webApplicationInfo = { id: options.appId, resource: `api://botid-${options.appId}` };
  if (options.botDomain) manifest.validDomains = [options.botDomain];
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const problems = await AppManifestUtils.validateAgainstSchema(TeamsManifestConverter.jsonToManifest(text));
  if (problems.length) throw new Error(`manifest is invalid:\n${problems.join('\n')}`);
  return text;
}

interface LocalizationInfo {
  defaultLanguageTag: string;
  additionalLanguages?: { languageTag: string; file: string }[];
}

/** The manifest's additional languages: each tag and the file (beside the manifest) that translates it. */
export async function languageFiles(): Promise<{ languageTag: string; file: string }[]> {
  const manifest = JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8')) as { localizationInfo?: LocalizationInfo };
  return manifest.localizationInfo?.additionalLanguages ?? [];
}

/**
 * What is wrong with one language file, by the localization schema bundled for the manifest's version: an empty list
 * when it is valid. The schema is draft-04, which Ajv reads as it reads later drafts once the `$schema` line is
 * dropped; its key patterns are plain (not Unicode) regular expressions.
 */
export async function languageFileProblems(text: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8')) as { manifestVersion: string };
  const bundled = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const schemaPath = join(bundled, 'json-schemas', 'teams', `v${manifest.manifestVersion}`, 'MicrosoftTeams.Localization.schema.json');
  const { $schema: _draft, ...schema } = JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
  if (validate(JSON.parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** A minimal zip (deflate, no zip64): enough for a Teams app package of a few small files. */
export function zip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = deflateRawSync(file.data);
    const crc = crc32(file.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, for reproducible packages
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export async function buildTeamsPackage(options: PackageOptions): Promise<Buffer> {
  const manifest = await deploymentManifest(options);
  const languages = [];
  for (const { languageTag, file } of await languageFiles()) {
    const data = await readFile(join(manifestDir, file));
    const problems = await languageFileProblems(data.toString('utf8'));
    if (problems.length) throw new Error(`language file ${file} (${languageTag}) is invalid:\n${problems.join('\n')}`);
    languages.push({ name: file, data });
  }
  return zip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: await readFile(join(manifestDir, 'color.png')) },
    { name: 'outline.png', data: await readFile(join(manifestDir, 'outline.png')) },
    ...languages,
  ]);
}

async function main(): Promise<void> {
  const appId = process.env.MicrosoftAppId;
  if (!appId) {
    console.error('Set MicrosoftAppId (the bot registration GUID) to package the Teams app.');
    process.exit(1);
  }
  const out = join(root, 'appPackage', 'wellbeing-teams.zip');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, await buildTeamsPackage({ appId, teamsAppId: process.env.TEAMS_APP_ID, botDomain: process.env.BOT_DOMAIN }));
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
