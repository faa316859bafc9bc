import { expect, test } from '../support/test';
import { adminToken, createAgent } from '../support/api';
import { GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe('an agent manages its users', () => {
  const agent = unique('reseller');
  const password = 'reseller-pass-123';

  test.beforeAll(async () => {
    await createAgent(await adminToken(), { username: agent, password, trafficLimit: (200n * GB).toString(), maxUsers: 20 });
  });

  test('creates a user, sees it, edits it and deletes it with confirmation', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    await navLink(page, 'My users').click();
    await expect(page).toHaveURL(/\/agent\/users$/);
    await expect(page.getByTestId('empty-state')).toContainText('No users yet');
    await shot(page, 'agent-users-empty');

    // Create
    const name = unique('alice');
    const expiry = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'New user' }).first().click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await form.getByLabel('Username').fill(name);
    await form.getByLabel('Data limit').fill('5');
    await form.getByLabel('Expires on').fill(expiry);
    await form.getByLabel('MAC address').fill('aa-bb-cc-dd-ee-01');
    await shot(page, 'agent-user-create-form');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form).toBeHidden();

    const row = page.getByTestId(`user-row-${name}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('user-status')).toHaveText('Active');
    await expect(row.getByTestId('user-usage')).toContainText('0 B of 5.00 GB');
    await expect(row).toContainText('AA:BB:CC:DD:EE:01');
    await expect(page.getByTestId('users-count')).toHaveText('Showing 1 of 1 user');
    await shot(page, 'agent-users');
    await page.setViewportSize({ width: 420, height: 860 });
    await expect(row).toBeVisible();
    await shot(page, 'agent-users-narrow');
    await page.setViewportSize({ width: 1366, height: 860 });

    // Still there after a reload (server-rendered from the API).
    await page.reload();
    await expect(row).toBeVisible();

    // Edit: raise the limit and disable.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${name}` });
    await expect(edit.getByLabel('Data limit')).toHaveValue('5');
    await edit.getByLabel('Data limit').fill('10');
    await edit.getByLabel('Status').selectOption('DISABLED');
    await shot(page, 'agent-user-edit-form');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('user-status')).toHaveText('Disabled');
    await expect(row.getByTestId('user-usage')).toContainText('of 10.00 GB');
    await page.reload();
    await expect(row.getByTestId('user-status')).toHaveText('Disabled');

    // Delete: cancel first, then confirm.
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${name}?` });
    await expect(confirm).toBeVisible();
    await shot(page, 'agent-user-delete-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete user' }).click();
    await expect(row).toBeHidden();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId(`user-row-${name}`)).toHaveCount(0);
  });

  test('bad input is caught in the form and API errors are shown inline', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    await page.goto('/agent/users');
    const taken = unique('bob');
    await page.getByRole('button', { name: 'New user' }).first().click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await form.getByLabel('Username').fill(taken);
    await form.getByLabel('MAC address').fill('not-a-mac');
    await form.getByLabel('Data limit').fill('-3');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByText('A MAC address like AA:BB:CC:DD:EE:FF')).toBeVisible();
    await expect(form.getByText('Enter a number of GB, e.g. 50 or 2.5')).toBeVisible();
    await form.getByLabel('MAC address').fill('');
    await form.getByLabel('Data limit').fill('1');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId(`user-row-${taken}`)).toBeVisible();

    // The same username again: the API's CONFLICT is shown in the dialog, which stays open.
    await page.getByRole('button', { name: 'New user' }).first().click();
    const again = page.getByRole('dialog', { name: 'New user' });
    await again.getByLabel('Username').fill(taken);
    await again.getByLabel('Data limit').fill('1');
    await again.getByRole('button', { name: 'Create user' }).click();
    await expect(again.getByTestId('error-alert')).toContainText('CONFLICT');
    await shot(page, 'agent-user-api-error');
  });

  test('the agent is kept out of the admin pages', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    for (const path of ['/agents', '/users', '/system', '/dashboard']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByTestId('forbidden')).toBeVisible();
      await expect(page.getByTestId('agents-table')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Agents' })).toHaveCount(0);
    }
    await shot(page, 'agent-forbidden');
    // Through the portal's GraphQL route the API refuses admin operations too.
    const res = await page.request.post('/api/graphql', {
      data: { query: '{ agents { id username } }' },
      headers: { 'content-type': 'application/json', origin: new URL(page.url()).origin },
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
