import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { adminToken, gql } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, SIM_PASSWORD, SIM_PORT, SIM_USER, unique } from '../support/env';
import { bps, randomMac, sessionRow, sim } from '../support/routeros-sim';
import { navLink, shot, signIn } from '../support/ui';

/** Marks the page so a later check can prove it was never reloaded. */
async function markNoReload(page: Page) {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

async function openBandwidth(page: Page, routerName: string) {
  await navLink(page, 'Bandwidth').click();
  await expect(page).toHaveURL(/\/bandwidth/);
  const picker = page.getByTestId('router-picker');
  await picker.getByRole('button', { name: routerName }).click();
  await expect(page.getByTestId('sessions-card').getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
}

test.describe.serial('bandwidth: routers, live sessions, speed limits on a (simulated) MikroTik', () => {
  const routerName = unique('lobby');
  const mac = randomMac();
  const hotspotUser = unique('hs');

  test.afterAll(async () => {
    await sim.rate(mac, 0, 0).catch(() => undefined);
    await sim.endSession(mac).catch(() => undefined);
  });

  test('admin adds the router, tests the connection, sees a wrong password as an error', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Bandwidth').click();
    await expect(page).toHaveURL(/\/bandwidth$/);
    const routers = page.getByTestId('routers-card');
    await expect(routers).toBeVisible();
    await expect(page.getByTestId('profiles-table')).toContainText('STANDARD');
    await shot(page, 'bandwidth-start');

    await routers.getByRole('button', { name: 'Add router' }).click();
    const form = page.getByRole('dialog', { name: 'Add a router' });
    await form.getByRole('button', { name: 'Add router' }).click();
    await expect(form.getByText('Give the router a name')).toBeVisible();
    await form.getByLabel('Name').fill(routerName);
    await form.getByLabel('Host').fill('127.0.0.1');
    await form.getByLabel('Port').fill(String(SIM_PORT));
    await form.getByLabel('API user').fill(SIM_USER);
    await form.getByLabel('Password').fill(SIM_PASSWORD);
    await shot(page, 'bandwidth-router-form');
    await form.getByRole('button', { name: 'Add router' }).click();
    await expect(form).toBeHidden();
    const row = page.getByTestId(`router-row-${routerName}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('router-address')).toContainText(`${SIM_USER}@127.0.0.1:${SIM_PORT}`);

    await row.getByRole('button', { name: `Test connection to ${routerName}` }).click();
    const testDialog = page.getByRole('dialog', { name: `Test ${routerName}` });
    await expect(testDialog.getByTestId('router-test')).toHaveAttribute('data-state', 'ok');
    await expect(testDialog.getByTestId('test-identity')).toHaveText('MikroTik');
    await expect(testDialog.getByTestId('test-version')).toContainText('7.18');
    await expect(testDialog.getByTestId('test-latency')).toContainText('ms');
    await shot(page, 'bandwidth-router-test');
    await testDialog.getByRole('button', { name: 'Done' }).click();
    await expect(row.getByTestId('router-status')).toHaveText('Online');
    await expect(row.getByTestId('router-os')).toContainText('MikroTik');

    // A wrong password: the test says why, and the row shows the error in red until it is fixed.
    await row.getByRole('button', { name: `Edit ${routerName}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${routerName}` });
    await expect(edit.getByLabel('Password')).toHaveValue('');
    await expect(edit.getByLabel('Password')).toHaveAttribute('placeholder', 'Leave empty to keep');
    await edit.getByLabel('Password').fill('not-the-password');
    await edit.getByRole('button', { name: 'Save router' }).click();
    await expect(edit).toBeHidden();
    await row.getByRole('button', { name: `Test connection to ${routerName}` }).click();
    await expect(testDialog.getByTestId('router-test')).toHaveAttribute('data-state', 'failed');
    await expect(testDialog.getByTestId('test-error')).toContainText(/invalid user name or password/i);
    await testDialog.getByRole('button', { name: 'Done' }).click();
    await expect(row.getByTestId('router-status')).toHaveText('Offline');
    await expect(row.getByTestId('router-error')).toContainText(/invalid user name or password/i);
    await shot(page, 'bandwidth-router-error');

    await row.getByRole('button', { name: `Edit ${routerName}` }).click();
    await edit.getByLabel('Password').fill(SIM_PASSWORD);
    await edit.getByRole('button', { name: 'Save router' }).click();
    await expect(edit).toBeHidden();
    await row.getByRole('button', { name: `Test connection to ${routerName}` }).click();
    await expect(testDialog.getByTestId('router-test')).toHaveAttribute('data-state', 'ok');
    await testDialog.getByRole('button', { name: 'Done' }).click();
    await expect(row.getByTestId('router-status')).toHaveText('Online');
    await expect(row.getByTestId('router-error')).toHaveCount(0);
  });

  test('sessions on the router appear and their speeds change live, without a reload', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await openBandwidth(page, routerName);
    await markNoReload(page);

    await sim.addSession({ user: hotspotUser, address: '10.5.50.12', macAddress: mac });
    await sim.rate(mac, 400_000, 1_600_000);
    const row = sessionRow(page, mac);
    await expect(row).toBeVisible();
    await expect(row).toContainText(hotspotUser);
    await expect(row.getByTestId('session-mac')).toHaveText(mac);
    await expect.poll(async () => bps(await row.getByTestId('session-rate-down').innerText()), { timeout: 15_000 }).toBeGreaterThan(1_000_000);
    const first = await row.getByTestId('session-rate-down').innerText();
    const firstBytes = await row.getByTestId('session-bytes').innerText();

    // The device speeds up: the same row shows the new rate and growing totals.
    await sim.rate(mac, 800_000, 4_000_000);
    await expect.poll(async () => bps(await row.getByTestId('session-rate-down').innerText()), { timeout: 15_000 }).toBeGreaterThan(3_000_000);
    expect(await row.getByTestId('session-rate-down').innerText()).not.toBe(first);
    await expect(row.getByTestId('session-bytes')).not.toHaveText(firstBytes);
    await expect(page.getByTestId('sessions-totals')).toContainText('1 session');
    await expect(row.getByTestId('session-limit')).toHaveText('—');
    await expectNotReloaded(page);
    await shot(page, 'bandwidth-sessions-live');
  });

  test('a preset limit is applied as a simple queue; a malformed custom speed is refused; removing deletes the queue', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await openBandwidth(page, routerName);
    const row = sessionRow(page, mac);
    await expect(row).toBeVisible();

    await row.getByRole('button', { name: `Set limit for ${hotspotUser}` }).click();
    const dialog = page.getByRole('dialog', { name: `Set a limit for ${hotspotUser}` });
    await dialog.getByTestId('preset-STANDARD').click();
    await expect(dialog.getByTestId('preset-STANDARD')).toHaveAttribute('aria-checked', 'true');
    await shot(page, 'bandwidth-limit-presets');
    await dialog.getByRole('button', { name: 'Apply limit' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('limit-state')).toHaveText('Applied', { timeout: 15_000 });
    await expect(row.getByTestId('session-limit')).toHaveText('↓ 2M / ↑ 1M');
    // On the router: upload first, as RouterOS writes max-limit.
    await expect.poll(async () => (await sim.queueFor(mac))?.maxLimit, { timeout: 10_000 }).toBe('1000000/2000000');
    const limitRow = page.getByTestId(`limit-row-${mac}`);
    await expect(limitRow.getByTestId('limit-state')).toHaveText('Applied');
    await expect(limitRow).toContainText('Profile STANDARD');
    await shot(page, 'bandwidth-limit-applied');

    // A profile that limits use can't be deleted.
    await page.getByRole('button', { name: 'Delete profile STANDARD' }).click();
    const del = page.getByRole('alertdialog', { name: 'Delete profile STANDARD?' });
    await del.getByRole('button', { name: 'Delete profile' }).click();
    await expect(del.getByTestId('error-alert')).toContainText('In use');
    await expect(del.getByTestId('error-alert')).toContainText('CONFLICT');
    await shot(page, 'bandwidth-profile-in-use');
    await del.getByRole('button', { name: 'Cancel' }).click();

    // Custom: a malformed speed is refused inline, a good one replaces the queue's limit.
    await row.getByRole('button', { name: `Set limit for ${hotspotUser}` }).click();
    const change = page.getByRole('dialog', { name: `Change the limit of ${hotspotUser}` });
    await change.getByTestId('preset-custom').click();
    await change.getByLabel('Download').fill('2 Mbps');
    await change.getByLabel('Upload').fill('512K');
    await change.getByRole('button', { name: 'Apply new limit' }).click();
    await expect(change.locator('#limit-down-error')).toBeVisible();
    const shown = await change.locator('#limit-down-error').innerText();
    await shot(page, 'bandwidth-limit-custom-error');
    // The API refuses the same value with BAD_USER_INPUT.
    const routerId = (await gql<{ routers: { id: string; name: string }[] }>('{ routers { id name } }', {}, await adminToken())).routers.find((r) => r.name === routerName)!.id;
    const refused = await gql('mutation($i: BandwidthLimitInput!) { setBandwidthLimit(input: $i) { id } }', { i: { routerId, macAddress: mac, up: '512K', down: '2 Mbps' } }, await adminToken()).catch((e: Error) => e.message);
    expect(String(refused)).toMatch(/^BAD_USER_INPUT/);
    expect(shown).toBe('Download must be a speed like 512K, 2M or 1G (bits per second)');
    expect(String(refused)).toContain(shown);

    await change.getByLabel('Download').fill('3M');
    await change.getByRole('button', { name: 'Apply new limit' }).click();
    await expect(change).toBeHidden();
    await expect(row.getByTestId('session-limit')).toHaveText('↓ 3M / ↑ 512K', { timeout: 15_000 });
    await expect.poll(async () => (await sim.queueFor(mac))?.maxLimit, { timeout: 10_000 }).toBe('512000/3000000');
    await expect(limitRow).toContainText('Custom');

    // Remove: one click and a confirmation; the queue goes away.
    await row.getByRole('button', { name: `Remove limit of ${hotspotUser}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove the limit of ${hotspotUser}?` });
    await confirm.getByRole('button', { name: 'Remove limit' }).click();
    await expect(confirm).toBeHidden();
    await expect(row.getByTestId('session-limit')).toHaveText('—', { timeout: 15_000 });
    await expect.poll(async () => (await sim.queueFor(mac)) ?? null, { timeout: 10_000 }).toBeNull();
    await expect(limitRow).toHaveCount(0);
  });

  test('a limit whose device logs out waits for it, and is applied again when it logs back in', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await openBandwidth(page, routerName);
    const row = sessionRow(page, mac);
    await row.getByRole('button', { name: `Set limit for ${hotspotUser}` }).click();
    const dialog = page.getByRole('dialog', { name: `Set a limit for ${hotspotUser}` });
    await dialog.getByTestId('preset-BASIC').click();
    await dialog.getByRole('button', { name: 'Apply limit' }).click();
    await expect(row.getByTestId('limit-state')).toHaveText('Applied', { timeout: 15_000 });

    await sim.rate(mac, 0, 0);
    await sim.endSession(mac);
    await expect(row).toBeHidden({ timeout: 15_000 });
    const limitRow = page.getByTestId(`limit-row-${mac}`);
    await expect(limitRow.getByTestId('limit-state')).toHaveText('Waiting', { timeout: 20_000 });
    await expect(page.getByTestId('sessions-card').getByTestId('empty-state')).toContainText('No one is connected to this router');
    await shot(page, 'bandwidth-limit-waiting');

    await sim.addSession({ user: hotspotUser, address: '10.5.50.12', macAddress: mac });
    await expect(row.getByTestId('limit-state')).toHaveText('Applied', { timeout: 20_000 });
    await expect.poll(async () => (await sim.queueFor(mac))?.maxLimit, { timeout: 10_000 }).toBe('512000/1000000');

    // Removed from the limits table this time.
    await limitRow.getByRole('button', { name: /^Remove limit of/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove limit' }).click();
    await expect(limitRow).toHaveCount(0);
    await expect.poll(async () => (await sim.queueFor(mac)) ?? null, { timeout: 10_000 }).toBeNull();
    await sim.endSession(mac);
  });

  test('a router that goes down: the error shows, a limit added meanwhile fails, and is applied once it is back', async ({ page }) => {
    const other = randomMac();
    await sim.addSession({ user: unique('dan'), address: '10.5.50.31', macAddress: other });
    try {
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
      await openBandwidth(page, routerName);
      await expect(sessionRow(page, other)).toBeVisible();

      await sim.down(true);
      const sessions = page.getByTestId('sessions-card');
      await expect(sessions.getByTestId('sessions-error')).toContainText("can't be read", { timeout: 15_000 });
      const routerRow = page.getByTestId(`router-row-${routerName}`);
      await expect(routerRow.getByTestId('router-status')).toHaveText('Offline', { timeout: 25_000 });
      await expect(routerRow.getByTestId('router-error')).toBeVisible();

      // A limit for a device by MAC, from the limits table: saved, but the router can't take it now.
      await page.getByTestId('limits-card').getByRole('button', { name: 'Add limit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a speed limit' });
      await dialog.getByLabel('Router').selectOption({ label: routerName });
      await dialog.getByRole('button', { name: 'A MAC address' }).click();
      await dialog.getByLabel('MAC address').fill('not-a-mac');
      await dialog.getByTestId('preset-BASIC').click();
      await dialog.getByRole('button', { name: 'Apply limit' }).click();
      await expect(dialog.locator('#limit-mac-error')).toBeVisible();
      await dialog.getByLabel('MAC address').fill(other.toLowerCase());
      await dialog.getByRole('button', { name: 'Apply limit' }).click();
      await expect(dialog).toBeHidden();
      const limitRow = page.getByTestId(`limit-row-${other}`);
      await expect(limitRow.getByTestId('limit-state')).toHaveText('Failed', { timeout: 15_000 });
      await expect(limitRow.getByTestId('limit-error')).toBeVisible();
      await expect(page.getByTestId('limit-warning')).toContainText("didn't take it");
      await shot(page, 'bandwidth-router-down');

      // Back up: the poller applies the limit and the live list comes back on its own.
      await sim.down(false);
      await expect(limitRow.getByTestId('limit-state')).toHaveText('Applied', { timeout: 40_000 });
      await expect(page.getByTestId('limit-warning')).toHaveCount(0);
      await expect.poll(async () => (await sim.queueFor(other))?.maxLimit, { timeout: 10_000 }).toBe('512000/1000000');
      await expect(routerRow.getByTestId('router-status')).toHaveText('Online', { timeout: 20_000 });
      await expect(sessionRow(page, other).getByTestId('limit-state')).toHaveText('Applied', { timeout: 20_000 });

      await limitRow.getByRole('button', { name: /^Remove limit of/ }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove limit' }).click();
      await expect(limitRow).toHaveCount(0);
    } finally {
      await sim.down(false).catch(() => undefined);
      await sim.endSession(other).catch(() => undefined);
    }
  });

  test('speed profiles: create, edit, delete', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Bandwidth').click();
    const card = page.getByTestId('profiles-card');
    const name = unique('GAMER').toUpperCase();

    await card.getByRole('button', { name: 'New profile' }).click();
    const form = page.getByRole('dialog', { name: 'New speed profile' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Download').fill('fast');
    await form.getByLabel('Upload').fill('5M');
    await form.getByLabel('Price').fill('30');
    await form.getByLabel('Validity').fill('3h');
    await form.getByRole('button', { name: 'Create profile' }).click();
    await expect(form.locator('#profile-down-error')).toBeVisible();
    await form.getByLabel('Download').fill('20M');
    await shot(page, 'bandwidth-profile-form');
    await form.getByRole('button', { name: 'Create profile' }).click();
    await expect(form).toBeHidden();
    const row = card.getByTestId(`profile-row-${name}`);
    await expect(row.getByTestId('profile-down')).toContainText('20M');
    await expect(row.getByTestId('profile-up')).toContainText('5M');
    await expect(row.getByTestId('profile-price')).toHaveText('30');
    await expect(row.getByTestId('profile-validity')).toHaveText('3 hours');

    await row.getByRole('button', { name: `Edit profile ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${name}` });
    await edit.getByLabel('Price').fill('35');
    await edit.getByLabel('Upload').fill('6M');
    await edit.getByRole('button', { name: 'Save profile' }).click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('profile-price')).toHaveText('35');
    await expect(row.getByTestId('profile-up')).toContainText('6M');
    await shot(page, 'bandwidth-profiles');

    await row.getByRole('button', { name: `Delete profile ${name}` }).click();
    await page.getByRole('alertdialog', { name: `Delete profile ${name}?` }).getByRole('button', { name: 'Delete profile' }).click();
    await expect(row).toHaveCount(0);
  });

  test('deleting the router asks first, then it is gone with its limits', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Bandwidth').click();
    const row = page.getByTestId(`router-row-${routerName}`);
    await row.getByRole('button', { name: `Delete ${routerName}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${routerName}?` });
    await expect(confirm).toContainText(/traffic already counted from this router stays/i);
    await shot(page, 'bandwidth-router-delete');
    await confirm.getByRole('button', { name: 'Delete router' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId('notice')).toContainText(`Router ${routerName} deleted.`);
    await expect(page.getByTestId('router-picker').getByRole('button', { name: routerName })).toHaveCount(0);
  });
});
