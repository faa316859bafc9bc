import { startTestApp, codeOf, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

describe(`HTTP surface (${TEST_DB})`, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '10' } });
  });
  afterAll(() => app.close());

  it('/healthz answers 200 once the database answers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: TEST_DB === 'mariadb' ? 'mysql' : 'sqlite' });
  });

  it('/metrics exposes Prometheus text with request and login metrics', async () => {
    await app.gql('{ me { id } }', {}, { token: app.adminToken });
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toContain('tm_http_request_duration_seconds_bucket');
    expect(text).toMatch(/tm_login_attempts_total\{outcome="ok"\} [1-9]/);
    expect(text).toMatch(/tm_graphql_operations_total\{.*type="query".*\}/);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${app.url}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects over-deep queries with BAD_USER_INPUT', async () => {
    const shallow = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '1' }, db: app.db });
    try {
      const as = { token: shallow.adminToken };
      expect(codeOf(await shallow.gql('{ me { id } }', {}, as))).toBeUndefined();
      const r = await shallow.gql('{ users { nodes { id } } }', {}, as);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
    } finally {
      await shallow.close();
    }
  });

  it('answers a subscription sent over HTTP with BAD_USER_INPUT', async () => {
    const r = await app.gql('subscription { userChanged { userId } }', {}, { token: app.adminToken });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('rejects over-complex queries with BAD_USER_INPUT', async () => {
    const wide = `{ ${Array.from({ length: 120 }, (_, i) => `u${i}: users(first: 500) { nodes { id username token status } }`).join(' ')} }`;
    const r = await app.gql(wide, {}, { token: app.adminToken });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/too complex/);
  });

  it('answers an unparseable body with a typed 400, not a 500 or a stack trace', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    const broken = await app.gql('{ me { id ', {}, { token: app.adminToken });
    expect(codeOf(broken)).toBe('BAD_USER_INPUT');
  });
});
