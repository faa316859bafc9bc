import { AccountEntity } from '../../src/modules/accounts';
import { CREATE_AGENT, makeAgent, unique } from '../support/factories';
import { ADMIN, codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

describe(`accounts and access (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const agentCount = () => app.c.ds.getRepository(AccountEntity).countBy({ role: 'AGENT' });

  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(() => app.close());

  it('admin logs in, creates an agent; the agent logs in and sees itself', async () => {
    const me = ok(await app.gql('{ me { username role } }', {}, admin()));
    expect(me.me).toEqual({ username: ADMIN.username, role: 'ADMIN' });

    const agent = await makeAgent(app, { trafficLimit: '10737418240', maxUsers: 5 });
    const agentMe = ok(await app.gql('{ me { id username role trafficLimit maxUsers quotaMode status } }', {}, agent.as));
    expect(agentMe.me).toMatchObject({ id: agent.id, role: 'AGENT', trafficLimit: '10737418240', maxUsers: 5, quotaMode: 'USAGE', status: 'ACTIVE' });

    const list = ok(await app.gql('{ agents { id username userCount } }', {}, admin()));
    expect(list.agents).toContainEqual({ id: agent.id, username: agent.username, userCount: 0 });
  });

  it('an agent calling agents or createAgent gets FORBIDDEN and nothing is written', async () => {
    const agent = await makeAgent(app);
    const before = await agentCount();
    expect(codeOf(await app.gql('{ agents { id } }', {}, agent.as))).toBe('FORBIDDEN');
    const r = await app.gql(CREATE_AGENT, { input: { username: unique('sneaky'), password: 'password-123' } }, agent.as);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation($id: ID!) { setAgentTrafficLimit(agentId: $id, limit: null) { id } }', { id: agent.id }, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('{ systemInfo { version } }', {}, agent.as))).toBe('FORBIDDEN');
    expect(await agentCount()).toBe(before);
  });

  it('no token or a bad token gets UNAUTHENTICATED', async () => {
    expect(codeOf(await app.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ users { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: 'not-a-token' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: 'tmk_0000000000000000000000000000000000000000' }))).toBe('UNAUTHENTICATED');
  });

  it('malformed agent input gets BAD_USER_INPUT and writes nothing', async () => {
    const before = await agentCount();
    const bad: Record<string, unknown>[] = [
      { username: 'x', password: 'password-123' },
      { username: unique('ok'), password: 'short' },
      { username: unique('ok'), password: 'password-123', trafficLimit: '-1' },
      { username: unique('ok'), password: 'password-123', trafficLimit: '1.5' },
      { username: unique('ok'), password: 'password-123', trafficLimit: '9223372036854775808' },
      { username: unique('ok'), password: 'password-123', maxUsers: -1 },
      { username: unique('ok'), password: 'password-123', quotaMode: 'FREE' },
    ];
    for (const input of bad) {
      const r = await app.gql(CREATE_AGENT, { input }, admin());
      expect({ input, code: codeOf(r) }).toEqual({ input, code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(r)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    expect(await agentCount()).toBe(before);
  });

  it('the largest byte count SQLite holds round-trips exactly', async () => {
    const agent = await makeAgent(app, { trafficLimit: '9223372036854775807' });
    const r = ok(await app.gql('{ agents { id trafficLimit } }', {}, admin()));
    expect(r.agents.find((a: { id: string }) => a.id === agent.id).trafficLimit).toBe('9223372036854775807');
    // A JSON number past 2^53 can't be exact once parsed: it is rejected, not rounded.
    const rounded = await app.gql('mutation($id: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $id, limit: $l) { trafficLimit } }', { id: agent.id, l: 2 ** 53 }, admin());
    expect(codeOf(rounded)).toBe('BAD_USER_INPUT');
    const exact = ok(await app.gql('mutation($id: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $id, limit: $l) { trafficLimit } }', { id: agent.id, l: '9007199254740993' }, admin()));
    expect(exact.setAgentTrafficLimit.trafficLimit).toBe('9007199254740993');
  });

  it('a duplicate username is a CONFLICT', async () => {
    const agent = await makeAgent(app);
    const r = await app.gql(CREATE_AGENT, { input: { username: agent.username, password: 'password-123' } }, admin());
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('a disabled agent can no longer sign in or use its token', async () => {
    const agent = await makeAgent(app);
    ok(await app.gql('mutation($id: ID!) { updateAgent(id: $id, input: { status: DISABLED }) { status } }', { id: agent.id }, admin()));
    expect(codeOf(await app.gql('{ me { id } }', {}, agent.as))).toBe('UNAUTHENTICATED');
    await expect(app.login(agent.username, agent.password)).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('throttles repeated failed logins, even with the right password afterwards', async () => {
    const agent = await makeAgent(app);
    const attempt = (password: string) =>
      app.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: agent.username, p: password });
    for (let i = 0; i < 3; i++) {
      const r = await attempt('wrong-password');
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
    }
    const blocked = await attempt(agent.password);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'THROTTLED' });
    expect(Number(blocked.errors?.[0].extensions?.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it('an unknown username and a wrong password answer the same', async () => {
    const a = await app.gql('mutation { login(username: "nobody-here", password: "whatever-123") { token } }');
    const b = await app.gql(`mutation { login(username: "${ADMIN.username}", password: "whatever-123") { token } }`);
    expect(a.errors?.[0].message).toBe(b.errors?.[0].message);
  });

  it('API keys act as their account, record last use, and stop working when revoked', async () => {
    const agent = await makeAgent(app);
    const created = ok(await app.gql('mutation { createApiKey(name: "billing script") { secret apiKey { id name prefix lastUsedAt revokedAt } } }', {}, agent.as));
    const { secret, apiKey } = created.createApiKey;
    expect(secret).toMatch(/^tmk_[0-9a-f]{40}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const me = ok(await app.gql('{ me { username role } }', {}, { token: secret }));
    expect(me.me).toEqual({ username: agent.username, role: 'AGENT' });
    expect(codeOf(await app.gql('{ agents { id } }', {}, { token: secret }))).toBe('FORBIDDEN');

    const keys = ok(await app.gql('{ apiKeys { id lastUsedAt } }', {}, agent.as));
    expect(keys.apiKeys[0].lastUsedAt).not.toBeNull();
    // Another account can't see or revoke it.
    expect(ok(await app.gql('{ apiKeys { id } }', {}, admin())).apiKeys.map((k: { id: string }) => k.id)).not.toContain(apiKey.id);
    expect(codeOf(await app.gql('mutation($id: ID!) { revokeApiKey(id: $id) }', { id: apiKey.id }, admin()))).toBe('NOT_FOUND');

    ok(await app.gql('mutation($id: ID!) { revokeApiKey(id: $id) }', { id: apiKey.id }, agent.as));
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('an account changes its own password only with the current one', async () => {
    const agent = await makeAgent(app);
    const change = (current: string, next: string) =>
      app.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: current, n: next }, agent.as);
    expect(codeOf(await change('wrong-password', 'new-password-1'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await change(agent.password, 'short'))).toBe('BAD_USER_INPUT');
    await app.login(agent.username, agent.password);
    expect(ok(await change(agent.password, 'new-password-1')).changePassword).toBe(true);
    await expect(app.login(agent.username, agent.password)).rejects.toThrow(/UNAUTHENTICATED/);
    await expect(app.login(agent.username, 'new-password-1')).resolves.toEqual(expect.any(String));
  });

  it('agentTraffic: an admin sees any agent, an agent only itself', async () => {
    const a = await makeAgent(app, { trafficLimit: '10737418240' });
    const b = await makeAgent(app);
    const q = 'query($id: ID!) { agentTraffic(agentId: $id) { agentId limit quotaMode charged allocated remaining lifetime percent exceeded activeUsers suspendedUsers } }';
    const own = ok(await app.gql(q, { id: a.id }, a.as)).agentTraffic;
    expect(own).toEqual({ agentId: a.id, limit: '10737418240', quotaMode: 'USAGE', charged: '0', allocated: '0', remaining: '10737418240', lifetime: '0', percent: 0, exceeded: false, activeUsers: 0, suspendedUsers: 0 });
    expect(ok(await app.gql(q, { id: a.id }, admin())).agentTraffic.agentId).toBe(a.id);
    expect(codeOf(await app.gql(q, { id: b.id }, a.as))).toBe('NOT_FOUND');
    expect(ok(await app.gql(q, { id: b.id }, admin())).agentTraffic).toMatchObject({ limit: null, remaining: null, percent: null, exceeded: false });
  });
});
