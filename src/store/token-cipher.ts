// AES-256-GCM sealing for secrets at rest (Slack tokens). A sealed value is `v1.<iv>.<tag>.<ciphertext>` in
// base64url; the tag makes any tampering or a wrong key fail loudly instead of yielding garbage.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class TokenCipher {
  private readonly key: Buffer;

  /** `key`: 32 bytes as 64 hex characters or as base64 (e.g. `openssl rand -base64 32`). */
  constructor(key: string) {
    this.key = TokenCipher.parseKey(key);
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

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}
