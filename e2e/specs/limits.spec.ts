import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { adminToken, agentTraffic, createAgent, createServer, createUser, limitSettings, login, postTraffic, updateSettings, type LimitSettings } from '../support/api';
import { MB } from '../support/bytes';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe.configure({ mode: 'serial' });

/** An alert row in the alerts table, by subject and threshold. */
function alertRow(page: Page, subject: string, threshold: number) {
  return page.locator(`[data-testid^="alert-row-"][data-subject="${subject}"][data-threshold="${threshold}"]`);
}

test.describe('agent limits: set in GB, gauge, suspension over the limit, alerts', () => {
  const agent = unique('quota');
  const password = 'quota-pass-12345';
  const u1 = unique('ulla');
  const u2 = unique('uwe');
  let agentId = '';
  let server = { id: '', token: '' };
  let original: LimitSettings = { enforcementIntervalMinutes: 5, alertWebhookUrl: null, alertWebhookSecretSet: false };

  test.beforeAll(async () => {
    const admin = await adminToken();
    original = await limitSettings(admin);
    // No limit yet: the admin sets it in the portal. Two users with data limits, created by the agent itself.
    agentId = (await createAgent(admin, { username: agent, password, maxUsers: 5 })).id;
    const { token } = await login(agent, password);
    await createUser(token, { username: u1, dataLimit: (1n * GB).toString() });
    await createUser(token, { username: u2, dataLimit: (2n * GB).toString() });
    server = await createServer(admin, unique('quota-node'));
  });

  // Leave enforcement and the alert webhook as they were for the rest of the suite.
  test.afterAll(async () => {
    await updateSettings(await adminToken(), {
      enforcementIntervalMinutes: original.enforcementIntervalMinutes,
      alertWebhookUrl: original.alertWebhookUrl,
      ...(original.alertWebhookSecretSet ? {} : { alertWebhookSecret: null }),
    });
  });

  test('without a limit the agent sees “Unlimited” instead of a gauge', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    const card = page.getByTestId('traffic-card');
    await expect(card.getByTestId('quota-unlimited')).toContainText('Unlimited');
    await expect(card.getByTestId('quota-gauge')).toHaveCount(0);
    await expect(card.getByTestId('sell-remaining')).toHaveText('Unlimited');
    await expect(card.getByTestId('sell-slots')).toHaveText('3');
    await shot(page, 'limits-agent-unlimited');
  });

  test('the admin sets the agent’s limit in GB and checks it on demand', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Agents').click();
    const row = page.getByTestId(`agent-row-${agent}`);
    await expect(row.getByTestId('agent-limit')).toHaveText('Unlimited');
    await expect(row.getByTestId('agent-remaining')).toHaveText('Unlimited');
    await expect(row.getByTestId('agent-users')).toHaveText('2 / 5');

    await row.getByRole('button', { name: `Edit ${agent}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${agent}` });
    await edit.getByLabel('Traffic limit').fill('1');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('agent-limit')).toHaveText('1.00 GB');
    await expect(row.getByTestId('agent-remaining')).toHaveText('1.00 GB');
    await expect(row.getByTestId('agent-usage')).toContainText('0 B of 1.00 GB');
    await expect(row.getByTestId('agent-status')).toHaveText('Active');
    expect((await agentTraffic(await adminToken(), agentId)).limit).toBe((1n * GB).toString());

    // Check now: the standing, in words.
    await row.getByRole('button', { name: `Check ${agent} now` }).click();
    await expect(page.getByTestId('notice')).toContainText(`Checked ${agent}: 0% of 1.00 GB used, 1.00 GB left; within its limit.`);
    await shot(page, 'limits-agents-checked');

    await page.getByRole('button', { name: 'Check all agents' }).click();
    await expect(page.getByTestId('notice')).toContainText(/^Checked \d+ agents? \(\d+ with a limit\): \d+ over their limit/);

    // Creating a user for the agent: the form says what the agent can still allot.
    await navLink(page, 'Users').click();
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await expect(form.getByTestId('allot-info')).toHaveCount(0);
    await form.getByLabel('Agent').selectOption({ label: agent });
    await expect(form.getByTestId('allot-info')).toHaveText(`${agent} can still allot 1.00 GB · 3 user slots left`);
    await expect(form.getByLabel('Data limit')).toHaveAttribute('placeholder', 'e.g. 10');
    await shot(page, 'limits-admin-user-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the agent sees its gauge, what it can still sell, and the form says what fits', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    const card = page.getByTestId('traffic-card');
    await expect(card.getByTestId('quota-gauge')).toBeVisible();
    await expect(card.getByTestId('quota-percent')).toHaveText('0%');
    await expect(card.getByRole('progressbar', { name: 'Traffic limit' })).toHaveAttribute('aria-valuetext', '0 B of 1.00 GB');
    await expect(card.getByTestId('agent-remaining')).toHaveText('1.00 GB');
    await expect(card.getByTestId('sell-remaining')).toHaveText('1.00 GB');
    await expect(card.getByTestId('sell-slots')).toHaveText('3');
    await expect(page.getByTestId('limit-exceeded')).toHaveCount(0);
    await shot(page, 'limits-agent-gauge');

    await navLink(page, 'My users').click();
    await page.getByRole('button', { name: 'New user' }).first().click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await expect(form.getByTestId('allot-info')).toHaveText('You can still allot 1.00 GB · 3 user slots left');
    await form.getByLabel('Username').fill(unique('greedy'));

    // Unlimited is not an option for an agent with a limit.
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByText('Required: you have a traffic limit, so enter up to 1.00 GB.')).toBeVisible();

    // More than what is left: the API refuses with LIMIT_EXCEEDED, shown with the remaining GB.
    await form.getByLabel('Data limit').fill('5');
    await expect(form.getByText('More than the 1.00 GB left to allot.')).toBeVisible();
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByTestId('error-alert')).toContainText('LIMIT_EXCEEDED');
    await expect(form.getByTestId('error-alert')).toContainText("Not enough traffic left: you can still allot 1.00 GB; 5.00 GB doesn't fit.");
    await expect(form.getByText('Up to 1.00 GB.')).toBeVisible();
    await shot(page, 'limits-user-form-exceeded');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  });

  test('traffic past the limit suspends the agent’s users, live on its pages', async ({ page, context }) => {
    await signIn(page, agent, password, /\/agent$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    const users = await context.newPage();
    await users.goto('/agent/users');
    await expect(users.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    await expect(users.getByTestId(`user-row-${u1}`).getByTestId('user-status')).toHaveText('Active');

    // 800 MB for ulla: 78 % of the agent's 1 GB, 78 % of ulla's own 1 GB.
    expect((await postTraffic(server.token, { id: unique('q1'), user_token: u1, bytes_uploaded: (100n * MB).toString(), bytes_downloaded: (700n * MB).toString(), protocol: 'vless' })).status).toBe(200);
    const card = page.getByTestId('traffic-card');
    await expect(card.getByTestId('quota-percent')).toHaveText('78%');
    await expect(card.getByTestId('sell-remaining')).toHaveText('224.00 MB');
    await expect(page.getByTestId('nav-alerts-count')).toBeVisible();
    await page.mouse.move(5, 700);
    await shot(page, 'limits-agent-gauge-warning');

    // 400 MB more for uwe: 117 % — over the line, every active user is suspended.
    expect((await postTraffic(server.token, { id: unique('q2'), user_token: u2, bytes_uploaded: '0', bytes_downloaded: (400n * MB).toString(), protocol: 'vless' })).status).toBe(200);
    await expect(page.getByTestId('limit-exceeded')).toHaveText(/Your traffic limit is reached: your users are suspended until an admin raises it\./);
    await expect(card.getByTestId('quota-percent')).toHaveText('117%');
    await expect(card.getByTestId('agent-remaining')).toHaveText('0 B');
    await expect(card.getByTestId('sell-remaining')).toHaveText('0 B');
    // The counts and the status chart are reloaded once enforcement has suspended the users.
    await expect(page.getByTestId('stat-suspended')).toContainText('2');
    await expect(page.getByTestId(`top-user-${u1}`)).toContainText('Suspended');
    await page.mouse.move(5, 700);
    await shot(page, 'limits-agent-exceeded');

    // The users page, open all along, follows without a reload.
    await expect(users.getByTestId(`user-row-${u1}`).getByTestId('user-status')).toHaveText('Suspended');
    await expect(users.getByTestId(`user-row-${u2}`).getByTestId('user-status')).toHaveText('Suspended');
    await shot(users, 'limits-agent-users-suspended');
    await users.getByLabel('Status').selectOption('SUSPENDED');
    await expect(users).toHaveURL(/status=SUSPENDED/);
    await expect(users.getByTestId('users-count')).toHaveText('Showing 2 of 2 users');
    expect((await agentTraffic(await adminToken(), agentId)).exceeded).toBe(true);
  });

  test('the admin sees the agent over its limit and its users suspended', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Agents').click();
    const row = page.getByTestId(`agent-row-${agent}`);
    await expect(row.getByTestId('agent-status')).toContainText('Over limit');
    await expect(row.getByTestId('agent-remaining')).toHaveText('0 B');
    await expect(row.getByTestId('agent-usage')).toContainText('1.17 GB of 1.00 GB');
    await expect(row).toContainText('2 suspended');
    await row.getByRole('button', { name: `Check ${agent} now` }).click();
    await expect(page.getByTestId('notice')).toContainText(`Checked ${agent}: 117% of 1.00 GB used, 0 B left; over its limit, 2 users suspended.`);
    await shot(page, 'limits-agents-over-limit');

    await page.goto(`/users?agent=${agentId}`);
    await expect(page.getByTestId(`user-row-${u1}`).getByTestId('user-status')).toHaveText('Suspended');
    await expect(page.getByTestId(`user-row-${u2}`).getByTestId('user-status')).toHaveText('Suspended');
    await shot(page, 'limits-admin-users-suspended');
  });

  test('the agent’s alerts: listed, acknowledged one by one and all at once', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    await navLink(page, 'Alerts').click();
    await expect(page).toHaveURL(/\/agent\/alerts$/);
    await expect(alertRow(page, agent, 75)).toBeVisible();
    await expect(alertRow(page, agent, 100)).toBeVisible();
    const userAlert = alertRow(page, u1, 75);
    await expect(userAlert).toBeVisible();
    await expect(userAlert).toHaveAttribute('data-kind', 'USER');
    await expect(alertRow(page, agent, 100).getByTestId('alert-usage')).toContainText('of 1.00 GB');
    await expect(alertRow(page, agent, 100).getByTestId('alert-delivery')).toHaveText('Not sent');
    const open = Number(await page.getByTestId('open-count').textContent());
    expect(open).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('nav-alerts-count')).toHaveText(String(open));
    await shot(page, 'limits-agent-alerts');

    // One: it leaves the unacknowledged list, the counts follow.
    await userAlert.getByRole('button', { name: `Acknowledge 75% alert for ${u1}` }).click();
    await expect(page.getByTestId('notice')).toContainText(`Acknowledged the 75% alert for ${u1}.`);
    await expect(userAlert).toHaveCount(0);
    await expect(page.getByTestId('open-count')).toHaveText(String(open - 1));
    await expect(page.getByTestId('nav-alerts-count')).toHaveText(String(open - 1));

    // Under "All" it is still there, acknowledged.
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'All' }).click();
    await expect(page).toHaveURL(/show=all/);
    await expect(userAlert.getByTestId('alert-acknowledged')).toBeVisible();
    await shot(page, 'limits-agent-alerts-all');

    // All at once, after a confirmation.
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /Unacknowledged/ }).click();
    await expect(page).toHaveURL(/\/agent\/alerts$/);
    await page.getByTestId('acknowledge-all').click();
    const confirm = page.getByRole('alertdialog', { name: `Acknowledge ${open - 1} alerts?` });
    await expect(confirm).toBeVisible();
    await page.waitForTimeout(250);
    await shot(page, 'limits-agent-alerts-confirm');
    await confirm.getByRole('button', { name: 'Acknowledge all' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText(`Acknowledged ${open - 1} alerts.`);
    await expect(page.getByTestId('empty-state')).toContainText('All caught up');
    await expect(page.getByTestId('open-count')).toHaveText('0');
    await expect(page.getByTestId('nav-alerts-count')).toHaveCount(0);
    await expect(page.getByTestId('acknowledge-all')).toBeDisabled();
    await shot(page, 'limits-agent-alerts-done');
  });

  test('the admin’s alerts arrive live; raising the limit resumes the users', async ({ page }) => {
    const admin = await adminToken();
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Alerts').click();
    await expect(page).toHaveURL(/\/alerts$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

    // Another agent crosses 75 % while the page is open.
    const other = unique('quota2');
    const otherId = (await createAgent(admin, { username: other, password, trafficLimit: (1n * GB).toString() })).id;
    const carl = unique('carl');
    await createUser(admin, { username: carl, agentId: otherId, dataLimit: (1n * GB).toString() });
    expect((await postTraffic(server.token, { id: unique('q3'), user_token: carl, bytes_uploaded: '0', bytes_downloaded: (900n * MB).toString() })).status).toBe(200);
    const live = alertRow(page, other, 75);
    await expect(live).toBeVisible();
    await expect(live.getByTestId('alert-subject')).toHaveText(other);
    await expect(alertRow(page, carl, 75)).toBeVisible();
    await expect(alertRow(page, carl, 75)).toContainText(`agent ${other}`);
    await expect(page.getByTestId('nav-alerts-count')).toBeVisible();
    await shot(page, 'limits-admin-alerts');

    // The kind filter.
    await page.getByLabel('Kind').selectOption('AGENT');
    await expect(page).toHaveURL(/kind=AGENT/);
    await expect(live).toBeVisible();
    await expect(alertRow(page, carl, 75)).toHaveCount(0);
    await page.getByLabel('Kind').selectOption('');

    await page.getByTestId('acknowledge-all').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Acknowledge all' }).click();
    await expect(page.getByTestId('empty-state')).toContainText('All caught up');
    await expect(page.getByTestId('nav-alerts-count')).toHaveCount(0);

    // Raising the limit brings back exactly the users the limit stopped.
    await navLink(page, 'Agents').click();
    const row = page.getByTestId(`agent-row-${agent}`);
    await row.getByRole('button', { name: `Edit ${agent}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${agent}` });
    await edit.getByLabel('Traffic limit').fill('10');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('agent-limit')).toHaveText('10.00 GB');
    await expect(row.getByTestId('agent-status')).toHaveText('Active');
    await expect(row.getByTestId('agent-remaining')).toHaveText('8.83 GB');
    await page.goto(`/users?agent=${agentId}`);
    await expect(page.getByTestId(`user-row-${u1}`).getByTestId('user-status')).toHaveText('Active');
    await expect(page.getByTestId(`user-row-${u2}`).getByTestId('user-status')).toHaveText('Active');
  });

  test('the system page sets the enforcement interval and the alert webhook (secret write-only)', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'System').click();
    const card = page.getByTestId('limits-settings');
    await expect(card.getByLabel('Check every agent every')).toHaveValue(String(original.enforcementIntervalMinutes));

    // Client-side checks first.
    await card.getByLabel('Check every agent every').fill('0');
    await card.getByLabel('Alert webhook URL').fill('ftp://example');
    await card.getByRole('button', { name: 'Set secret' }).click();
    await card.getByLabel('New signing secret').fill('short');
    await card.getByRole('button', { name: 'Save settings' }).click();
    await expect(card.getByText('A whole number of minutes from 1 to 1440')).toBeVisible();
    await expect(card.getByText('An http:// or https:// address, or empty to turn the webhook off')).toBeVisible();
    await expect(card.getByText('At least 16 characters', { exact: true })).toBeVisible();

    await card.getByLabel('Check every agent every').fill('10');
    await card.getByLabel('Alert webhook URL').fill('https://hooks.example.invalid/tm-alerts');
    await card.getByLabel('New signing secret').fill('a-webhook-secret-0123456789');
    await card.getByRole('button', { name: 'Save settings' }).click();
    await expect(card.getByTestId('notice')).toContainText('Saved: agents are checked every 10 minutes, alerts go to the new webhook, the signing secret is replaced.');
    await expect(card.getByTestId('webhook-secret-state')).toHaveText('Set');
    await expect(card.getByLabel('New signing secret')).toHaveCount(0);
    await expect(page.getByText('a-webhook-secret-0123456789')).toHaveCount(0);
    await shot(page, 'limits-system-settings');

    // After a reload: the interval and URL are kept, the secret only as "Set".
    await page.reload();
    await expect(card.getByLabel('Check every agent every')).toHaveValue('10');
    await expect(card.getByLabel('Alert webhook URL')).toHaveValue('https://hooks.example.invalid/tm-alerts');
    await expect(card.getByTestId('webhook-secret-state')).toHaveText('Set');
    await expect(card.getByRole('button', { name: 'Replace secret' })).toBeVisible();
    const s = await limitSettings(await adminToken());
    expect(s).toEqual({ enforcementIntervalMinutes: 10, alertWebhookUrl: 'https://hooks.example.invalid/tm-alerts', alertWebhookSecretSet: true });

    // Turning the webhook off: an empty URL.
    await card.getByLabel('Alert webhook URL').fill('');
    await card.getByRole('button', { name: 'Save settings' }).click();
    await expect(card.getByTestId('notice')).toContainText('Saved: the alert webhook is off.');
    expect((await limitSettings(await adminToken())).alertWebhookUrl).toBeNull();
  });
});
