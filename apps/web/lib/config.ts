import { authSecretProblem, DEV_FALLBACK_SECRET } from './secret';

/**
 * Server-side configuration. The only module that reads process.env (besides next.config.ts
 * and proxy.ts, which run before the app and read the same variables through here).
 */
export interface WebConfig {
  /** Base URL of the API, e.g. http://127.0.0.1:4000 */
  apiUrl: string;
  graphqlUrl: string;
  /** graphql-ws URL for browsers; null = derive from the page's hostname and `apiPort`. */
  wsUrl: string | null;
  apiPort: string;
  /**
   * The API's address as traffic sources reach it (webhook URL shown on the Servers page);
   * null = derive in the browser like the ws URL (`<page hostname>:<apiPort>`).
   */
  publicApiUrl: string | null;
  isProduction: boolean;
}

let cached: WebConfig | null = null;

export function webConfig(): WebConfig {
  if (cached) return cached;
  const apiUrl = (process.env.API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
  const parsed = new URL(apiUrl);
  const apiPort = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  cached = {
    apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    wsUrl: process.env.API_WS_URL?.trim() || null,
    apiPort,
    publicApiUrl: process.env.API_PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
    isProduction: process.env.NODE_ENV === 'production',
  };
  return cached;
}

/** The secret that signs session cookies. Production refuses to run without a real one. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === 'production') {
    const problem = authSecretProblem(secret);
    if (problem) throw new Error(problem);
    return secret as string;
  }
  return secret?.trim() ? secret : DEV_FALLBACK_SECRET;
}
