import { makeAgent, makeUser } from '../support/factories';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { subscribe } from '../support/ws-client';

const USER_CHANGED = `subscription($agentId: ID) { userChanged(agentId: $agentId) { kind userId user { id username agentId used dataLimit } } }`;

describe(`subscriptions over graphql-ws (${TEST_DB})`, () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('a subscriber with a token receives events; an agent hears only its own users', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const asA = await subscribe(app.wsUrl, USER_CHANGED, a.token);
    const asAdmin = await subscribe(app.wsUrl, USER_CHANGED, app.adminToken, { agentId: a.id });
    try {
      await makeUser(app, b.as);
      const u = await makeUser(app, a.as, { dataLimit: '1073741824' });
      const event = await asA.next();
      expect(event.userChanged).toEqual({ kind: 'CREATED', userId: u.id, user: { id: u.id, username: u.username, agentId: a.id, used: '0', dataLimit: '1073741824' } });
      expect((await asAdmin.next()).userChanged.userId).toBe(u.id);

      ok(await app.gql('mutation($id: ID!) { deleteUser(id: $id) }', { id: u.id }, a.as));
      expect((await asA.next()).userChanged).toEqual({ kind: 'DELETED', userId: u.id, user: null });
      // Nothing of agent B's reached agent A or the admin filtering on A.
      await new Promise((r) => setTimeout(r, 200));
      expect(asA.pending()).toEqual([]);
      expect(asAdmin.pending().map((e) => e.userChanged.kind)).toEqual(['DELETED']);
    } finally {
      await asA.close();
      await asAdmin.close();
    }
  });

  it('refuses a connection without a valid token', async () => {
    await expect(subscribe(app.wsUrl, USER_CHANGED, null)).rejects.toMatchObject({ code: 4403 });
    await expect(subscribe(app.wsUrl, USER_CHANGED, 'forged.token.value')).rejects.toMatchObject({ code: 4403 });
  });

  it('applies the same depth limit and typed errors as HTTP', async () => {
    const sub = await subscribe(app.wsUrl, 'subscription { userChanged { nope } }', app.adminToken);
    await expect(sub.next(2000)).rejects.toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
    await sub.close();
  });
});
