import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const SHOTS = path.resolve(__dirname, '..', 'screenshots');

/** Full-page screenshot into e2e/screenshots/<name>.png (looked at by a human after each run). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  // animations: 'disabled' finishes CSS transitions first, so a dialog isn't caught mid-fade.
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Signs in through the login form and waits for the role's home. */
export async function signIn(page: Page, username: string, password: string, home: RegExp): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(home);
}

/** A link in the sidebar navigation. */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}
