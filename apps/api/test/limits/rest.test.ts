import { makeAgent, makeUser } from '../support/factories';
import { GB, sendBytes, statusOf } from '../support/limits';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer } from '../support/traffic';

jest.setTimeout(60_000);

describe(`seed 000 REST API /api/v1/agent-traffic (${TEST_DB})`, () => {
  let app: TestApp;
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${app.url}/api/v1/agent-traffic${path}`, { method, headers, body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers from the same services with the same auth', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const b = await makeAgent(app);
    const server = await makeServer(app);
    const u = await makeUser(app, a.as, { dataLimit: String(5 * GB) });
    await sendBytes(app, server.token, u.token, 2.5 * GB);

    expect((await call('GET', `/agents/${a.id}/traffic`, null)).status).toBe(401);
    expect((await call('GET', `/agents/${a.id}/traffic`, 'not-a-token')).status).toBe(401);
    const own = await call('GET', `/agents/${a.id}/traffic`, a.token);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      agent_id: Number(a.id), username: a.username, quota_mode: 'USAGE', traffic_limit: String(10 * GB), traffic_limit_gb: 10,
      charged: String(2.5 * GB), charged_gb: 2.5, remaining: String(7.5 * GB), remaining_gb: 7.5, percent: 25, exceeded: false, users: 1, active_users: 1,
    });
    const foreign = await call('GET', `/agents/${a.id}/traffic`, b.token);
    expect(foreign).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });

    expect((await call('GET', '/agents/traffic', a.token)).status).toBe(403);
    const all = await call('GET', '/agents/traffic', app.adminToken);
    expect(all.body.agents.map((x: { agent_id: number }) => x.agent_id)).toEqual(expect.arrayContaining([Number(a.id), Number(b.id)]));

    const can = await call('POST', `/agents/${a.id}/can-create-user`, a.token, { data_limit_gb: 8 });
    expect(can.body).toMatchObject({ can_create: false, remaining: String(7.5 * GB), remaining_gb: 7.5 });
    expect((await call('POST', `/agents/${a.id}/can-create-user`, a.token, { data_limit: String(GB) })).body.can_create).toBe(true);

    // Agents can't set limits; admins can, in bytes or GB; bad bodies are typed 400s that change nothing.
    expect((await call('PUT', `/agents/${a.id}/traffic-limit`, a.token, { traffic_limit_gb: 100 })).status).toBe(403);
    expect((await call('PUT', `/agents/${a.id}/traffic-limit`, app.adminToken, { traffic_limit: -5 })).body.error.code).toBe('BAD_USER_INPUT');
    expect((await call('PUT', `/agents/${a.id}/traffic-limit`, app.adminToken, '{not json')).body.error.code).toBe('BAD_USER_INPUT');
    expect((await call('PUT', `/agents/${a.id}/traffic-limit`, app.adminToken, {})).status).toBe(400);
    expect((await call('PUT', '/agents/abc/traffic-limit', app.adminToken, { traffic_limit: 1 })).status).toBe(400);
    expect((await call('GET', `/agents/${a.id}/traffic`, a.token)).body.traffic_limit).toBe(String(10 * GB));

    const lowered = await call('PUT', `/agents/${a.id}/traffic-limit`, app.adminToken, { traffic_limit_gb: 2 });
    expect(lowered.body).toMatchObject({ traffic_limit: String(2 * GB), exceeded: true, suspended_users: 1 });
    expect(await statusOf(app, u.id)).toBe('SUSPENDED');

    const checked = await call('POST', `/agents/${a.id}/check`, a.token);
    expect(checked.body).toMatchObject({ exceeded: true, changed: 0 });
    expect((await call('POST', '/agents/check-all', a.token)).status).toBe(403);
    const raised = await call('PUT', `/agents/${a.id}/traffic-limit`, app.adminToken, { traffic_limit: null });
    expect(raised.body).toMatchObject({ traffic_limit: null, exceeded: false, active_users: 1 });
    const all2 = await call('POST', '/agents/check-all', app.adminToken);
    expect(all2.body).toMatchObject({ changed: 0 });
    expect(all2.body.checked).toBeGreaterThanOrEqual(2);
  });
});
