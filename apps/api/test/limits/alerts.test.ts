import { verify } from '../../src/modules/alerts/alert-webhook';
import { registerJobs } from '../../src/jobs';
import { makeAgent, makeUser } from '../support/factories';
import { GB, eventually, sendBytes, startReceiver, statusOf } from '../support/limits';
import { codeOf, ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { makeServer } from '../support/traffic';
import { subscribe } from '../support/ws-client';

jest.setTimeout(120_000);

const SECRET = 'alert-signing-secret-for-tests';
const ALERTS = `query($f: AlertFilter) { alerts(filter: $f, first: 100) { totalCount nodes { id kind subjectId subjectName agentId threshold used limit percent acknowledgedAt delivery } } }`;
const SETTINGS = 'mutation($i: SettingsInput!) { updateSettings(input: $i) { alertWebhookUrl alertWebhookSecretSet enforcementIntervalMinutes } }';

describe(`alerts (${TEST_DB})`, () => {
  let app: TestApp;
  const admin = () => ({ token: app.adminToken });
  const alertsOf = async (as: { token: string }, filter: Record<string, unknown> = {}) => ok(await app.gql(ALERTS, { f: filter }, as)).alerts;

  beforeAll(async () => {
    app = await startTestApp({ env: { JOBS_PROCESS_EVERY: '100 ms', ALERT_WEBHOOK_RETRY_MS: '100', ALERT_WEBHOOK_ATTEMPTS: '3' } });
    await registerJobs(app.c);
    await app.c.jobs.start();
  });
  afterAll(async () => {
    await app.c.jobs.stop();
    await app.close();
  });

  it('a user crossing 75, 90 and 100 % raises three alerts, once each, is LIMITED at 100 %, and the webhook gets them signed', async () => {
    const receiver = await startReceiver();
    try {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: receiver.url, alertWebhookSecret: SECRET } }, admin()));
      const server = await makeServer(app);
      const a = await makeAgent(app);
      const other = await makeAgent(app);
      const u = await makeUser(app, a.as, { dataLimit: String(4 * GB) });
      const feed = await subscribe(app.wsUrl, 'subscription { alertRaised { kind subjectId threshold used limit agentId } }', a.token);
      const otherFeed = await subscribe(app.wsUrl, 'subscription { alertRaised { threshold } }', other.token);

      await sendBytes(app, server.token, u.token, 2 * GB); // 50 %
      await sendBytes(app, server.token, u.token, GB); // 75 %
      expect((await feed.next()).alertRaised).toEqual({ kind: 'USER', subjectId: u.id, threshold: 75, used: String(3 * GB), limit: String(4 * GB), agentId: a.id });
      await sendBytes(app, server.token, u.token, GB / 4); // 81 %: nothing new
      await sendBytes(app, server.token, u.token, GB / 2); // 93 %
      expect((await feed.next()).alertRaised.threshold).toBe(90);
      await sendBytes(app, server.token, u.token, GB / 4); // 100 %
      expect((await feed.next()).alertRaised.threshold).toBe(100);
      await eventually(() => statusOf(app, u.id), (s) => s === 'LIMITED');
      await sendBytes(app, server.token, u.token, GB); // past the limit: no fourth alert
      await app.c.services.enforcement.settled();
      ok(await app.gql('mutation { checkAllAgents { agentId } }', {}, admin()));

      const mine = (await alertsOf(a.as, { kind: 'USER' })).nodes.filter((n: { subjectId: string }) => n.subjectId === u.id);
      expect(mine.map((n: { threshold: number }) => n.threshold)).toEqual([100, 90, 75]);
      expect(otherFeed.pending()).toHaveLength(0);
      expect((await alertsOf(other.as)).totalCount).toBe(0);

      const delivered = await eventually(async () => receiver.received, (r) => r.length >= 3);
      expect(delivered).toHaveLength(3);
      for (const d of delivered) {
        expect(verify(SECRET, String(d.headers['x-tm-timestamp']), d.body, String(d.headers['x-tm-signature']))).toBe(true);
        expect(verify('another-secret-of-enough-length', String(d.headers['x-tm-timestamp']), d.body, String(d.headers['x-tm-signature']))).toBe(false);
      }
      const bodies = delivered.map((d) => JSON.parse(d.body));
      expect(bodies.map((b) => b.alert.threshold).sort()).toEqual([100, 75, 90]);
      expect(bodies[0]).toMatchObject({ event: 'alert.raised', alert: { kind: 'USER', subjectName: u.username, limit: String(4 * GB) } });
      await eventually(() => alertsOf(a.as, { kind: 'USER' }), (p) => p.nodes.every((n: { delivery: string }) => n.delivery === 'SENT'));
      await feed.close();
      await otherFeed.close();
    } finally {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: null, alertWebhookSecret: null } }, admin()));
      await receiver.close();
    }
  });

  it('a failing receiver is retried with backoff until it answers; one that never does ends FAILED; ingest never waits', async () => {
    let failFirst = 2;
    const flaky = await startReceiver(() => (failFirst-- > 0 ? 500 : 200));
    try {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: flaky.url, alertWebhookSecret: SECRET } }, admin()));
      const server = await makeServer(app);
      const a = await makeAgent(app);
      const u = await makeUser(app, a.as, { dataLimit: String(GB) });
      await sendBytes(app, server.token, u.token, (3 * GB) / 4);
      const [alert] = (await eventually(() => alertsOf(a.as), (p) => p.nodes[0]?.delivery === 'SENT')).nodes;
      expect(alert.threshold).toBe(75);
      expect(flaky.received).toHaveLength(3);
    } finally {
      await flaky.close();
    }

    const down = await startReceiver(() => 503);
    try {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: down.url } }, admin()));
      const server = await makeServer(app);
      const a = await makeAgent(app);
      const u = await makeUser(app, a.as, { dataLimit: String(GB) });
      await sendBytes(app, server.token, u.token, (3 * GB) / 4);
      const [alert] = (await eventually(() => alertsOf(a.as), (p) => p.nodes[0]?.delivery === 'FAILED', 20_000)).nodes;
      expect(alert.threshold).toBe(75);
      expect(down.received).toHaveLength(3);
    } finally {
      await down.close();
    }

    // A receiver that never answers: the ingest has long returned while it still holds the request.
    const hanging = await startReceiver(() => 0);
    try {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: hanging.url } }, admin()));
      const server = await makeServer(app);
      const a = await makeAgent(app);
      const u = await makeUser(app, a.as, { dataLimit: String(GB) });
      await sendBytes(app, server.token, u.token, (3 * GB) / 4);
      await eventually(async () => hanging.received.length, (n) => n >= 1);
      await sendBytes(app, server.token, u.token, GB / 8); // answered while the receiver hangs
    } finally {
      ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: null, alertWebhookSecret: null } }, admin()));
      await hanging.close();
    }
  });

  it('an agent crossing its own limit thresholds is alerted once per threshold; a raised limit re-arms them', async () => {
    const server = await makeServer(app);
    const a = await makeAgent(app, { trafficLimit: String(4 * GB) });
    const u = await makeUser(app, a.as, { dataLimit: String(4 * GB) });
    await sendBytes(app, server.token, u.token, 3 * GB);
    await eventually(() => alertsOf(a.as, { kind: 'AGENT' }), (p) => p.totalCount === 1);
    await sendBytes(app, server.token, u.token, GB / 8);
    await app.c.services.enforcement.settled();
    expect((await alertsOf(a.as, { kind: 'AGENT' })).totalCount).toBe(1);
    // Raised to 8 GB: at 39 % nothing fires now, and 75 % of the new line fires again later.
    ok(await app.gql('mutation($a: ID!, $l: Bytes) { setAgentTrafficLimit(agentId: $a, limit: $l) { id } }', { a: a.id, l: String(8 * GB) }, admin()));
    ok(await app.gql('mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }', { id: u.id, i: { dataLimit: String(8 * GB) } }, a.as));
    await sendBytes(app, server.token, u.token, 3 * GB - GB / 8);
    const p = await eventually(() => alertsOf(a.as, { kind: 'AGENT' }), (v) => v.totalCount === 2);
    expect(p.nodes.map((n: { threshold: number; limit: string }) => [n.threshold, n.limit])).toEqual([[75, String(8 * GB)], [75, String(4 * GB)]]);
  });

  it('alerts are acknowledged one by one or all at once, each caller only its own', async () => {
    const server = await makeServer(app);
    const a = await makeAgent(app);
    const b = await makeAgent(app);
    const ua = await makeUser(app, a.as, { dataLimit: String(GB) });
    const ub = await makeUser(app, b.as, { dataLimit: String(GB) });
    await sendBytes(app, server.token, ua.token, GB);
    await sendBytes(app, server.token, ub.token, GB);
    await app.c.services.enforcement.settled();
    const open = await alertsOf(a.as, { acknowledged: false });
    expect(open.totalCount).toBe(3);
    expect(ok(await app.gql('{ unacknowledgedAlerts }', {}, a.as)).unacknowledgedAlerts).toBe(3);
    const first = open.nodes[0].id;
    expect(codeOf(await app.gql('mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }', { id: first }, b.as))).toBe('NOT_FOUND');
    const acked = ok(await app.gql('mutation($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt } }', { id: first }, a.as)).acknowledgeAlert;
    expect(acked.acknowledgedAt).not.toBeNull();
    expect(ok(await app.gql('mutation { acknowledgeAlerts }', {}, a.as)).acknowledgeAlerts).toBe(2);
    expect(ok(await app.gql('{ unacknowledgedAlerts }', {}, a.as)).unacknowledgedAlerts).toBe(0);
    expect(ok(await app.gql('{ unacknowledgedAlerts }', {}, b.as)).unacknowledgedAlerts).toBe(3);
  });

  it('the webhook settings are validated and the secret is never returned', async () => {
    expect(codeOf(await app.gql(SETTINGS, { i: { alertWebhookUrl: 'ftp://example.com/x', alertWebhookSecret: SECRET } }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SETTINGS, { i: { alertWebhookUrl: 'https://example.com/hook' } }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SETTINGS, { i: { alertWebhookSecret: 'short' } }, admin()))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SETTINGS, { i: { enforcementIntervalMinutes: 0 } }, admin()))).toBe('BAD_USER_INPUT');
    const saved = ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: 'https://example.com/hook', alertWebhookSecret: SECRET } }, admin())).updateSettings;
    expect(saved).toEqual({ alertWebhookUrl: 'https://example.com/hook', alertWebhookSecretSet: true, enforcementIntervalMinutes: 5 });
    const read = await app.gql('{ settings { alertWebhookUrl alertWebhookSecretSet } }', {}, admin());
    expect(JSON.stringify(read)).not.toContain(SECRET);
    ok(await app.gql(SETTINGS, { i: { alertWebhookUrl: '', alertWebhookSecret: '' } }, admin()));
    expect(ok(await app.gql('{ settings { alertWebhookUrl alertWebhookSecretSet } }', {}, admin())).settings).toEqual({ alertWebhookUrl: null, alertWebhookSecretSet: false });
  });
});
