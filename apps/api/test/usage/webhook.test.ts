import { makeAgent, makeUser } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer, postWebhook } from '../support/traffic';

describe(`traffic webhook over HTTP (${TEST_DB})`, () => {
  let app: TestApp;
  let user: { username: string; token: string; id: string };
  let server: { id: string; token: string; name: string };
  const rawCount = async () => Number((await app.c.ds.query('SELECT COUNT(*) AS n FROM samples'))[0].n);
  const sample = (extra: Record<string, unknown> = {}) => ({ user_token: user.username, server: 'vpn.example.com', port: 443, protocol: 'vless', bytes_uploaded: 1048576, bytes_downloaded: 2097152, ...extra });

  beforeAll(async () => {
    app = await startTestApp();
    const agent = await makeAgent(app);
    user = await makeUser(app, agent.as);
    server = await makeServer(app);
  });
  afterAll(() => app.close());

  it('a missing, wrong, rotated-away or disabled server token gets 401 and writes nothing', async () => {
    const before = await rawCount();
    expect((await postWebhook(app, null, JSON.stringify(sample()))).status).toBe(401);
    expect((await postWebhook(app, 'tms_0000000000000000000000000000000000000000', JSON.stringify(sample()))).status).toBe(401);
    const other = await makeServer(app);
    const rotated = ok(await app.gql('mutation($id: ID!) { rotateServerToken(id: $id) { token } }', { id: other.id }, { token: app.adminToken }));
    expect((await postWebhook(app, other.token, JSON.stringify(sample()))).status).toBe(401);
    expect((await postWebhook(app, rotated.rotateServerToken.token, JSON.stringify(sample()))).status).toBe(200);
    ok(await app.gql('mutation($id: ID!) { updateServer(id: $id, input: { status: DISABLED }) { status } }', { id: other.id }, { token: app.adminToken }));
    expect((await postWebhook(app, rotated.rotateServerToken.token, JSON.stringify(sample()))).status).toBe(401);
    expect(await rawCount()).toBe(before + 1);
  });

  it('takes one Xpert sample, an array, and NDJSON', async () => {
    expect((await postWebhook(app, server.token, JSON.stringify(sample({ id: 'one' })))).body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect((await postWebhook(app, server.token, JSON.stringify([sample({ id: 'a1' }), sample({ id: 'a2' })]))).body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    const ndjson = [sample({ id: 'n1' }), sample({ id: 'n2' }), sample({ id: 'one' })].map((s) => JSON.stringify(s)).join('\n') + '\n{broken\n';
    const r = await postWebhook(app, server.token, ndjson, 'application/x-ndjson');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ accepted: 2, duplicates: 1, rejected: [{ index: 3, reason: expect.stringMatching(/object/) }] });
  });

  it('accepts a 10,000-sample body and refuses a larger one whole', async () => {
    const before = await rawCount();
    const big = Array.from({ length: 10_000 }, (_, i) => sample({ id: `big-${i}`, bytes_uploaded: 1, bytes_downloaded: 1 }));
    const r = await postWebhook(app, server.token, JSON.stringify(big));
    expect(r.body).toEqual({ accepted: 10_000, duplicates: 0, rejected: [] });
    const tooBig = await postWebhook(app, server.token, JSON.stringify([...big, sample({ id: 'one-more' })]));
    expect(tooBig.status).toBe(413);
    expect(await rawCount()).toBe(before + 10_000);
  });

  it('a body that cannot be parsed gets 400 and writes nothing', async () => {
    const before = await rawCount();
    for (const body of ['{"user_token": ', 'hello', '42', 'null', '']) {
      expect({ body, status: (await postWebhook(app, server.token, body)).status }).toEqual({ body, status: 400 });
    }
    expect(await rawCount()).toBe(before);
  });

  it('with tracking off, the webhook answers 503 and counts nothing; GraphQL says UNAVAILABLE', async () => {
    const before = await rawCount();
    const used = async () => ok(await app.gql('query($id: ID!) { user(id: $id) { lifetime } }', { id: user.id }, { token: app.adminToken })).user.lifetime;
    const lifetime = await used();
    ok(await app.gql('mutation { updateSettings(input: { trackingEnabled: false }) { trackingEnabled } }', {}, { token: app.adminToken }));
    try {
      const r = await postWebhook(app, server.token, JSON.stringify(sample()));
      expect(r.status).toBe(503);
      expect(r.body.error).toMatch(/switched off/);
      const g = await app.gql('mutation($s: ID!) { reportTraffic(serverId: $s, samples: [{ user: "x", up: "1", down: "1" }]) { accepted } }', { s: server.id }, { token: app.adminToken });
      expect(codeOf(g)).toBe('UNAVAILABLE');
      expect(await rawCount()).toBe(before);
      expect(await used()).toBe(lifetime);
    } finally {
      ok(await app.gql('mutation { updateSettings(input: { trackingEnabled: true }) { trackingEnabled } }', {}, { token: app.adminToken }));
    }
    expect((await postWebhook(app, server.token, JSON.stringify(sample()))).status).toBe(200);
  });
});
