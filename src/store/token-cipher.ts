// AES-256-GCM sealing for secrets at rest (Slack tokens). A sealed value is `v1.<iv>.<tag>.<ciphertext>` in
// base64url; the tag makes any tampering or a wrong key fail loudly instead of yielding garbage.
// Key rotation: values are always sealed with the current key; older keys (SLACK_TOKEN_ENCRYPTION_KEYS_OLD, comma
// separated) still open what they sealed until `npm run admin -- reseal-installs` re-seals it under the current key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
export const OLD_KEYS_ENV = 'SLACK_TOKEN_ENCRYPTION_KEYS_OLD';

/** The old keys named in the environment (comma-separated), or none. */
export function oldKeysFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[OLD_KEYS_ENV] ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

export class TokenCipher {
  private readonly key: Buffer;
  private readonly oldKeys: Buffer[];

  /**
   * `key`: 32 bytes as 64 hex characters or as base64 (e.g. `openssl rand -base64 32`). `oldKeys`: keys that may
   * have sealed stored values before a rotation (read from the environment unless given).
   */
  constructor(key: string, oldKeys: string[] = oldKeysFromEnv()) {
    this.key = TokenCipher.parseKey(key);
    this.oldKeys = oldKeys.map((k) => TokenCipher.parseKey(k));
  }

  static parseKey(key: string): Buffer {
    const raw = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (raw.length !== 32) throw new Error('the token encryption key must be 32 bytes (64 hex characters or base64)');
    return raw;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  /** Opens with the current key, else with an old one; throws when none opens it. */
  open(sealed: string): string {
    if (!TokenCipher.isSealed(sealed)) throw new Error('not a sealed value');
    for (const key of [this.key, ...this.oldKeys]) {
      const plain = TokenCipher.openWith(key, sealed);
      if (plain !== null) return plain;
    }
    throw new Error('the sealed value does not open with the current key or any old key');
  }

  /** True when the current key sealed it (nothing to re-seal). */
  isCurrent(sealed: string): boolean {
    return TokenCipher.isSealed(sealed) && TokenCipher.openWith(this.key, sealed) !== null;
  }

  private static isSealed(sealed: string): boolean {
    const [version, iv, tag, body] = sealed.split('.');
    return version === VERSION && !!iv && !!tag && body !== undefined;
  }

  private static openWith(key: Buffer, sealed: string): string | null {
    const [, iv = '', tag = '', body = ''] = sealed.split('.');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
