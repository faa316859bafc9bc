import { UserEntity } from '../../src/modules/users';
import { CREATE_USER, makeAgent, makeUser, unique } from '../support/factories';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) { totalCount nodes { id username agentId status } pageInfo { endCursor hasNextPage } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id status dataLimit expiresAt macAddress } }`;
const DELETE = `mutation($id: ID!) { deleteUser(id: $id) }`;

describe(`users (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const userCount = () => app.c.ds.getRepository(UserEntity).count();

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('an agent creates a user and its users returns only its own', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const mine = await makeUser(app, a.as, { dataLimit: '5368709120', macAddress: 'aa-bb-cc-dd-ee-ff' });
    await makeUser(app, b.as);
    expect(mine.agentId).toBe(a.id);

    const list = ok(await app.gql(USERS, {}, a.as)).users;
    expect(list.totalCount).toBe(1);
    expect(list.nodes.map((u: { id: string }) => u.id)).toEqual([mine.id]);

    const full = ok(await app.gql('query($id: ID!) { user(id: $id) { username dataLimit used lifetime macAddress agentUsername status } }', { id: mine.id }, a.as));
    expect(full.user).toEqual({ username: mine.username, dataLimit: '5368709120', used: '0', lifetime: '0', macAddress: 'AA:BB:CC:DD:EE:FF', agentUsername: a.username, status: 'ACTIVE' });
  });

  it("an agent can't read, change or delete another agent's user (NOT_FOUND, nothing changes)", async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const theirs = await makeUser(app, b.as);
    expect(ok(await app.gql('query($id: ID!) { user(id: $id) { id } }', { id: theirs.id }, a.as)).user).toBeNull();
    expect(codeOf(await app.gql(UPDATE, { id: theirs.id, input: { status: 'DISABLED' } }, a.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DELETE, { id: theirs.id }, a.as))).toBe('NOT_FOUND');
    expect(ok(await app.gql(USERS, { filter: { agentId: b.id } }, a.as)).users.totalCount).toBe(0);
    const still = ok(await app.gql('query($id: ID!) { user(id: $id) { status } }', { id: theirs.id }, b.as));
    expect(still.user.status).toBe('ACTIVE');
  });

  it('an admin sees every user, filters by agent, and creates users for an agent', async () => {
    const a = await makeAgent(app);
    const forA = await makeUser(app, admin(), { agentId: a.id });
    const own = await makeUser(app, admin());
    expect(forA.agentId).toBe(a.id);
    expect(own.agentId).toBeNull();
    const filtered = ok(await app.gql(USERS, { filter: { agentId: a.id } }, admin())).users;
    expect(filtered.nodes.map((u: { id: string }) => u.id)).toEqual([forA.id]);
    const all = ok(await app.gql(USERS, { first: 500 }, admin())).users;
    expect(all.nodes.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([forA.id, own.id]));
    // The agent now sees the user the admin made for it.
    expect(ok(await app.gql(USERS, {}, a.as)).users.nodes.map((u: { id: string }) => u.id)).toEqual([forA.id]);
  });

  it('an agent may not create users for another agent; an admin may not for a missing agent', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const before = await userCount();
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), agentId: b.id } }, a.as))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), agentId: '999999' } }, admin()))).toBe('NOT_FOUND');
    expect(await userCount()).toBe(before);
  });

  it('updates and deletes with the rules for manual statuses', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as, { dataLimit: '1073741824' });
    const updated = ok(await app.gql(UPDATE, { id: u.id, input: { status: 'DISABLED', dataLimit: '2147483648', expiresAt: '2030-01-01T00:00:00.000Z', macAddress: '11:22:33:44:55:66' } }, a.as));
    expect(updated.updateUser).toEqual({ id: u.id, status: 'DISABLED', dataLimit: '2147483648', expiresAt: '2030-01-01T00:00:00.000Z', macAddress: '11:22:33:44:55:66' });
    // Omitted fields stay; explicit null clears.
    const cleared = ok(await app.gql(UPDATE, { id: u.id, input: { dataLimit: null } }, a.as));
    expect(cleared.updateUser).toMatchObject({ dataLimit: null, status: 'DISABLED', macAddress: '11:22:33:44:55:66' });
    expect(codeOf(await app.gql(UPDATE, { id: u.id, input: { status: 'LIMITED' } }, a.as))).toBe('BAD_USER_INPUT');
    expect(ok(await app.gql(DELETE, { id: u.id }, a.as)).deleteUser).toBe(true);
    expect(ok(await app.gql('query($id: ID!) { user(id: $id) { id } }', { id: u.id }, a.as)).user).toBeNull();
    expect(codeOf(await app.gql(DELETE, { id: u.id }, a.as))).toBe('NOT_FOUND');
  });

  it('malformed user input gets BAD_USER_INPUT and writes nothing', async () => {
    const a = await makeAgent(app);
    const before = await userCount();
    const bad = [
      { username: 'a b' },
      { username: unique('u'), dataLimit: '-5' },
      { username: unique('u'), dataLimit: 'lots' },
      { username: unique('u'), macAddress: 'not-a-mac' },
      { username: unique('u'), expiresAt: 'tomorrow' },
      { username: unique('u'), agentId: 'abc' },
      { username: unique('u'), unknownField: 1 },
    ];
    for (const input of bad) {
      const r = await app.gql(CREATE_USER, { input }, a.as);
      expect({ input, code: codeOf(r) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect(codeOf(await app.gql(USERS, { first: 0 }, a.as))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(USERS, { after: '!!!' }, a.as))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql('query { user(id: "x") { id } }', {}, a.as))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql('query { users { nodes { nope } } }', {}, a.as))).toBe('BAD_USER_INPUT');
    expect(await userCount()).toBe(before);
  });

  it('a duplicate username is a CONFLICT and writes nothing', async () => {
    const a = await makeAgent(app);
    const u = await makeUser(app, a.as);
    const before = await userCount();
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: u.username } }, a.as))).toBe('CONFLICT');
    expect(await userCount()).toBe(before);
  });

  it('searches by name, token and MAC, and pages with cursors without gaps or repeats', async () => {
    const a = await makeAgent(app);
    const prefix = unique('pg');
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await makeUser(app, a.as, { username: `${prefix}-${i}`, macAddress: `02:00:00:00:00:0${i}` }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = ok(await app.gql(USERS, { first: 3, after, filter: { search: prefix } }, a.as)).users;
      expect(r.totalCount).toBe(7);
      seen.push(...r.nodes.map((u: { id: string }) => u.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((u) => u.id).reverse());
    expect(ok(await app.gql(USERS, { filter: { search: made[2].token } }, a.as)).users.nodes[0].id).toBe(made[2].id);
    expect(ok(await app.gql(USERS, { filter: { search: '02-00-00-00-00-04' } }, a.as)).users.nodes[0].id).toBe(made[4].id);
    // LIKE wildcards are literal.
    expect(ok(await app.gql(USERS, { filter: { search: '%' } }, a.as)).users.totalCount).toBe(0);
  });

  it('max users holds under 25 concurrent creations', async () => {
    const a = await makeAgent(app, { maxUsers: 10 });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => app.gql(CREATE_USER, { input: { username: `${a.username}-c${i}` } }, a.as)),
    );
    const created = results.filter((r) => r.data?.createUser);
    const refused = results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED');
    expect(created).toHaveLength(10);
    expect(refused).toHaveLength(15);
    expect(await app.c.ds.getRepository(UserEntity).countBy({ agentId: Number(a.id) })).toBe(10);
  });

  it('the expiry check marks users past their date EXPIRED; one created already past it is EXPIRED at once', async () => {
    const a = await makeAgent(app);
    const soon = await makeUser(app, a.as, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const future = await makeUser(app, a.as, { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const born = await makeUser(app, a.as, { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const { changes } = await app.c.services.enforcement.check({ kind: 'expiry' }, new Date(Date.now() + 120_000));
    expect(changes).toContainEqual({ userId: Number(soon.id), agentId: Number(a.id), from: 'ACTIVE', to: 'EXPIRED', reason: 'EXPIRED' });
    expect(changes.map((c) => c.userId)).not.toContain(Number(future.id));
    const past = soon;
    const get = async (id: string) => ok(await app.gql('query($id: ID!) { user(id: $id) { status } }', { id }, a.as)).user.status;
    expect(await get(past.id)).toBe('EXPIRED');
    expect(await get(born.id)).toBe('EXPIRED');
    expect(await get(future.id)).toBe('ACTIVE');
  });
});
