import { DateTime } from 'luxon';
import { registerJobs } from '../../src/jobs';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, sendBytes, statusOf, trafficOf } from '../support/limits';
import { RESET_EVENTS, sendTraffic, userCounters } from '../support/resets';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer } from '../support/traffic';

jest.setTimeout(120_000);

const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id resetStrategy billingDay timeZone nextResetAt } }';
const UPDATE_AGENT = 'mutation($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id resetStrategy timeZone nextResetAt } }';
const SCHEDULE_FIELDS = 'id name scope targetId targetLabel cron timeZone enabled nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 3)';
const CREATE_SCHEDULE = `mutation($i: ResetScheduleInput!) { createResetSchedule(input: $i) { ${SCHEDULE_FIELDS} } }`;
const UPDATE_SCHEDULE = `mutation($id: ID!, $i: ResetSchedulePatch!) { updateResetSchedule(id: $id, input: $i) { ${SCHEDULE_FIELDS} } }`;
const SCHEDULES = `{ resetSchedules { ${SCHEDULE_FIELDS} } }`;
const REPORTS = '{ trafficReports { totalCount nodes { id trigger scope targetId resetEventId scheduleId users agents servers csvUrl } } }';

const plus = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms);
const DAY = 86_400_000;

describe(`billing cycles and schedules (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const events = async (filter: Record<string, unknown>) => ok(await app.gql(RESET_EVENTS, { f: filter, first: 50 }, admin())).resetEvents;

  beforeAll(async () => {
    app = await startTestApp({ env: { JOBS_PROCESS_EVERY: '100 ms' } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('a billing-month user resets at local midnight of its billing day (clamped to the month’s end) in its zone, LIMITED → ACTIVE', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin(), { dataLimit: '1000' });
    const set = ok(await app.gql(UPDATE_USER, { id: user.id, input: { resetStrategy: 'BILLING_MONTH', billingDay: 31, timeZone: 'Asia/Tehran' } }, admin())).updateUser;
    expect(set).toMatchObject({ resetStrategy: 'BILLING_MONTH', billingDay: 31, timeZone: 'Asia/Tehran' });
    const due = DateTime.fromISO(set.nextResetAt, { zone: 'Asia/Tehran' });
    expect([due.hour, due.minute, due.second]).toEqual([0, 0, 0]);
    expect(due.day).toBe(Math.min(31, due.daysInMonth!));
    expect(due.toMillis()).toBeGreaterThan(Date.now());
    expect(due.toMillis() - Date.now()).toBeLessThanOrEqual(31 * DAY);

    await sendTraffic(app, server.token, user.token, 600, 500);
    await app.c.services.enforcement.settled();
    expect(await statusOf(app, user.id)).toBe('LIMITED');

    // One second early: nothing. One second late: the reset, by the billing cycle.
    expect(await app.c.services.resetCycles.runDue(plus(set.nextResetAt, -1000))).toMatchObject({ users: 0 });
    expect((await userCounters(app, user.id)).used).toBe('1100');
    expect(await app.c.services.resetCycles.runDue(plus(set.nextResetAt, 1000))).toMatchObject({ users: 1, failed: 0 });
    const after = await userCounters(app, user.id);
    expect(after).toMatchObject({ used: '0', lifetime: '1100', status: 'ACTIVE' });
    const next = DateTime.fromISO(after.nextResetAt, { zone: 'Asia/Tehran' });
    const following = due.plus({ months: 1 });
    expect([next.year, next.month, next.day, next.hour]).toEqual([following.year, following.month, Math.min(31, following.daysInMonth!), 0]);

    const audit = await events({ userId: user.id });
    expect(audit.nodes).toHaveLength(1);
    expect(audit.nodes[0]).toMatchObject({ trigger: 'BILLING', actorKind: 'SYSTEM', actorLabel: 'billing cycle', ok: true, bytesCleared: '1100' });
  });

  it('a cycle missed across a downtime of three periods fires once, then waits for the next boundary', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin());
    const set = ok(await app.gql(UPDATE_USER, { id: user.id, input: { resetStrategy: 'MONTH', timeZone: 'UTC' } }, admin())).updateUser;
    await sendTraffic(app, server.token, user.token, 1, 2);
    const back = plus(set.nextResetAt, 3 * 31 * DAY); // three months of downtime
    const resetsOfUser = async () => (await events({ userId: user.id })).totalCount;
    await app.c.services.resetCycles.runDue(back);
    expect(await resetsOfUser()).toBe(1);
    await app.c.services.resetCycles.runDue(back);
    await app.c.services.resetCycles.runDue(plus(back.toISOString(), DAY));
    expect(await resetsOfUser()).toBe(1);
    const next = new Date((await userCounters(app, user.id)).nextResetAt);
    expect(next.getTime()).toBeGreaterThan(back.getTime());
    expect(next.toISOString()).toBe(DateTime.fromJSDate(back, { zone: 'UTC' }).startOf('month').plus({ months: 1 }).toJSDate().toISOString());
  });

  it('an agent’s cycle resets its charged usage and resumes what its limit suspended', async () => {
    const server = await makeServer(app);
    const agent = await makeAgent(app, { trafficLimit: String(GB), resetStrategy: 'DAY', timeZone: 'Europe/Berlin' });
    const users = [await makeUser(app, agent.as, { dataLimit: String(GB) }), await makeUser(app, agent.as, { dataLimit: String(GB) })];
    for (const u of users) await sendBytes(app, server.token, u.token, GB / 2);
    await app.c.services.enforcement.settled();
    for (const u of users) expect(await statusOf(app, u.id)).toBe('SUSPENDED');
    const a = ok(await app.gql(UPDATE_AGENT, { id: agent.id, input: {} }, admin())).updateAgent;
    expect(a).toMatchObject({ resetStrategy: 'DAY', timeZone: 'Europe/Berlin' });
    expect(DateTime.fromISO(a.nextResetAt, { zone: 'Europe/Berlin' }).toFormat('HH:mm')).toBe('00:00');
    expect((await app.c.services.resetCycles.runDue(plus(a.nextResetAt, 1000))).agents).toBeGreaterThanOrEqual(1);
    expect(await trafficOf(app, agent.id)).toMatchObject({ charged: '0', exceeded: false, activeUsers: 2 });
    for (const u of users) expect((await userCounters(app, u.id)).used).toBe(String(GB / 2));
    const audit = await events({ scope: 'AGENT', trigger: 'BILLING' });
    expect(audit.nodes.filter((e: { targetId: string }) => e.targetId === agent.id)).toHaveLength(1);
  });

  it('a schedule missed across a downtime of three periods runs once, stores a report first, and moves on', async () => {
    const server = await makeServer(app);
    const user = await makeUser(app, admin());
    await sendTraffic(app, server.token, user.token, 40, 60);
    const s = ok(
      await app.gql(CREATE_SCHEDULE, { i: { name: 'nightly server', scope: 'SERVER', targetId: server.id, cron: '0 3 * * *', timeZone: 'Asia/Tehran' } }, admin()),
    ).createResetSchedule;
    expect(s).toMatchObject({ scope: 'SERVER', targetLabel: server.name, enabled: true, lastRunAt: null });
    const first = DateTime.fromISO(s.nextRunAt, { zone: 'Asia/Tehran' });
    expect([first.hour, first.minute]).toEqual([3, 0]);
    expect(s.nextRuns).toHaveLength(3);

    const back = plus(s.nextRunAt, 3 * DAY + 3600_000);
    expect(await app.c.services.resetSchedules.runDue(back)).toBe(1);
    expect(await app.c.services.resetSchedules.runDue(back)).toBe(0);
    const [after] = ok(await app.gql(SCHEDULES, {}, admin())).resetSchedules.filter((x: { id: string }) => x.id === s.id);
    expect(new Date(after.nextRunAt).getTime()).toBeGreaterThan(back.getTime());
    expect(new Date(after.nextRunAt).getTime() - back.getTime()).toBeLessThanOrEqual(DAY);
    expect(after).toMatchObject({ lastOk: true, lastRunAt: back.toISOString() });

    const ran = (await events({ trigger: 'SCHEDULED' })).nodes.filter((e: { id: string }) => e.id === after.lastEventId);
    expect(ran[0]).toMatchObject({ scope: 'SERVER', targetId: server.id, actorKind: 'SCHEDULE', actorLabel: 'nightly server', scheduleId: s.id, ok: true, bytesCleared: '100' });
    expect((await userCounters(app, user.id)).used).toBe('0');
    const reports = ok(await app.gql(REPORTS, {}, admin())).trafficReports.nodes;
    expect(reports.find((r: { id: string }) => r.id === ran[0].reportId)).toMatchObject({ trigger: 'SCHEDULED', scope: 'SERVER', resetEventId: ran[0].id, scheduleId: s.id });
  });

  it('two API instances on one database run a due schedule and a due cycle once', async () => {
    const second = await startTestApp({ db: app.db });
    try {
      const server = await makeServer(app);
      const user = await makeUser(app, admin());
      await sendTraffic(app, server.token, user.token, 5, 5);
      const s = ok(await app.gql(CREATE_SCHEDULE, { i: { name: 'race', scope: 'USER', targetId: user.id, cron: '*/5 * * * *', timeZone: 'UTC' } }, admin()))
        .createResetSchedule;
      const cycled = await makeUser(app, admin(), { resetStrategy: 'DAY', timeZone: 'UTC' });
      await sendTraffic(app, server.token, cycled.token, 7, 7);
      const at = plus(s.nextRunAt, 1000);
      const cycleAt = plus((await userCounters(app, cycled.id)).nextResetAt, 1000);
      const runs = await Promise.all([
        app.c.services.resetSchedules.runDue(at),
        second.c.services.resetSchedules.runDue(at),
        app.c.services.resetSchedules.runDue(at),
        second.c.services.resetSchedules.runDue(at),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
      await Promise.all([app.c.services.resetCycles.runDue(cycleAt), second.c.services.resetCycles.runDue(cycleAt), app.c.services.resetCycles.runDue(cycleAt)]);
      expect((await events({ userId: user.id })).totalCount).toBe(1);
      expect((await events({ userId: cycled.id })).totalCount).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('bad schedules and cycles are refused with BAD_USER_INPUT and change nothing', async () => {
    const user = await makeUser(app, admin());
    const before = ok(await app.gql(SCHEDULES, {}, admin())).resetSchedules.length;
    const bad = [
      { name: 'x', scope: 'ALL', cron: 'every day', timeZone: 'UTC' },
      { name: 'x', scope: 'ALL', cron: '0 3 * * *', timeZone: 'Mars/Base' },
      { name: 'x', scope: 'USER', cron: '0 3 * * *', timeZone: 'UTC' },
      { name: '', scope: 'ALL', cron: '0 3 * * *', timeZone: 'UTC' },
    ];
    for (const i of bad) expect(codeOf(await app.gql(CREATE_SCHEDULE, { i }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(CREATE_SCHEDULE, { i: { name: 'x', scope: 'USER', targetId: '999999', cron: '0 3 * * *' } }, admin()))).toBe('NOT_FOUND');
    expect(ok(await app.gql(SCHEDULES, {}, admin())).resetSchedules).toHaveLength(before);
    const preview = ok(await app.gql('query($c: String!) { previewSchedule(cron: $c, timeZone: "UTC", count: 5) }', { c: '0 3 1 * *' }, admin())).previewSchedule;
    expect(preview).toHaveLength(5);
    expect(codeOf(await app.gql('query($c: String!) { previewSchedule(cron: $c) }', { c: '99 * * * *' }, admin()))).toBe('BAD_USER_INPUT');

    expect(codeOf(await app.gql(UPDATE_USER, { id: user.id, input: { resetStrategy: 'BILLING_MONTH', billingDay: 32 } }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE_USER, { id: user.id, input: { timeZone: 'Nowhere/City' } }, admin()))).toBe('BAD_USER_INPUT');
    expect(await userCounters(app, user.id)).toMatchObject({ nextResetAt: null });
    const agent = await makeAgent(app);
    expect(codeOf(await app.gql(CREATE_SCHEDULE, { i: { name: 'x', scope: 'ALL', cron: '0 3 * * *' } }, agent.as))).toBe('FORBIDDEN');
  });

  it('the due-resets job runs on Agenda (our TypeORM backend) and disabling a schedule stops it', async () => {
    // Last in this file: from here on the job runs every minute beside the test.
    await registerJobs(app.c);
    {
      const server = await makeServer(app);
      const user = await makeUser(app, admin());
      await sendTraffic(app, server.token, user.token, 3, 4);
      const s = ok(await app.gql(CREATE_SCHEDULE, { i: { name: 'soon', scope: 'USER', targetId: user.id, cron: '* * * * *', timeZone: 'UTC' } }, admin())).createResetSchedule;
      // Due now rather than at the next minute: the stored next run moved back, as after a downtime.
      await app.c.ds.query('UPDATE reset_schedules SET next_run_at = ? WHERE id = ?', [TEST_DB === 'sqlite' ? '2026-01-01 00:00:00.000' : new Date('2026-01-01T00:00:00Z'), Number(s.id)]);
      await app.c.jobs.start();
      await app.c.jobs.now('resets.run-due', {});
      await eventually(async () => (await events({ userId: user.id })).totalCount, (n) => n === 1);
      expect((await userCounters(app, user.id)).used).toBe('0');
      const off = ok(await app.gql(UPDATE_SCHEDULE, { id: s.id, i: { enabled: false } }, admin())).updateResetSchedule;
      expect(off).toMatchObject({ enabled: false, nextRunAt: null, nextRuns: [] });
    }
  });
});
