/** Values that ship in examples and docs; production refuses to start with them. */
export const DEFAULT_SECRETS = new Set(['', 'change-me', 'changeme', 'secret', 'dev-insecure-secret-change-me', 'dev-insecure-web-secret-change-me']);

/** Used only outside production so `next dev` works without configuration. */
export const DEV_FALLBACK_SECRET = 'dev-insecure-web-secret-change-me';

/** Why a NEXTAUTH_SECRET is unfit for production, or null when it is fine. */
export function authSecretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret.trim() === '') return 'NEXTAUTH_SECRET is not set; set it to a random value of at least 32 characters.';
  if (DEFAULT_SECRETS.has(secret.trim())) return 'NEXTAUTH_SECRET still has a default value; set it to a random value of at least 32 characters.';
  if (secret.length < 32) return 'NEXTAUTH_SECRET is too short; use a random value of at least 32 characters.';
  return null;
}
