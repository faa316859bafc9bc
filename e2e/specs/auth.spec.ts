import { expect, test } from '../support/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from '../support/env';
import { shot, signIn } from '../support/ui';

test.describe('signing in', () => {
  test('an anonymous visitor is sent to the login page', async ({ page }) => {
    await page.goto('/users');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fusers/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await shot(page, 'login');
  });

  test('a bad password shows an error and stays on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Username').fill(ADMIN_USERNAME);
    await page.getByLabel('Password').fill('definitely-wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Invalid username or password');
    await expect(page).toHaveURL(/\/login/);
    await shot(page, 'login-error');
  });

  test('repeated failures are throttled with a clear message', async ({ page }) => {
    // A username nobody uses, so the admin is not locked out for the other specs.
    await page.goto('/login');
    await page.getByLabel('Username').fill('throttle-probe');
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Password').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByTestId('login-error')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    }
    await expect(page.getByTestId('login-error')).toContainText(/Too many failed sign-in attempts/);
    await shot(page, 'login-throttled');
  });

  test('the admin signs in, lands on the dashboard and signs out', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await expect(page.getByTestId('whoami')).toHaveText(ADMIN_USERNAME);
    await page.goto('/');
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);
  });
});
