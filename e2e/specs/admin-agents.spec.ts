import { expect, test } from '../support/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe.configure({ mode: 'serial' });

test.describe('admin manages agents', () => {
  const agent = unique('agent');
  const password = 'agent-pass-123';

  test('admin creates an agent, edits its limit, disables and enables it', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await expect(page.getByTestId('stat-agents')).toBeVisible();
    await shot(page, 'admin-dashboard');

    await navLink(page, 'Agents').click();
    await expect(page).toHaveURL(/\/agents$/);
    await expect(page.getByRole('heading', { name: 'Agents', level: 1 })).toBeVisible();
    await shot(page, 'admin-agents-before');

    // Create
    await page.getByRole('button', { name: 'New agent' }).click();
    const form = page.getByRole('dialog', { name: 'New agent' });
    await form.getByLabel('Username').fill(agent);
    await form.getByLabel('Password').fill(password);
    await form.getByLabel('Traffic limit').fill('50');
    await form.getByLabel('Max users').fill('10');
    await form.getByLabel('Quota mode').selectOption('USAGE');
    await shot(page, 'admin-agent-create-form');
    await form.getByRole('button', { name: 'Create agent' }).click();
    await expect(form).toBeHidden();
    const row = page.getByTestId(`agent-row-${agent}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('agent-limit')).toHaveText('50.00 GB');
    await expect(row).toContainText('Active');
    await shot(page, 'admin-agents');

    // A duplicate username is refused with the API's CONFLICT error, inline.
    await page.getByRole('button', { name: 'New agent' }).click();
    const dup = page.getByRole('dialog', { name: 'New agent' });
    await dup.getByLabel('Username').fill(agent);
    await dup.getByLabel('Password').fill(password);
    await dup.getByRole('button', { name: 'Create agent' }).click();
    await expect(dup.getByTestId('error-alert')).toContainText('CONFLICT');
    await shot(page, 'admin-agent-conflict');
    await dup.getByRole('button', { name: 'Cancel' }).click();

    // Client-side validation before any request.
    await page.getByRole('button', { name: 'New agent' }).click();
    const bad = page.getByRole('dialog', { name: 'New agent' });
    await bad.getByLabel('Username').fill('x');
    await bad.getByLabel('Password').fill('short');
    await bad.getByLabel('Traffic limit').fill('lots');
    await bad.getByRole('button', { name: 'Create agent' }).click();
    await expect(bad.getByText('Enter a number of GB, e.g. 50 or 2.5')).toBeVisible();
    await expect(bad.getByText('At least 8 characters')).toBeVisible();
    await bad.getByRole('button', { name: 'Cancel' }).click();

    // Edit the limit: empty would mean unlimited; 100 GB here.
    await row.getByRole('button', { name: `Edit ${agent}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${agent}` });
    await expect(edit.getByLabel('Traffic limit')).toHaveValue('50');
    await edit.getByLabel('Traffic limit').fill('100');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('agent-limit')).toHaveText('100.00 GB');

    // Disable needs a confirmation; enable again.
    await row.getByRole('button', { name: `Disable ${agent}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Disable ${agent}?` });
    await expect(confirm).toBeVisible();
    await shot(page, 'admin-agent-disable-confirm');
    await confirm.getByRole('button', { name: 'Disable agent' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText('Disabled');
    await row.getByRole('button', { name: `Enable ${agent}` }).click();
    await expect(row).toContainText('Active');
  });

  test('the new agent signs in to its own dashboard with its limit', async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${agent}` })).toBeVisible();
    await expect(page.getByTestId('agent-limit')).toHaveText('100.00 GB');
    await expect(navLink(page, 'Agents')).toHaveCount(0);
    await shot(page, 'agent-dashboard');
  });
});
