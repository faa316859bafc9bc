import { buildContainer, type Container } from '../../src/app/container';
import { startHttpServer, type RunningServer } from '../../src/app/http-server';
import { loadConfig } from '../../src/platform/config/config';
import { createTestDatabase, type TestDatabase } from './test-db';

export const ADMIN = { username: 'root-admin', password: 'admin-password-1' };

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export type As = 'anonymous' | { token: string };

export interface TestApp {
  c: Container;
  server: RunningServer;
  db: TestDatabase;
  url: string;
  wsUrl: string;
  adminToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: As): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse a database (a second API instance on the same data). */
  db?: TestDatabase;
}

/** A real API (HTTP + WebSocket) on a random port over a fresh database of the kind under test. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = opts.db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: db.url,
    JOBS_ENABLED: 'false',
    AUTH_SECRET: 'test-secret-for-integration-tests-only',
    // Agenda watches each running job with a timer of half the lock lifetime that outlives the job; a short
    // lifetime keeps that from holding jest open for five minutes after the last test.
    JOBS_LOCK_LIFETIME_MS: '10000',
    ...opts.env,
  });
  const c = await buildContainer(config);
  await c.services.accounts.ensureFirstAdmin(ADMIN.username, ADMIN.password);
  const server = await startHttpServer(c, { port: 0, host: '127.0.0.1' });
  const url = server.url;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, as: As = 'anonymous'): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as !== 'anonymous') headers.authorization = `Bearer ${as.token}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };
  const login = async (username: string, password: string) => {
    const r = await gql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    if (!r.data) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  const adminToken = await login(ADMIN.username, ADMIN.password);

  return {
    c,
    server,
    db,
    url,
    wsUrl: url.replace(/^http/, 'ws') + '/graphql',
    adminToken,
    gql,
    login,
    close: async () => {
      await server.close();
      await c.close();
      if (!opts.db) await db.drop();
    },
  };
}

/** The `extensions.code` of the first error, or undefined. */
export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;

/** The data of a successful result; fails the test with the errors otherwise. */
export function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
