import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets we hand out once and keep only as SHA-256: API keys (`tmk_…`) and server ingest tokens
 * (`tms_…`). They carry 160 random bits, so a plain digest is safe (no slow hash needed).
 */
export const API_KEY_PREFIX = 'tmk_';
export const SERVER_TOKEN_PREFIX = 'tms_';

export function generateSecret(kind: string): { secret: string; prefix: string; hash: string } {
  const secret = kind + randomBytes(20).toString('hex');
  return { secret, prefix: secret.slice(0, 12), hash: hashSecret(secret) };
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const generateApiKey = () => generateSecret(API_KEY_PREFIX);
export const hashApiKey = hashSecret;
export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);
