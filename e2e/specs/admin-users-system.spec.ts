import { expect, test } from '../support/test';
import { adminToken, createAgent, createUser } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, API_URL, GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe('admin: users across agents, paging, and the system page', () => {
  test('admin creates a user for an agent and pages through a long list', async ({ page }) => {
    const admin = await adminToken();
    const agent = await createAgent(admin, { username: unique('bulk'), password: 'bulk-pass-12345' });
    const prefix = unique('page');
    for (let i = 0; i < 27; i++) {
      await createUser(admin, { username: `${prefix}-${String(i).padStart(2, '0')}`, agentId: agent.id, dataLimit: ((BigInt(i) + 1n) * GB).toString() });
    }

    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await page.goto(`/users?agent=${agent.id}`);
    await expect(page.getByTestId('users-count')).toHaveText('Showing 25 of 27 users');
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect(page.getByTestId('users-count')).toHaveText('Showing 27 of 27 users');
    await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
    await shot(page, 'admin-users');

    // Create from the UI, owned by the agent picked in the form.
    const name = unique('frank');
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await form.getByLabel('Username').fill(name);
    await form.getByLabel('Agent').selectOption({ label: agent.username });
    await form.getByLabel('Data limit').fill('1.5');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form).toBeHidden();
    const row = page.getByTestId(`user-row-${name}`);
    await expect(row).toContainText(agent.username);
    await expect(row.getByTestId('user-usage')).toContainText('of 1.50 GB');
    await expect(page.getByTestId('users-count')).toHaveText('Showing 28 of 28 users');

    // Status filter
    await page.getByLabel('Status').selectOption('DISABLED');
    await expect(page).toHaveURL(/status=DISABLED/);
    await expect(page.getByTestId('empty-state')).toBeVisible();

    // The dashboard counts them.
    await navLink(page, 'Dashboard').click();
    await expect(page.getByTestId('stat-users')).not.toContainText(/^USERS\s*0/i);
    await shot(page, 'admin-dashboard-populated');
  });

  test('system page shows the runtime and manages API keys', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'System').click();
    await expect(page).toHaveURL(/\/system$/);
    await expect(page.getByTestId('system-info')).toContainText('sqlite');
    await shot(page, 'admin-system');

    const keyName = unique('billing');
    await page.getByLabel('Key name').fill(keyName);
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByTestId('api-key-created')).toBeVisible();
    const secret = (await page.getByTestId('api-key-secret').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(16);
    const row = page.getByTestId(`api-key-row-${keyName}`);
    await expect(row).toContainText('Active');
    await shot(page, 'admin-system-key-created');

    // The secret works against the API.
    const res = await fetch(`${API_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await res.json()) as { data?: { me?: { username: string } } }).data?.me?.username).toBe(ADMIN_USERNAME);

    await row.getByRole('button', { name: `Revoke ${keyName}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Revoke “${keyName}”?` });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText('Revoked');
    await shot(page, 'admin-system-key-revoked');
  });
});
