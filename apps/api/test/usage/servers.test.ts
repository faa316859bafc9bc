import { makeAgent } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

describe(`servers and settings (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('an admin creates a server and sees its token once; only the prefix is listed', async () => {
    const r = ok(await app.gql('mutation { createServer(input: { name: "node-1" }) { token server { id name kind status tokenPrefix lifetime samples lastSeenAt } } }', {}, admin()));
    expect(r.createServer.token).toMatch(/^tms_[0-9a-f]{40}$/);
    expect(r.createServer.server).toMatchObject({ name: 'node-1', kind: 'WEBHOOK', status: 'ACTIVE', lifetime: '0', samples: '0', lastSeenAt: null });
    expect(r.createServer.token.startsWith(r.createServer.server.tokenPrefix)).toBe(true);
    const list = JSON.stringify(ok(await app.gql('{ servers { id name tokenPrefix } }', {}, admin())));
    expect(list).not.toContain(r.createServer.token);
    expect(codeOf(await app.gql('mutation { createServer(input: { name: "node-1" }) { token } }', {}, admin()))).toBe('CONFLICT');
    expect(codeOf(await app.gql('mutation { createServer(input: { name: "  " }) { token } }', {}, admin()))).toBe('BAD_USER_INPUT');
  });

  it('agents can neither see nor manage servers or settings, nor report traffic', async () => {
    const agent = await makeAgent(app);
    expect(codeOf(await app.gql('{ servers { id } }', {}, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation { createServer(input: { name: "x" }) { token } }', {}, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('{ settings { retentionDays } }', {}, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation { updateSettings(input: { trackingEnabled: false }) { trackingEnabled } }', {}, agent.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('mutation { reportTraffic(serverId: "1", samples: []) { accepted } }', {}, agent.as))).toBe('FORBIDDEN');
  });

  it('settings have defaults, validate, and persist', async () => {
    expect(ok(await app.gql('{ settings { trackingEnabled retentionDays } }', {}, admin())).settings).toEqual({ trackingEnabled: true, retentionDays: 90 });
    expect(codeOf(await app.gql('mutation { updateSettings(input: { retentionDays: -1 }) { retentionDays } }', {}, admin()))).toBe('BAD_USER_INPUT');
    ok(await app.gql('mutation { updateSettings(input: { retentionDays: 7 }) { retentionDays } }', {}, admin()));
    expect(ok(await app.gql('{ settings { trackingEnabled retentionDays } }', {}, admin())).settings).toEqual({ trackingEnabled: true, retentionDays: 7 });
  });
});
