import { AccountEntity } from '../../src/modules/accounts/account.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { CREATE_USER, makeAgent, makeUser, unique } from '../support/factories';
import { GB, sendBytes, trafficOf } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer } from '../support/traffic';

jest.setTimeout(120_000);

const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id dataLimit status } }';
const DELETE_USER = 'mutation($id: ID!) { deleteUser(id: $id) }';
const CAN_CREATE = 'query($a: ID!, $l: Bytes) { canCreateUser(agentId: $a, dataLimit: $l) }';

describe(`quota at user creation (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const allocated = async (agentId: string) => (await app.c.ds.getRepository(AccountEntity).findOneByOrFail({ id: Number(agentId) })).allocatedBytes;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('50 concurrent creations against an ALLOCATION agent with room for 10: exactly 10 succeed', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB), quotaMode: 'ALLOCATION' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.gql(CREATE_USER, { input: { username: `${a.username}-u${i}`, dataLimit: String(GB) } }, a.as)),
    );
    const created = results.filter((r) => r.data?.createUser);
    const refused = results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED');
    expect(created).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused.every((r) => r.errors![0].extensions!.remaining === '0')).toBe(true);
    expect(await app.c.ds.getRepository(UserEntity).countBy({ agentId: Number(a.id) })).toBe(10);
    expect(await allocated(a.id)).toBe(10n * BigInt(GB));
    const t = await trafficOf(app, a.id);
    expect(t).toMatchObject({ allocated: String(10 * GB), remaining: '0', soldOut: true, exceeded: false, percent: 100, users: 10 });
  });

  it('a USAGE agent at 9.5 of 10 GB charged cannot create a 1 GB user, and the refusal says what remains', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const server = await makeServer(app);
    const heavy = await makeUser(app, a.as, { dataLimit: String(10 * GB) });
    await sendBytes(app, server.token, heavy.token, 9.5 * GB);
    expect((await trafficOf(app, a.id)).charged).toBe(String(9.5 * GB));

    const before = await app.c.ds.getRepository(UserEntity).countBy({ agentId: Number(a.id) });
    const refused = await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(GB) } }, a.as);
    expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors![0].extensions).toMatchObject({ remaining: String(GB / 2), requested: String(GB), limit: String(10 * GB), quotaMode: 'USAGE' });
    expect(refused.errors![0].message).toContain('512.00 MB');
    expect(await app.c.ds.getRepository(UserEntity).countBy({ agentId: Number(a.id) })).toBe(before);

    expect(ok(await app.gql(CAN_CREATE, { a: a.id, l: String(GB) }, a.as)).canCreateUser).toBe(false);
    expect(ok(await app.gql(CAN_CREATE, { a: a.id, l: String(GB / 2) }, a.as)).canCreateUser).toBe(true);
    ok(await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(GB / 2) } }, a.as));
  });

  it('an agent with a limit cannot create (or turn a user into) an unlimited user; an unlimited agent can', async () => {
    const limited = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const r = await app.gql(CREATE_USER, { input: { username: unique('u') } }, limited.as);
    expect(codeOf(r)).toBe('LIMIT_EXCEEDED');
    expect(r.errors![0].extensions).toMatchObject({ requested: null, remaining: String(10 * GB) });
    expect(ok(await app.gql(CAN_CREATE, { a: limited.id, l: null }, limited.as)).canCreateUser).toBe(false);
    // Through an admin too: the rule belongs to the agent, not to who clicks.
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), agentId: limited.id } }, admin()))).toBe('LIMIT_EXCEEDED');
    const u = await makeUser(app, limited.as, { dataLimit: String(GB) });
    expect(codeOf(await app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: null } }, limited.as))).toBe('LIMIT_EXCEEDED');

    const free = await makeAgent(app);
    await makeUser(app, free.as);
    expect(ok(await app.gql(CAN_CREATE, { a: free.id, l: null }, free.as)).canCreateUser).toBe(true);
  });

  it('raising a user’s limit draws the difference; lowering gives nothing back (ALLOCATION)', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB), quotaMode: 'ALLOCATION' });
    const u = await makeUser(app, a.as, { dataLimit: String(3 * GB) });
    expect(await allocated(a.id)).toBe(3n * BigInt(GB));
    ok(await app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: String(8 * GB) } }, a.as));
    expect(await allocated(a.id)).toBe(8n * BigInt(GB));
    const refused = await app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: String(11 * GB) } }, a.as);
    expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors![0].extensions!.remaining).toBe(String(2 * GB));
    expect(ok(await app.gql('query($id: ID!) { user(id: $id) { dataLimit } }', { id: u.id }, a.as)).user.dataLimit).toBe(String(8 * GB));
    ok(await app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: String(GB) } }, a.as));
    expect(await allocated(a.id)).toBe(8n * BigInt(GB));
    // What was lowered is not room again: 2 GB left, not 9.
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(3 * GB) } }, a.as))).toBe('LIMIT_EXCEEDED');
    ok(await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(2 * GB) } }, a.as));
  });

  it('concurrent raises of different users cannot together cross the line', async () => {
    const a = await makeAgent(app, { trafficLimit: String(10 * GB), quotaMode: 'ALLOCATION' });
    const users = [];
    for (let i = 0; i < 20; i++) users.push(await makeUser(app, a.as, { dataLimit: '0' }));
    const results = await Promise.all(users.map((u) => app.gql(UPDATE_USER, { id: u.id, input: { dataLimit: String(GB) } }, a.as)));
    expect(results.filter((r) => r.data?.updateUser)).toHaveLength(10);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(10);
    expect(await allocated(a.id)).toBe(10n * BigInt(GB));
    const granted = (await app.c.ds.getRepository(UserEntity).findBy({ agentId: Number(a.id) })).reduce((s, u) => s + (u.dataLimit ?? 0n), 0n);
    expect(granted).toBe(10n * BigInt(GB));
  });

  it('delete-and-recreate cannot escape the limit (seed 003), in either mode', async () => {
    const server = await makeServer(app);
    const usage = await makeAgent(app, { trafficLimit: String(10 * GB) });
    const u = await makeUser(app, usage.as, { dataLimit: String(10 * GB) });
    await sendBytes(app, server.token, u.token, 9.5 * GB);
    ok(await app.gql(DELETE_USER, { id: u.id }, usage.as));
    expect(await trafficOf(app, usage.id)).toMatchObject({ charged: String(9.5 * GB), users: 0 });
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(GB) } }, usage.as))).toBe('LIMIT_EXCEEDED');

    const alloc = await makeAgent(app, { trafficLimit: String(10 * GB), quotaMode: 'ALLOCATION' });
    const v = await makeUser(app, alloc.as, { dataLimit: String(10 * GB) });
    ok(await app.gql(DELETE_USER, { id: v.id }, alloc.as));
    expect((await trafficOf(app, alloc.id)).allocated).toBe(String(10 * GB));
    expect(codeOf(await app.gql(CREATE_USER, { input: { username: unique('u'), dataLimit: String(GB) } }, alloc.as))).toBe('LIMIT_EXCEEDED');
  });

  it('canCreateUser and agentTraffic are scoped: another agent’s are NOT_FOUND; agentsTraffic is for admins', async () => {
    const a = await makeAgent(app, { trafficLimit: String(GB), maxUsers: 1 });
    const b = await makeAgent(app);
    expect(codeOf(await app.gql(CAN_CREATE, { a: a.id, l: '1' }, b.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('query($id: ID!) { agentTraffic(agentId: $id) { agentId } }', { id: a.id }, b.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql('{ agentsTraffic { agentId } }', {}, b.as))).toBe('FORBIDDEN');
    const all = ok(await app.gql('{ agentsTraffic { agentId username userSlotsLeft } }', {}, admin())).agentsTraffic;
    expect(all).toContainEqual({ agentId: a.id, username: a.username, userSlotsLeft: 1 });
    await makeUser(app, a.as, { dataLimit: '1' });
    expect(ok(await app.gql(CAN_CREATE, { a: a.id, l: '1' }, a.as)).canCreateUser).toBe(false);
    expect(codeOf(await app.gql(CAN_CREATE, { a: a.id, l: '-1' }, a.as))).toBe('BAD_USER_INPUT');
  });
});
