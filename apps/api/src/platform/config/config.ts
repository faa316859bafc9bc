import { z } from 'zod';

/** Values that ship in .env.example and the code; production refuses to start with them. */
export const DEFAULT_SECRETS = new Set(['change-me', 'dev-insecure-secret-change-me', 'dev-insecure-router-key-change-me', '']);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** mysql://user:pass@host:3306/db, sqlite:<path>, or unset for ./data/traffic-manager.sqlite */
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: z.string().optional(),
  MONGODB_URL: z.string().optional(),
  AUTH_SECRET: z.string().default('dev-insecure-secret-change-me'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  ADMIN_USERNAME: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGIN: z.string().optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().positive().default(2000),
  GRAPHQL_INTROSPECTION: bool.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  JOBS_ENABLED: bool.default(true),
  JOBS_PROCESS_EVERY: z.string().default('5 seconds'),
  JOBS_LOCK_LIFETIME_MS: z.coerce.number().int().positive().default(10 * 60 * 1000),
  MIGRATIONS_RUN: bool.default(true),
  /** Live usage events: at most one flush (one event per changed user / agent, one global) per this many ms. */
  USAGE_COALESCE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Outgoing alert webhook: tries per alert, and the first retry's delay (doubling after each failure). */
  ALERT_WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  ALERT_WEBHOOK_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  /** Encrypts router passwords at rest. */
  ROUTER_SECRET_KEY: z.string().default('dev-insecure-router-key-change-me'),
  /** Every router call (connect, login, each command) gives up after this long. */
  ROUTER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  /** How often the job reads each router's sessions: usage samples, and queues reconciled to the database. */
  ROUTER_POLL_INTERVAL: z.string().default('10 seconds'),
  /** While someone watches a router live, its sessions are read this often (one poller per router). */
  ROUTER_LIVE_POLL_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
  /** First pause after a router can't be reached; doubles per failure up to ROUTER_RETRY_MAX_MS. */
  ROUTER_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  ROUTER_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(300_000),
  /** Deadline of every panel request (connectors: Marzban, PasarGuard, 3x-ui). */
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** How often the `connectors.poll` job looks for panels whose own poll interval has come. */
  CONNECTOR_TICK: z.string().default('5 seconds'),
  /** First pause after a panel can't be reached or refuses us; doubles per failure up to CONNECTOR_RETRY_MAX_MS. */
  CONNECTOR_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  CONNECTOR_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(600_000),
});

export type Config = z.infer<typeof schema> & {
  isProduction: boolean;
  db: { type: 'sqlite'; path: string } | { type: 'mysql'; url: string; flavor: 'mysql' | 'mariadb' };
};

export class ConfigError extends Error {}

/** Parses the environment once. Nothing else in the API reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  if (isProduction) {
    if (DEFAULT_SECRETS.has(c.AUTH_SECRET) || c.AUTH_SECRET.length < 32) {
      throw new ConfigError('AUTH_SECRET must be set to a random value of at least 32 characters in production');
    }
    if (DEFAULT_SECRETS.has(c.ROUTER_SECRET_KEY) || c.ROUTER_SECRET_KEY.length < 32) {
      throw new ConfigError('ROUTER_SECRET_KEY must be set to a random value of at least 32 characters in production');
    }
    if (c.ADMIN_PASSWORD !== undefined && DEFAULT_SECRETS.has(c.ADMIN_PASSWORD)) {
      throw new ConfigError('ADMIN_PASSWORD must not be a default value in production');
    }
  }
  return { ...c, isProduction, db: parseDatabaseUrl(c.DATABASE_URL, c.DATA_DIR) };
}

function parseDatabaseUrl(url: string | undefined, dataDir: string): Config['db'] {
  if (!url) return { type: 'sqlite', path: `${dataDir.replace(/\/$/, '')}/traffic-manager.sqlite` };
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: url.slice('sqlite:'.length) || ':memory:' };
  if (url.startsWith('mysql://')) return { type: 'mysql', url, flavor: 'mysql' };
  if (url.startsWith('mariadb://')) return { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:'), flavor: 'mariadb' };
  throw new ConfigError('DATABASE_URL must start with mysql://, mariadb:// or sqlite:');
}
