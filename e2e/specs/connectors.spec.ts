import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { adminToken, createAgent, resetUserTraffic, setAgentTrafficLimit } from '../support/api';
import { MB } from '../support/bytes';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GB, PANEL_SIM_PASSWORD, PANEL_SIM_URL, PANEL_SIM_USER, unique } from '../support/env';
import { deleteConnectors, panelSim, userWithPanels } from '../support/panel-sim';
import { navLink, shot, signIn } from '../support/ui';

const panelRow = (page: Page, key: string) => page.getByTestId('panel-users-card').getByTestId(`panel-user-row-${key}`);

/**
 * A Marzban panel as a connector: added and tested in the portal, its users imported for an agent in
 * one step, their traffic counted from the panel's counters, and the agent's limit enforced in the
 * panel — users disabled there (held) when the agent goes over, enabled again when it is raised, while
 * a user an operator disabled by hand in the panel stays disabled.
 */
test.describe('connectors: a Marzban panel', () => {
  const name = unique('marzban-de');
  const prefix = unique('mz');
  const keys = ['a', 'b', 'c'].map((k) => `${prefix}-${k}`);
  const byHand = `${prefix}-off`;
  const reseller = unique('reseller');
  const tiny = unique('tiny');
  let admin = '';
  let agentId = '';

  test.beforeAll(async () => {
    admin = await adminToken();
    agentId = (await createAgent(admin, { username: reseller, password: 'reseller-pass-1', trafficLimit: (20n * GB).toString() })).id;
    await createAgent(admin, { username: tiny, password: 'tiny-agent-pass-1', trafficLimit: GB.toString() });
    // The panel already has users (2 GB each); one of them its operator disabled by hand.
    for (const key of keys) await panelSim.addUser({ key, dataLimit: Number(2n * GB) });
    await panelSim.addUser({ key: byHand, dataLimit: Number(2n * GB), enabled: false });
  });

  test.afterAll(async () => {
    await deleteConnectors(await adminToken(), [name]).catch(() => undefined);
    for (const key of [...keys, byHand]) await panelSim.removeUser(key).catch(() => undefined);
  });

  test('add, test, import, count, hold over the limit and let back in', async ({ page }) => {
    test.setTimeout(150_000);
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Connectors').click();
    await expect(page).toHaveURL(/\/connectors$/);
    await expect(page.getByRole('heading', { name: 'Connectors', level: 1 })).toBeVisible();
    await shot(page, 'connectors-page');

    // --- Add the panel: the form checks what it can, the API names each field it refuses.
    await page.getByRole('button', { name: 'Add connector' }).first().click();
    const form = page.getByTestId('connector-form');
    await form.getByLabel('Panel', { exact: true }).selectOption('XUI');
    await expect(form.getByText(/web base path/)).toBeVisible();
    await form.getByLabel('Panel', { exact: true }).selectOption('MARZBAN');
    await form.getByRole('button', { name: 'Add connector' }).click();
    await expect(form.locator('#connector-name-error')).toBeVisible();
    await expect(form.locator('#connector-url-error')).toBeVisible();
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Address', { exact: true }).fill(PANEL_SIM_URL.replace('http://', `http://${PANEL_SIM_USER}@`));
    await form.getByLabel('Admin username', { exact: true }).fill(PANEL_SIM_USER);
    await form.getByLabel('Password', { exact: true }).fill(PANEL_SIM_PASSWORD);
    await form.getByLabel('Poll every (seconds)').fill('5');
    await form.getByRole('button', { name: 'Add connector' }).click();
    await expect(form.locator('#connector-poll-error')).toHaveText('Whole seconds, from 10 to 86400');
    // Polled hourly on its own: this journey polls with "Sync now" (a status change is still pushed at once).
    await form.getByLabel('Poll every (seconds)').fill('3600');
    await form.getByRole('button', { name: 'Add connector' }).click();
    // user@host passes the browser's check; the API refuses it for the url field (extensions.fields).
    await expect(form.getByTestId('error-alert')).toContainText('BAD_USER_INPUT');
    await expect(form.locator('#connector-url-error')).toContainText('http:// or https://');
    await shot(page, 'connectors-form-errors');
    await form.getByLabel('Address', { exact: true }).fill(PANEL_SIM_URL);
    await form.getByRole('button', { name: 'Add connector' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByTestId('notice')).toContainText(`${name} added`);

    // --- It is polled at once: online, its version, latency and users; nobody of the panel is ours yet.
    const inPanel = (await panelSim.state()).users.length;
    const row = page.getByTestId(`connector-row-${name}`);
    await expect(row.getByTestId('connector-kind')).toHaveText('Marzban');
    await expect(row.getByTestId('connector-url')).toHaveText(PANEL_SIM_URL);
    await expect(row.getByTestId('connector-status')).toHaveAttribute('data-status', 'ONLINE', { timeout: 20_000 });
    await expect(row.getByTestId('connector-latency')).toHaveText(/^\d+ ms$/);
    await expect(row.getByTestId('connector-synced')).toContainText(/just now|\d+ s ago/);
    await expect(row.getByTestId('connector-synced')).toContainText('every 1 h');
    await expect(row.getByTestId('connector-users')).toHaveText(String(inPanel));
    await expect(row.getByTestId('connector-unmapped')).toHaveText(`${inPanel} unmapped`);

    // --- Test: logs in now, and says what the panel answered.
    await row.getByRole('button', { name: `Test ${name}` }).click();
    const tested = page.getByTestId('connector-test');
    await expect(tested).toHaveAttribute('data-state', 'ok');
    await expect(tested.getByTestId('test-version')).toHaveText('0.8.4');
    await expect(tested.getByTestId('test-users')).toHaveText(String(inPanel));
    await expect(tested.getByTestId('test-latency')).toHaveText(/^\d+ ms$/);
    await shot(page, 'connectors-test');
    await tested.getByRole('button', { name: 'Done' }).click();
    // The version a poll doesn't read, the test does: the row shows it from now on (its counts unchanged).
    await expect(row.getByTestId('connector-version')).toHaveText('0.8.4');
    expect(await row.getByTestId('connector-unmapped').textContent()).toBe(`${inPanel} unmapped`);

    // --- Import the panel's users for an agent: all of them fit its quota, or none is made.
    const unmapped = page.getByTestId('unmapped-card');
    await expect(unmapped.getByTestId('unmapped-count')).toContainText(String(inPanel));
    for (const key of [...keys, byHand]) await expect(unmapped.getByTestId(`unmapped-row-${key}`)).toBeVisible();
    await expect(unmapped.getByTestId(`unmapped-row-${byHand}`).getByTestId('panel-state')).toHaveText('Disabled in panel');
    await unmapped.getByTestId('import-agent').selectOption({ label: tiny });
    await unmapped.getByRole('button', { name: /^Import \d+ users$/ }).click();
    const refused = unmapped.getByTestId('import-outcome').getByTestId('error-alert');
    await expect(refused).toContainText('LIMIT_EXCEEDED');
    await expect(refused).toContainText(`${tiny} has 1.00 GB of its quota left`);
    await expect(refused).toContainText('Nothing was imported');
    await shot(page, 'connectors-import-refused');
    expect(await userWithPanels(admin, keys[0])).toBeUndefined();

    await unmapped.getByTestId('import-agent').selectOption({ label: reseller });
    await unmapped.getByRole('button', { name: /^Import \d+ users$/ }).click();
    const result = unmapped.getByTestId('import-result');
    await expect(result).toContainText(`Imported ${inPanel} users for ${reseller}`);
    await expect(result).toContainText('0 still unmapped');
    await expect(row.getByTestId('connector-unmapped')).toHaveText('0 unmapped');
    for (const key of keys) {
      await expect(panelRow(page, key).getByTestId('panel-user-ours')).toHaveText(key);
      await expect(panelRow(page, key).getByTestId('panel-state')).toHaveText('Enabled');
    }
    // Disabled by hand in the panel: imported as a disabled user, and left alone.
    await expect(panelRow(page, byHand).getByTestId('panel-state')).toHaveText('Disabled in panel');
    expect((await userWithPanels(admin, byHand))?.status).toBe('DISABLED');

    // --- Traffic in the panel: counted once, shown in GB.
    await panelSim.traffic(keys[0], 0, Number((3n * GB) / 2n));
    await panelSim.traffic(keys[1], 0, Number(512n * MB));
    await row.getByRole('button', { name: `Sync ${name} now` }).click();
    await expect(page.getByTestId('notice')).toContainText(`${name} synced: 2.00 GB counted`);
    await expect(panelRow(page, keys[0]).getByTestId('panel-user-used')).toContainText('1.50 GB');
    await expect(panelRow(page, keys[1]).getByTestId('panel-user-used')).toContainText('0.50 GB');
    await expect(panelRow(page, keys[2]).getByTestId('panel-user-used')).toContainText('0 GB');
    await expect(panelRow(page, keys[0]).getByTestId('panel-user-limit')).toHaveText('2.00 GB');
    expect((await userWithPanels(admin, keys[0]))?.used).toBe(((3n * GB) / 2n).toString());
    // Polled again: nothing counted twice.
    await row.getByRole('button', { name: `Sync ${name} now` }).click();
    await expect(page.getByTestId('notice')).toContainText(`${name} synced: no new traffic`);
    expect((await userWithPanels(admin, keys[0]))?.used).toBe(((3n * GB) / 2n).toString());
    expect((await userWithPanels(admin, keys[1]))?.used).toBe((512n * MB).toString());
    await page.mouse.move(5, 700);
    await shot(page, 'connectors-synced');

    // --- The agent goes over its limit: its users are disabled in the panel (held).
    await setAgentTrafficLimit(admin, agentId, GB.toString());
    await row.getByRole('button', { name: `Sync ${name} now` }).click();
    for (const key of keys) await expect(panelRow(page, key).getByTestId('panel-state')).toHaveText('Disabled by us', { timeout: 20_000 });
    await expect(panelRow(page, byHand).getByTestId('panel-state')).toHaveText('Disabled in panel');
    await expect(row.getByTestId('connector-held')).toHaveText('3 held', { timeout: 10_000 });
    for (const key of keys) {
      await expect.poll(async () => (await panelSim.user(key))?.enabled, { timeout: 10_000 }).toBe(false);
      expect((await panelSim.user(key))?.status).toBe('disabled');
    }
    const log = page.getByTestId('push-log-card');
    for (const key of keys) await expect(log.locator(`[data-testid="push-log-row"][data-action="DISABLE"][data-key="${key}"]`).getByTestId('push-result')).toContainText('OK');
    await expect(log.locator(`[data-testid="push-log-row"][data-key="${byHand}"]`)).toHaveCount(0);
    expect((await userWithPanels(admin, keys[0]))?.panels).toEqual([{ connectorName: name, enabled: false, held: true, panelStatus: 'disabled' }]);
    await page.mouse.move(5, 700);
    await shot(page, 'connectors-held');

    // The users list shows the usage, the status, and that the panel holds them.
    await page.goto(`/users?q=${prefix}`);
    const userRow = page.getByTestId(`user-row-${keys[0]}`);
    await expect(userRow.getByTestId('user-usage')).toContainText('1.50 GB');
    await expect(userRow.getByTestId('user-status')).toHaveText('Suspended');
    await expect(userRow.getByTestId('user-panels')).toHaveText('Panel: held');
    await expect(userRow.getByTestId('panel-state')).toHaveAttribute('data-connector', name);
    await expect(page.getByTestId(`user-row-${byHand}`).getByTestId('user-panels')).toHaveText('Panel: disabled');
    await shot(page, 'connectors-users-list');
    await page.goBack();
    await expect(page).toHaveURL(/\/connectors/);

    // --- The limit is raised: exactly the users we disabled are enabled again; the one disabled by hand stays so.
    await setAgentTrafficLimit(admin, agentId, (20n * GB).toString());
    await row.getByRole('button', { name: `Sync ${name} now` }).click();
    for (const key of keys) await expect(panelRow(page, key).getByTestId('panel-state')).toHaveText('Enabled', { timeout: 20_000 });
    await expect(row.getByTestId('connector-held')).toHaveText('0 held', { timeout: 10_000 });
    for (const key of keys) await expect.poll(async () => (await panelSim.user(key))?.enabled, { timeout: 10_000 }).toBe(true);
    expect((await panelSim.user(byHand))?.enabled).toBe(false);
    await expect(panelRow(page, byHand).getByTestId('panel-state')).toHaveText('Disabled in panel');
    for (const key of keys) await expect(log.locator(`[data-testid="push-log-row"][data-action="ENABLE"][data-key="${key}"]`).getByTestId('push-result')).toContainText('OK');
    await page.mouse.move(5, 700);
    await shot(page, 'connectors-enabled-again');

    // --- A reset of ours reaches the panel first; the reset history shows what the panel answered.
    const first = (await userWithPanels(admin, keys[0]))!;
    const reset = await resetUserTraffic(admin, first.id, 'e2e: reset reaches the panel');
    expect(reset.ok).toBe(true);
    expect((await panelSim.user(keys[0]))?.used).toBe(0);
    await page.goto('/resets');
    const resetRow = page.getByTestId(`reset-row-${reset.id}`);
    await resetRow.getByRole('button', { name: /^Snapshot: / }).click();
    const pushes = page.getByTestId(`reset-detail-${reset.id}`).getByTestId('reset-panel-pushes');
    await expect(pushes.getByTestId('push-action')).toHaveText('Reset usage');
    await expect(pushes.getByTestId('push-result')).toContainText('OK');
    await expect(pushes).toContainText(name);
    await shot(page, 'connectors-reset-history');
    await page.goBack();
    await expect(page).toHaveURL(/\/connectors/);

    // --- The panel refuses: Test says why in the panel's own words, the row turns red with them; a sync brings it back.
    await panelSim.fail(1, 500, { detail: 'Database is locked' });
    await row.getByRole('button', { name: `Test ${name}` }).click();
    const failedTest = page.getByTestId('connector-test');
    await expect(failedTest).toHaveAttribute('data-state', 'failed');
    await expect(failedTest.getByTestId('test-error')).toContainText('Database is locked');
    await failedTest.getByRole('button', { name: 'Done' }).click();
    await expect(row.getByTestId('connector-status')).toHaveAttribute('data-status', 'FAILED');
    await expect(row.getByTestId('connector-status')).toHaveText('Failed');
    await expect(row.getByTestId('connector-error')).toHaveText('Database is locked');
    await page.mouse.move(5, 700);
    await shot(page, 'connectors-failed');
    await row.getByRole('button', { name: `Sync ${name} now` }).click();
    await expect(row.getByTestId('connector-status')).toHaveAttribute('data-status', 'ONLINE');
    await expect(row.getByTestId('connector-error')).toHaveCount(0);

    // --- Edit: a new poll interval; the password is kept.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByTestId('connector-form');
    await expect(edit.getByLabel('Password', { exact: true })).toHaveAttribute('placeholder', 'Leave empty to keep');
    await edit.getByLabel('Poll every (seconds)').fill('30');
    await edit.getByRole('button', { name: 'Save connector' }).click();
    await expect(edit).toHaveCount(0);
    await expect(row.getByTestId('connector-synced')).toContainText('every 30 s');
    await row.getByRole('button', { name: `Test ${name}` }).click();
    await expect(page.getByTestId('connector-test')).toHaveAttribute('data-state', 'ok');
    await page.getByTestId('connector-test').getByRole('button', { name: 'Done' }).click();

    // --- Remove, after a confirmation.
    await row.getByRole('button', { name: `Remove ${name}` }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('stops polling this panel');
    await shot(page, 'connectors-remove');
    await confirm.getByRole('button', { name: 'Remove connector' }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId('notice')).toContainText(`${name} removed`);
  });
});
