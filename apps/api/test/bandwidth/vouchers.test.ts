import type { RouterOsSimulator } from '@tm/routeros-sim';
import { makeAgent } from '../support/factories';
import { GB, trafficOf } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { ROUTER_ENV, addRouter, nextIp, nextMac, startSim } from '../support/routers';

jest.setTimeout(120_000);

const BATCH_FIELDS = `id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt
  vouchers { userId code password status used expiresAt state }`;
const GENERATE = `mutation($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ${BATCH_FIELDS} } }`;
const BATCH = `query($id: ID!) { voucherBatch(id: $id) { ${BATCH_FIELDS} } }`;
const BATCHES = 'query($a: ID) { voucherBatches(agentId: $a) { id agentId count } }';
const L = BigInt(GB);

interface Voucher {
  userId: string;
  code: string;
  password: string;
  status: string;
  used: string;
  expiresAt: string | null;
  state: string;
}

describe(`vouchers (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: RouterOsSimulator;
  let router: { id: string; name: string };
  let standard: { id: string; name: string };
  const admin = () => ({ token: app.adminToken });
  const generate = (input: Record<string, unknown>, as: { token: string }) => app.gql(GENERATE, { input: { routerId: router.id, ...input } }, as);
  const csv = (id: string, token?: string) =>
    fetch(`${app.url}/api/v1/vouchers/${id}.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** Rows of the tables a batch writes, the agent's counters and the router's hotspot users. */
  async function state(agentId?: string) {
    const count = async (table: string) => Number((await app.c.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    const t = agentId ? await trafficOf(app, agentId) : null;
    return {
      users: await count('users'),
      logins: await count('router_logins'),
      batches: await count('voucher_batches'),
      allocated: t?.allocated ?? null,
      charged: t?.charged ?? null,
      hotspotUsers: sim.hotspotUsers().length,
    };
  }

  beforeAll(async () => {
    sim = await startSim();
    app = await startTestApp({ env: ROUTER_ENV });
    router = await addRouter(app, sim);
    const { speedProfiles } = ok(await app.gql('{ speedProfiles { id name } }', {}, admin()));
    standard = speedProfiles.find((p: { name: string }) => p.name === 'STANDARD');
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('a batch that does not fit is refused whole; one that fits makes N users, N hotspot users on the router and a CSV', async () => {
    const a = await makeAgent(app, { trafficLimit: String(20n * L), quotaMode: 'ALLOCATION' });
    const before = await state(a.id);

    const refused = await generate({ count: 50, dataLimit: String(L), speedProfileId: standard.id, validity: '30d', prefix: 'hs' }, a.as);
    expect(codeOf(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors![0].extensions).toMatchObject({ remaining: String(20n * L), requested: String(50n * L) });
    // unlimited vouchers for an agent with a limit: refused too
    expect(codeOf(await generate({ count: 1, dataLimit: null }, a.as))).toBe('LIMIT_EXCEEDED');
    expect(await state(a.id)).toEqual(before);

    const started = Date.now();
    const batch = ok(await generate({ count: 20, dataLimit: String(L), speedProfileId: standard.id, validity: '30d', prefix: 'hs' }, a.as)).generateVouchers;
    expect(batch).toMatchObject({ agentId: a.id, agentUsername: a.username, routerName: router.name, count: 20, dataLimit: String(L), validitySeconds: 30 * 86_400, prefix: 'hs' });
    expect(batch.speedProfile).toMatchObject({ id: standard.id, name: 'STANDARD', up: '1M', down: '2M' });
    const vouchers: Voucher[] = batch.vouchers;
    expect(vouchers).toHaveLength(20);
    expect(new Set(vouchers.map((v) => v.code)).size).toBe(20);
    for (const v of vouchers) {
      expect(v.code).toMatch(/^hs[abcdefghjkmnpqrstuvwxyz2-9]{8}$/);
      expect(v.password).toMatch(/^[abcdefghjkmnpqrstuvwxyz2-9]{8}$/);
      // The validity runs from the first login (Mikhmon's rule), not from printing.
      expect(v).toMatchObject({ status: 'ACTIVE', used: '0', state: 'PRESENT', expiresAt: null });
    }
    expect(await state(a.id)).toMatchObject({
      users: before.users + 20,
      logins: before.logins + 20,
      batches: before.batches + 1,
      allocated: String(20n * L),
      hotspotUsers: before.hotspotUsers + 20,
    });

    // On the router: each code a hotspot user with its password.
    const onRouter = new Map(sim.hotspotUsers().map((u) => [u.name, u]));
    for (const v of vouchers) expect(onRouter.get(v.code)).toMatchObject({ name: v.code, password: v.password, disabled: false });
    // ...and a device can log in with one.
    const mac = nextMac();
    sim.login({ user: vouchers[0].code, password: vouchers[0].password, macAddress: mac, address: nextIp() });
    expect(sim.sessions().some((s) => s.user === vouchers[0].code)).toBe(true);
    await app.c.services.routerSync.tick();
    const clocked: Voucher[] = ok(await app.gql(`query($id: ID!) { voucherBatch(id: $id) { ${BATCH_FIELDS} } }`, { id: batch.id }, a.as)).voucherBatch.vouchers;
    const expires = new Date(clocked.find((v) => v.code === vouchers[0].code)!.expiresAt!).getTime();
    expect(expires).toBeGreaterThanOrEqual(started + 30 * 86_400_000 - 2000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);
    expect(clocked.filter((v) => v.expiresAt !== null).map((v) => v.code)).toEqual([vouchers[0].code]);
    expect(() => sim.login({ user: vouchers[1].code, password: 'wrong-pass', macAddress: nextMac(), address: nextIp() })).toThrow();

    // CSV with the same Bearer token.
    const res = await csv(batch.id, a.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('code,password,profile,data_limit_bytes,data_limit_gb,valid_until,router');
    expect(lines).toHaveLength(21);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(vouchers.map((v) => v.code).sort());
    const first = lines.find((l) => l.startsWith(vouchers[0].code + ','))!.split(',');
    expect(first).toEqual([vouchers[0].code, vouchers[0].password, 'STANDARD', String(L), '1', new Date(expires).toISOString(), router.name]);
    expect(lines.find((l) => l.startsWith(vouchers[1].code + ','))!.split(',')[5]).toBe('');

    // The limit is drawn: not one more voucher fits.
    const more = await generate({ count: 1, dataLimit: '1' }, a.as);
    expect(codeOf(more)).toBe('LIMIT_EXCEEDED');
    expect(more.errors![0].extensions?.remaining).toBe('0');
  });

  it('USAGE agents: count × dataLimit must fit under the limit; max users holds for the whole batch', async () => {
    const a = await makeAgent(app, { trafficLimit: String(20n * L), quotaMode: 'USAGE', maxUsers: 25 });
    expect(codeOf(await generate({ count: 21, dataLimit: String(L) }, a.as))).toBe('LIMIT_EXCEEDED');
    ok(await generate({ count: 20, dataLimit: String(L) }, a.as));
    const over = await generate({ count: 6, dataLimit: '1' }, a.as);
    expect(codeOf(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors![0].extensions).toMatchObject({ maxUsers: 25, userSlotsLeft: 5 });
    expect(ok(await generate({ count: 5, dataLimit: '1' }, a.as)).generateVouchers.count).toBe(5);
    expect((await trafficOf(app, a.id)).users).toBe(25);
  });

  it('two concurrent batches of 15 with room for 20: exactly one is made', async () => {
    const a = await makeAgent(app, { trafficLimit: String(20n * L), quotaMode: 'ALLOCATION' });
    const results = await Promise.all([1, 2].map(() => generate({ count: 15, dataLimit: String(L) }, a.as)));
    expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['LIMIT_EXCEEDED', 'OK']);
    expect(await trafficOf(app, a.id)).toMatchObject({ users: 15, allocated: String(15n * L) });
    expect(ok(await app.gql(BATCHES, {}, a.as)).voucherBatches).toHaveLength(1);
  });

  it('bad input is BAD_USER_INPUT or NOT_FOUND and changes nothing', async () => {
    const a = await makeAgent(app);
    const before = await state(a.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ count: 0 }, 'BAD_USER_INPUT'],
      [{ count: 1001 }, 'BAD_USER_INPUT'],
      [{ count: 2, prefix: 'A B' }, 'BAD_USER_INPUT'],
      [{ count: 2, codeLength: 3 }, 'BAD_USER_INPUT'],
      [{ count: 2, codeLength: 17 }, 'BAD_USER_INPUT'],
      [{ count: 2, validity: 'soon' }, 'BAD_USER_INPUT'],
      [{ count: 2, routerId: '999999' }, 'NOT_FOUND'],
      [{ count: 2, speedProfileId: '999999' }, 'NOT_FOUND'],
      [{ count: 2, routerId: 'x' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) expect([input, codeOf(await generate(input, a.as))]).toEqual([input, code]);
    expect(codeOf(await generate({ count: 2, agentId: '999999' }, admin()))).toBe('NOT_FOUND');
    expect(await state(a.id)).toEqual(before);
  });

  it('an agent sees only its own batches: another’s is NOT_FOUND in GraphQL and 404 as CSV', async () => {
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const batch = ok(await generate({ count: 2, codeLength: 4 }, a.as)).generateVouchers;
    expect(batch.vouchers.every((v: Voucher) => v.code.length === 4)).toBe(true);

    expect(codeOf(await app.gql(BATCH, { id: batch.id }, b.as))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(BATCH, { id: '999999' }, a.as))).toBe('NOT_FOUND');
    expect(ok(await app.gql(BATCHES, {}, b.as)).voucherBatches).toEqual([]);
    // an agent's agentId argument can't widen its view
    expect(ok(await app.gql(BATCHES, { a: a.id }, b.as)).voucherBatches).toEqual([]);
    expect(codeOf(await generate({ count: 1, agentId: a.id }, b.as))).toBe('FORBIDDEN');

    expect((await csv(batch.id, b.token)).status).toBe(404);
    expect((await csv(batch.id)).status).toBe(401);
    expect((await csv('abc', a.token)).status).toBe(400);
    expect((await csv(batch.id, a.token)).status).toBe(200);
    expect((await csv(batch.id, app.adminToken)).status).toBe(200);

    expect(ok(await app.gql(BATCH, { id: batch.id }, a.as)).voucherBatch.vouchers).toHaveLength(2);
    expect(ok(await app.gql(BATCHES, { a: a.id }, admin())).voucherBatches.map((x: { id: string }) => x.id)).toEqual([batch.id]);
  });

  it('1000 vouchers in one batch (chunked writes): all users, logins and hotspot users, codes distinct', async () => {
    const before = await state();
    const started = Date.now();
    const batch = ok(await generate({ count: 1000, codeLength: 6, prefix: 'k' }, admin())).generateVouchers;
    const ms = Date.now() - started;
    expect(batch.vouchers).toHaveLength(1000);
    expect(new Set(batch.vouchers.map((v: Voucher) => v.code)).size).toBe(1000);
    expect(batch.vouchers.every((v: Voucher) => v.state === 'PRESENT')).toBe(true);
    expect(await state()).toMatchObject({ users: before.users + 1000, logins: before.logins + 1000, batches: before.batches + 1, hotspotUsers: before.hotspotUsers + 1000 });
    expect(ms).toBeLessThan(60_000);
  });

  it('a speed profile used by vouchers (or a router login) cannot be deleted', async () => {
    const { createSpeedProfile } = ok(await app.gql('mutation { createSpeedProfile(input: { name: "VOUCHER-2M", up: "1M", down: "2M", validity: "12h" }) { id } }', {}, admin()));
    const batch = ok(await generate({ count: 1, speedProfileId: createSpeedProfile.id }, admin())).generateVouchers;
    // the profile's validity applies when none is given
    expect(batch.validitySeconds).toBe(12 * 3600);
    const del = await app.gql('mutation($id: ID!) { deleteSpeedProfile(id: $id) }', { id: createSpeedProfile.id }, admin());
    expect(codeOf(del)).toBe('CONFLICT');
    expect(del.errors![0].message).toMatch(/router login|voucher batch/);

    // ...nor one an agent throttles to
    const { createSpeedProfile: slow } = ok(await app.gql('mutation { createSpeedProfile(input: { name: "THROTTLE-256K", up: "256K", down: "256K" }) { id } }', {}, admin()));
    await makeAgent(app, { overLimitAction: 'THROTTLE', throttleProfileId: slow.id });
    const busy = await app.gql('mutation($id: ID!) { deleteSpeedProfile(id: $id) }', { id: slow.id }, admin());
    expect(codeOf(busy)).toBe('CONFLICT');
    expect(busy.errors![0].message).toMatch(/agent/);
  });
});
