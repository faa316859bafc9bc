import type { Page } from '@playwright/test';
import { adminToken, createAgent } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, unique } from '../support/env';
import { expect, test } from '../support/test';
import { shot, signIn } from '../support/ui';

/** The "Change password" entry in the sidebar's account block (there for every role). */
const openDialog = async (page: Page) => {
  await page.getByRole('complementary').getByRole('button', { name: 'Change password' }).click();
  return page.getByRole('dialog', { name: 'Change password' });
};

test.describe('an account changes its own password', () => {
  test('an agent: wrong current password, mismatch, then success; only the new password signs in', async ({ page }) => {
    const oldPassword = 'agent-old-pass-123';
    const newPassword = 'agent-new-pass-456';
    const agent = await createAgent(await adminToken(), { username: unique('pw-agent'), password: oldPassword });
    await signIn(page, agent.username, oldPassword, /\/agent$/);

    const dialog = await openDialog(page);
    await expect(dialog.getByLabel('Current password')).toBeFocused();
    await expect(dialog).toContainText(agent.username);
    // Opened from the sticky sidebar, the dialog still sits above the page (the dashboard's chart is right behind its edge).
    const onTop = await dialog.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [0.1, 0.5, 0.9].every((fy) => [6, r.width - 6].every((x) => el.contains(document.elementFromPoint(r.left + x, r.top + r.height * fy))));
    });
    expect(onTop, 'nothing paints over the dialog').toBe(true);
    await shot(page, 'account-password-dialog');

    const current = dialog.getByLabel('Current password');
    const next = dialog.getByLabel('New password', { exact: true });
    const confirm = dialog.getByLabel('Confirm new password');
    const submit = dialog.getByRole('button', { name: 'Change password' });

    // The API refuses a wrong current password: shown on that field.
    await current.fill('not-my-password');
    await next.fill(newPassword);
    await confirm.fill(newPassword);
    await submit.click();
    await expect(dialog.locator('#account-currentPassword-error')).toHaveText('The current password is not right');
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toBeFocused();
    await expect(dialog.getByTestId('error-alert')).toHaveCount(0);
    await shot(page, 'account-password-wrong-current');

    // Too short and a mismatch are caught in the form, without asking the API.
    let calls = 0;
    page.on('request', (req) => {
      if (req.url().endsWith('/api/graphql') && req.postData()?.includes('changePassword')) calls++;
    });
    await current.fill(oldPassword);
    await next.fill('short');
    await confirm.fill('short');
    await submit.click();
    await expect(dialog.locator('#account-newPassword-error')).toHaveText('At least 8 characters');
    await next.fill(newPassword);
    await confirm.fill(`${newPassword}-typo`);
    await submit.click();
    await expect(dialog.locator('#account-confirmPassword-error')).toHaveText("Doesn't match the new password");
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.locator('#account-currentPassword-error')).toHaveCount(0);
    await expect(dialog.locator('#account-newPassword-error')).toHaveCount(0);
    expect(calls).toBe(0);
    await shot(page, 'account-password-mismatch');

    // Success: pending while the API answers, then the dialog closes with a notice.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/graphql', async (route) => {
      await held;
      await route.continue();
    });
    await confirm.fill(newPassword);
    await submit.click();
    await expect(submit).toBeDisabled();
    await expect(submit).toHaveAttribute('aria-busy', 'true');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    release();
    await expect(dialog).toBeHidden();
    await page.unroute('**/api/graphql');
    await expect(page.getByTestId('notice')).toContainText('Password changed');
    await shot(page, 'account-password-changed');

    // Still signed in; then only the new password works.
    await page.goto('/agent/users');
    await expect(page).toHaveURL(/\/agent\/users$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel('Username').fill(agent.username);
    await page.getByLabel('Password').fill(oldPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Invalid username or password');

    await signIn(page, agent.username, newPassword, /\/agent$/);
    await expect(page.getByTestId('whoami')).toHaveText(agent.username);
  });

  test('the admin finds the same entry in the sidebar (opened and cancelled, password untouched)', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    const dialog = await openDialog(page);
    await expect(dialog.getByLabel('Current password')).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('complementary').getByRole('button', { name: 'Change password' })).toBeFocused();
    await page.setViewportSize({ width: 420, height: 860 });
    await expect(page.getByRole('complementary').getByRole('button', { name: 'Change password' })).toBeVisible();
    await shot(page, 'account-password-narrow');
  });
});
