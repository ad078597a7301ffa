// The Slack token key of this environment, for the commands that read sealed installs (export, erase, reseal).
// Read from the process environment (after .env): SLACK_TOKEN_ENCRYPTION_KEY, plus SLACK_TOKEN_ENCRYPTION_KEYS_OLD.
import { oldKeysFromEnv, TokenCipher } from '../store/token-cipher.js';

export function cipherFromEnv(env: NodeJS.ProcessEnv = process.env): TokenCipher | null {
  const key = env.SLACK_TOKEN_ENCRYPTION_KEY?.trim();
  return key ? new TokenCipher(key, oldKeysFromEnv(env)) : null;
}
