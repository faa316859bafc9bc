import { createHash, randomBytes } from 'node:crypto';

/** API keys look like `tmk_<40 hex>`; they have 160 bits of entropy, so a plain SHA-256 is a safe digest. */
export const API_KEY_PREFIX = 'tmk_';

export function generateApiKey(): { secret: string; prefix: string; hash: string } {
  const secret = API_KEY_PREFIX + randomBytes(20).toString('hex');
  return { secret, prefix: secret.slice(0, 12), hash: hashApiKey(secret) };
}

export const hashApiKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);
