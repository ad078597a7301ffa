// The environment, validated once at start-up into a typed config. A bad environment stops the process with
// one line per problem, so an operator fixes everything in one go.
import { DEFAULT_AFTER_ANSWER_BACKLOG, DEFAULT_AFTER_ANSWER_CONCURRENCY } from './services/after-answer.js';
import { DEFAULT_ADMISSION_MAX_IN_FLIGHT } from './http/admission.js';
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { TokenCipher } from './store/token-cipher.js';

const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MONGODB_URI: optionalString,
  MONGODB_DATA_DIR: z.string().default('./data/mongodb'),
  LOCAL_DATABASE: z.enum(['auto', 'mongodb', 'ferretdb']).default('auto'),
  FERRETDB_DATA_DIR: z.string().default('./data/ferretdb'),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(60),
  AFTER_ANSWER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(DEFAULT_AFTER_ANSWER_CONCURRENCY),
  AFTER_ANSWER_BACKLOG: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_AFTER_ANSWER_BACKLOG),
  ADMISSION_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_ADMISSION_MAX_IN_FLIGHT),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  // Slack distribution (OAuth installs in many workspaces) instead of one SLACK_BOT_TOKEN.
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  /** 32 bytes (64 hex characters or base64): seals installation tokens at rest with AES-256-GCM. */
  SLACK_TOKEN_ENCRYPTION_KEY: optionalString,
  /** Previous keys, comma-separated: still opened for reading until `reseal-installs` re-sealed every install. */
  SLACK_TOKEN_ENCRYPTION_KEYS_OLD: optionalString,
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optionalString,
  SMTP_URL: optionalString,
  EMAIL_FROM: z.string().default('Wellbeing <no-reply@wellbeing.example.com>'),
  DEMO_SEED: flag,
});

type RawEnv = Record<string, string | undefined>;

/** Rules across variables, checked on the raw environment so they are reported together with type errors. */
function crossFieldProblems(raw: RawEnv): string[] {
  const has = (k: string) => Boolean(raw[k]);
  const problems: string[] = [];
  // HTTP mode needs the signing secret; Socket Mode (SLACK_APP_TOKEN) authenticates with the app token instead.
  if (has('SLACK_BOT_TOKEN') && !has('SLACK_APP_TOKEN') && !has('SLACK_SIGNING_SECRET')) {
    problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (has('SLACK_SIGNING_SECRET') && !has('SLACK_BOT_TOKEN') && !has('SLACK_CLIENT_ID')) {
    problems.push('SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET (or set SLACK_CLIENT_ID for OAuth distribution)');
  }
  problems.push(...distributionProblems(raw));
  if (has('SLACK_APP_TOKEN') && !has('SLACK_BOT_TOKEN')) problems.push('SLACK_APP_TOKEN: Socket Mode needs SLACK_BOT_TOKEN too');
  if (raw.NODE_ENV === 'production' && !has('MONGODB_URI')) problems.push('MONGODB_URI: required in production');
  problems.push(...teamsProblems(raw));
  return problems;
}

/** Teams is configured by its app id; a password or tenant id without one is a half-done set-up. */
function teamsProblems(raw: RawEnv): string[] {
  const has = (k: string) => Boolean(raw[k]);
  const appType = raw.MicrosoftAppType ?? 'SingleTenant';
  if (!has('MicrosoftAppId')) {
    const strays = ['MicrosoftAppPassword', 'MicrosoftAppTenantId'].filter(has);
    return strays.length > 0 ? [`MicrosoftAppId: required with ${strays.join(' and ')} (Teams is half configured)`] : [];
  }
  const problems: string[] = [];
  if (!has('MicrosoftAppPassword') && appType !== 'UserAssignedMSI')
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  if (appType === 'SingleTenant' && !has('MicrosoftAppTenantId')) problems.push('MicrosoftAppTenantId: required for a SingleTenant app');
  return problems;
}

/** OAuth distribution needs all its settings, HTTP mode, and no single bot token beside it. */
function distributionProblems(raw: RawEnv): string[] {
  const oauth = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_TOKEN_ENCRYPTION_KEY'];
  if (!oauth.some((k) => raw[k])) return [];
  const problems = oauth
    .filter((k) => !raw[k])
    .map((k) => `${k}: required for Slack OAuth distribution (with ${oauth.filter((o) => o !== k).join(', ')})`);
  if (!raw.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET: required for Slack OAuth distribution');
  if (raw.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID: installs bring their own tokens');
  if (raw.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: Socket Mode is for one workspace; OAuth distribution runs in HTTP mode');
  const key = raw.SLACK_TOKEN_ENCRYPTION_KEY;
  if (key && !isTokenKey(key))
    problems.push('SLACK_TOKEN_ENCRYPTION_KEY: must be 32 bytes, as 64 hex characters or base64 (openssl rand -base64 32)');
  const old = (raw.SLACK_TOKEN_ENCRYPTION_KEYS_OLD ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (old.some((k) => !isTokenKey(k)))
    problems.push('SLACK_TOKEN_ENCRYPTION_KEYS_OLD: each key, comma-separated, must be 32 bytes like SLACK_TOKEN_ENCRYPTION_KEY');
  return problems;
}

function isTokenKey(key: string): boolean {
  try {
    TokenCipher.parseKey(key);
    return true;
  } catch {
    return false;
  }
}

export type Config = z.infer<typeof configSchema>;

/** HOST when set; otherwise every interface in production and loopback only elsewhere, so a developer's bot
 *  (which runs without Teams authentication) is never reachable from the network by accident. */
export function listenHost(config: Pick<Config, 'HOST' | 'NODE_ENV'>): string | undefined {
  return config.HOST ?? (config.NODE_ENV === 'production' ? undefined : '127.0.0.1');
}

/** Which platforms this process serves. Slack: a bot token or OAuth distribution. Teams: an app id, or, outside
 *  production only, none at all (unauthenticated, for the local Playground; the listener is loopback there). */
export interface Platforms {
  slack: boolean;
  teams: boolean;
}

export function platformsOf(config: Pick<Config, 'NODE_ENV' | 'SLACK_BOT_TOKEN' | 'SLACK_CLIENT_ID' | 'MicrosoftAppId'>): Platforms {
  return {
    slack: Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID),
    teams: Boolean(config.MicrosoftAppId) || config.NODE_ENV !== 'production',
  };
}

/** What only a serving process needs (the operator CLI serves nothing): in production, at least one platform. */
function servingProblems(raw: RawEnv): string[] {
  if (raw.NODE_ENV !== 'production') return [];
  const slack = ['SLACK_BOT_TOKEN', 'SLACK_CLIENT_ID', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].some((k) => raw[k]);
  if (slack || raw.MicrosoftAppId) return [];
  return [
    'no platform configured: production serves Slack (SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN, or SLACK_CLIENT_ID, ' +
      'SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_TOKEN_ENCRYPTION_KEY), Teams (MicrosoftAppId, MicrosoftAppPassword, ' +
      'MicrosoftAppTenantId) or both',
  ];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface LoadOptions {
  /** The app's start (true) also checks what serving needs; the operator CLI's (false) does not. */
  serving?: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, { serving = false }: LoadOptions = {}): Config {
  const parsed = configSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`)),
    ...crossFieldProblems(env),
    ...(serving ? servingProblems(env) : []),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return parsed.data;
}

/**
 * Reads `path` (a `.env` file) into `env` for every variable `env` does not set already, so the real
 * environment always wins. A missing file is normal (production sets the environment itself); returns the
 * names it filled in, never their values.
 */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const filled: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    filled.push(name);
  }
  return filled;
}
