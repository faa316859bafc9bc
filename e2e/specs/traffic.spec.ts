import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { adminToken, createAgent, createServer, createUser, gql, globalUsed, login, postTraffic, seriesTotal, settings, updateSettings } from '../support/api';
import { formatBytes, MB } from '../support/bytes';
import { ADMIN_PASSWORD, ADMIN_USERNAME, API_URL, GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

/** Marks the page so a later check can prove it was never reloaded. */
async function markNoReload(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

test.describe('traffic: servers, webhook, live dashboards, the Traffic page', () => {
  const agent = unique('tra');
  const password = 'traffic-pass-12345';
  const alice = unique('alice');
  let admin = '';
  let agentId = '';
  let userId = '';
  /** A second source made through the API, so each test can send traffic on its own. */
  let apiServer = { id: '', token: '', name: unique('api-node') };
  let original = { trackingEnabled: true, retentionDays: 0 };

  test.beforeAll(async () => {
    admin = await adminToken();
    original = await settings(admin);
    // Keep every sample until the test cleans up from the UI (the daily cleanup job must not race it).
    await updateSettings(admin, { trackingEnabled: true, retentionDays: 0 });
    agentId = (await createAgent(admin, { username: agent, password, trafficLimit: (100n * GB).toString() })).id;
    userId = (await createUser(admin, { username: alice, agentId, dataLimit: (50n * GB).toString() })).id;
    const s = await createServer(admin, apiServer.name);
    apiServer = { ...apiServer, ...s };
  });

  // Whatever happens in the tests, leave tracking on for the rest of the suite.
  test.afterAll(async () => {
    await updateSettings(await adminToken(), { trackingEnabled: true, retentionDays: original.retentionDays });
  });

  test('admin creates a server, its token is shown once, and webhook traffic reaches the open dashboard live', async ({ page, context }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('traffic-stats')).toBeVisible();
    await markNoReload(page);

    // The Servers page, in a second tab of the same session.
    const servers = await context.newPage();
    await servers.goto('/dashboard');
    await navLink(servers, 'Servers').click();
    await expect(servers).toHaveURL(/\/servers$/);
    const name = unique('fra-node');
    await servers.getByRole('button', { name: 'New server' }).click();
    const form = servers.getByRole('dialog', { name: 'New server' });
    await form.getByRole('button', { name: 'Create server' }).click();
    await expect(form.getByText('Give the server a name')).toBeVisible();
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Kind').selectOption('WEBHOOK');
    await shot(servers, 'servers-create-form');
    await form.getByRole('button', { name: 'Create server' }).click();

    const dialog = servers.getByRole('dialog', { name: `Server “${name}” created` });
    await expect(dialog).toBeVisible();
    const token = ((await dialog.getByTestId('server-token').textContent()) ?? '').trim();
    expect(token.length).toBeGreaterThan(16);
    await expect(dialog.getByTestId('webhook-url')).toHaveText(`${API_URL}/api/traffic/webhook`);
    await expect(dialog.getByTestId('curl-example')).toContainText(`curl -X POST ${API_URL}/api/traffic/webhook`);
    await expect(dialog.getByTestId('curl-example')).toContainText(`X-Server-Token: ${token}`);
    await expect(dialog.getByRole('button', { name: 'Copy token' })).toBeVisible();
    await shot(servers, 'servers-token-once');
    await dialog.getByRole('button', { name: /saved the token/ }).click();
    await expect(dialog).toBeHidden();

    const row = servers.getByTestId(`server-row-${name}`);
    await expect(row).toContainText('Webhook');
    await expect(row).toContainText('Active');
    await expect(row.getByTestId('server-last-seen')).toHaveText('Never');
    // Shown once: only the prefix is left, also after a reload.
    await expect(servers.getByText(token)).toHaveCount(0);
    await servers.reload();
    await expect(row).toBeVisible();
    await expect(servers.getByText(token)).toHaveCount(0);
    await expect(servers.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

    // A traffic source posts 1 GB up + 2 GB down for alice, with the token from the dialog.
    const usedBefore = await globalUsed(admin);
    const sent = 3n * GB;
    const res = await postTraffic(token, {
      id: unique('s'),
      user_token: alice,
      bytes_uploaded: (1n * GB).toString(),
      bytes_downloaded: (2n * GB).toString(),
      protocol: 'vless',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 1, duplicates: 0 });

    // The dashboard, open all along, follows without a reload.
    await expect(page.getByTestId('stat-used')).toContainText(formatBytes(usedBefore + sent));
    await expect(page.getByTestId(`top-user-${alice}`)).toContainText('3.00 GB');
    await expect(page.getByTestId(`top-agent-${agent}`)).toContainText('3.00 GB');
    await expect(page.getByTestId('series-total')).toHaveText(formatBytes(await seriesTotal(admin)));
    await expect(page.getByTestId('traffic-chart')).not.toHaveAttribute('data-empty', 'true');
    await expectNotReloaded(page);
    await page.mouse.move(5, 700); // no chart tooltip in the screenshot
    await shot(page, 'traffic-dashboard-live');

    // 30 days by day.
    await page.getByRole('group', { name: 'Chart range' }).getByRole('button', { name: '30 days' }).click();
    await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('usage-chart-card')).toContainText('Last 30 days');
    await expect(page.getByTestId('series-total')).not.toHaveText('0 B');
    await page.mouse.move(5, 700);
    await shot(page, 'traffic-dashboard-30-days');

    // The servers table follows too.
    await expect(row.getByTestId('server-used')).toContainText('3.00 GB');
    await expect(row.getByTestId('server-last-seen')).not.toHaveText('Never');
    await shot(servers, 'servers');

    // Rotate: confirmation, the new token once, the old one refused.
    await row.getByRole('button', { name: `Rotate token of ${name}` }).click();
    const confirm = servers.getByRole('alertdialog', { name: `Rotate the token of ${name}?` });
    await expect(confirm).toBeVisible();
    await servers.waitForTimeout(250); // let the dialog finish fading in
    await shot(servers, 'servers-rotate-confirm');
    await confirm.getByRole('button', { name: 'Rotate token' }).click();
    const rotated = servers.getByRole('dialog', { name: `New token for “${name}”` });
    await expect(rotated).toBeVisible();
    const newToken = ((await rotated.getByTestId('server-token').textContent()) ?? '').trim();
    expect(newToken).not.toBe(token);
    await rotated.getByRole('button', { name: /saved the token/ }).click();
    expect((await postTraffic(token, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 })).status).toBe(401);
    expect((await postTraffic(newToken, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 })).status).toBe(200);

    // Disable (confirmed) → refused; enable → accepted again.
    await row.getByRole('button', { name: `Disable ${name}` }).click();
    await servers.getByRole('alertdialog', { name: `Disable ${name}?` }).getByRole('button', { name: 'Disable server' }).click();
    await expect(row).toContainText('Disabled');
    expect((await postTraffic(newToken, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 })).status).toBe(401);
    await row.getByRole('button', { name: `Enable ${name}` }).click();
    await expect(row).toContainText('Active');
    expect((await postTraffic(newToken, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 })).status).toBe(200);
  });

  test("the agent's dashboard shows its own traffic live", async ({ page }) => {
    const { token } = await login(agent, password);
    await signIn(page, agent, password, /\/agent$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    await markNoReload(page);
    const before = BigInt((await gql<{ agentTraffic: { charged: string } }>('query($a: ID!) { agentTraffic(agentId: $a) { charged } }', { a: agentId }, token)).agentTraffic.charged);

    const res = await postTraffic(apiServer.token, [
      { id: unique('a1'), user_token: alice, bytes_uploaded: (100n * MB).toString(), bytes_downloaded: (400n * MB).toString(), protocol: 'trojan' },
      { id: unique('a2'), user_token: alice, bytes_uploaded: '0', bytes_downloaded: (12n * MB).toString(), protocol: 'vless' },
    ]);
    expect(res.status).toBe(200);
    const added = 512n * MB;

    const card = page.getByTestId('traffic-card');
    await expect(card.getByTestId('agent-charged')).toHaveText(formatBytes(before + added));
    await expect(card.getByRole('progressbar', { name: 'Traffic limit' })).toHaveAttribute('aria-valuetext', `${formatBytes(before + added)} of 100.00 GB`);
    await expect(page.getByTestId(`top-user-${alice}`)).toContainText(formatBytes(before + added));
    await expect(page.getByTestId('series-total')).toHaveText(formatBytes(await seriesTotal(token)));
    await expectNotReloaded(page);
    await page.mouse.move(5, 700);
    await shot(page, 'agent-dashboard-traffic');

    // The agent's own users page: the user's per-server breakdown.
    await navLink(page, 'My users').click();
    await page.getByRole('button', { name: `Traffic of ${alice}` }).click();
    const modal = page.getByRole('dialog', { name: `Traffic of ${alice}` });
    await expect(modal.getByTestId(`usage-row-${apiServer.name}`).first()).toBeVisible();
    await shot(page, 'agent-user-traffic');
  });

  test('the Traffic page: database info, per-user breakdown, cleanup and the tracking switch', async ({ page }) => {
    // One sample from four months ago (kept until a cleanup), one from now.
    const old = new Date(Date.now() - 120 * 86_400_000).toISOString();
    expect((await postTraffic(apiServer.token, { id: unique('old'), user_token: alice, bytes_uploaded: (5n * MB).toString(), bytes_downloaded: (5n * MB).toString(), protocol: 'vless', at: old })).status).toBe(200);
    expect((await postTraffic(apiServer.token, { id: unique('new'), user_token: alice, bytes_uploaded: (1n * MB).toString(), bytes_downloaded: (9n * MB).toString(), protocol: 'vless' })).status).toBe(200);

    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Traffic').click();
    await expect(page).toHaveURL(/\/traffic$/);
    await expect(page.getByTestId('db-engine')).toContainText('sqlite');
    await expect(page.getByTestId('db-tables').locator('tbody tr').first()).toBeVisible();
    const oldDay = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit' }).format(new Date(old));
    await expect(page.getByTestId('db-oldest')).toContainText(oldDay);
    await expect(page.getByTestId('db-retention')).toContainText('Forever');
    await expect(page.getByTestId('tracking-switch')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('user-breakdown')).toContainText('Pick a user');
    await shot(page, 'traffic-page');

    // Pick alice by search.
    await page.getByRole('combobox', { name: 'Find a user' }).fill(alice.slice(0, -2));
    await page.getByRole('option', { name: new RegExp(alice) }).click();
    await expect(page).toHaveURL(new RegExp(`user=${userId}`));
    await expect(page.getByTestId('picked-user')).toContainText(alice);
    const table = page.getByTestId('user-usage-table');
    await expect(table.getByTestId(`usage-row-${apiServer.name}`).first()).toBeVisible();
    await expect(table).toContainText('trojan');
    await expect(table).toContainText('vless');
    await shot(page, 'traffic-user-breakdown');

    // Days: 1 → only recent traffic; 90 still excludes the 120-day-old sample.
    const period = page.getByRole('group', { name: 'Period' });
    await period.getByRole('button', { name: '24 hours' }).click();
    await expect(page).toHaveURL(/days=1/);
    await expect(table.getByTestId(`usage-row-${apiServer.name}`).first()).toBeVisible();
    await period.getByRole('button', { name: '90 days' }).click();
    await expect(page).toHaveURL(/days=90/);
    await expect(page.getByTestId('user-usage-total')).toBeVisible();

    // Retention 30 days, then clean up now: the old sample goes.
    await page.getByLabel('Keep raw samples for').fill('30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('notice')).toContainText('kept for 30 days');
    await expect(page.getByTestId('db-retention')).toContainText('30 days');
    await page.getByRole('button', { name: 'Clean up old data now' }).click();
    const cleanup = page.getByRole('alertdialog', { name: 'Clean up old samples?' });
    await expect(cleanup).toContainText('older than 30 days');
    await page.waitForTimeout(250);
    await shot(page, 'traffic-cleanup-confirm');
    await cleanup.getByRole('button', { name: 'Delete old samples' }).click();
    await expect(cleanup).toBeHidden();
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(/Cleanup done: deleted \d+ samples? older than/);
    const deleted = Number(/deleted ([\d,]+)/.exec((await notice.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? '0');
    expect(deleted).toBeGreaterThanOrEqual(1);
    // The database figures reload in place: the four-month-old sample is gone.
    await expect(page.getByRole('button', { name: 'Refresh' })).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('db-oldest')).not.toContainText(oldDay);
    await shot(page, 'traffic-cleanup-done');

    // Tracking off: confirmation explains the 503; the webhook then answers 503.
    await page.getByTestId('tracking-switch').click();
    const off = page.getByRole('alertdialog', { name: 'Turn tracking off?' });
    await expect(off).toContainText('503');
    await expect(off).toContainText('nothing will be counted');
    await page.waitForTimeout(250);
    await shot(page, 'traffic-tracking-confirm');
    await off.getByRole('button', { name: 'Turn tracking off' }).click();
    await expect(page.getByTestId('tracking-state')).toHaveText('Tracking is off');
    await expect(page.getByTestId('tracking-off')).toBeVisible();
    const refused = await postTraffic(apiServer.token, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 });
    expect(refused.status).toBe(503);
    await shot(page, 'traffic-tracking-off');

    // And back on.
    await page.getByTestId('tracking-switch').click();
    await expect(page.getByTestId('tracking-state')).toHaveText('Tracking is on');
    await expect(page.getByTestId('tracking-off')).toBeHidden();
    expect((await postTraffic(apiServer.token, { user_token: alice, bytes_uploaded: 1, bytes_downloaded: 1 })).status).toBe(200);

    // Refresh reloads the figures in place.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByTestId('db-engine')).toContainText('sqlite');
  });

  test("the admin's users page shows a user's traffic per server", async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await page.goto(`/users?q=${alice}`);
    const row = page.getByTestId(`user-row-${alice}`);
    await expect(row.getByTestId('user-usage')).toContainText('of 50.00 GB');
    await row.getByRole('button', { name: `Traffic of ${alice}` }).click();
    const modal = page.getByRole('dialog', { name: `Traffic of ${alice}` });
    await expect(modal.getByRole('progressbar')).toBeVisible();
    await expect(modal.getByTestId('user-usage-table')).toContainText(apiServer.name);
    await shot(page, 'admin-user-traffic');
    await modal.getByRole('button', { name: '24 hours' }).click();
    await expect(modal.getByTestId('user-usage-table')).toBeVisible();
    await modal.getByRole('button', { name: 'Close' }).click();
    await expect(modal).toBeHidden();
  });

  test('an agent is kept out of the traffic pages', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    for (const path of ['/traffic', '/servers']) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
      await expect(page.getByTestId('forbidden')).toBeVisible();
    }
  });
});
