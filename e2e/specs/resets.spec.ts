import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import {
  adminToken,
  createAgent,
  createServer,
  createUser,
  login,
  postTraffic,
  resetSettings,
  resetUserTraffic,
  updateSettings,
  userUsed,
} from '../support/api';
import { formatBytes, MB } from '../support/bytes';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe.configure({ mode: 'serial' });

/** The newest audit row of a scope (and target), on the Resets page. */
function resetRow(page: Page, scope: string, target?: string): Locator {
  const byTarget = target ? `[data-target="${target}"]` : '';
  return page.locator(`[data-testid^="reset-row-"][data-scope="${scope}"]${byTarget}`).first();
}

/** "96.00 MB" from "96.00 MB of 5.00 GB". */
async function usedText(usage: Locator): Promise<string> {
  const text = (await usage.textContent()) ?? '';
  const m = /^\s*([\d.]+ (?:B|KB|MB|GB|TB))/.exec(text);
  expect(m, `a byte count at the start of "${text}"`).not.toBeNull();
  return (m as RegExpExecArray)[1];
}

test.describe('resets: by hand, everything behind a phrase, audit', () => {
  const agent = unique('resetter');
  const password = 'reset-pass-12345';
  const u1 = unique('rita');
  const u2 = unique('rolf');
  const serverName = unique('reset-node');
  let u1Id = '';
  let u2Id = '';
  let server = { id: '', token: '' };
  let original = { agentsCanResetUsers: false, timeZone: 'UTC' };

  test.beforeAll(async () => {
    const admin = await adminToken();
    original = await resetSettings(admin);
    // The agent's charged usage resets on the 1st of each month, in Berlin.
    await createAgent(admin, { username: agent, password, resetStrategy: 'MONTH', timeZone: 'Europe/Berlin' });
    const { token } = await login(agent, password);
    u1Id = (await createUser(token, { username: u1, dataLimit: (5n * GB).toString() })).id;
    u2Id = (await createUser(token, { username: u2, dataLimit: (5n * GB).toString() })).id;
    server = await createServer(admin, serverName);
    // 300 MB for rita, 150 MB for rolf: the period usage the global reset clears.
    const sent = await postTraffic(server.token, [
      { id: unique('r1'), user_token: u1, bytes_uploaded: (100n * MB).toString(), bytes_downloaded: (200n * MB).toString(), protocol: 'vless' },
      { id: unique('r2'), user_token: u2, bytes_uploaded: '0', bytes_downloaded: (150n * MB).toString(), protocol: 'vless' },
    ]);
    expect(sent.status).toBe(200);
  });

  test.afterAll(async () => {
    const admin = await adminToken();
    await updateSettings(admin, original);
  });

  test('“Reset all” needs the typed phrase; the dashboard drops to zero live; the audit row keeps the snapshot', async ({ page, context }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    const used = page.getByTestId('stat-used').locator('.stat-value');
    await expect(used).not.toHaveText('0 B');
    // Marks this document: after the reset it must be the same page, not a reload.
    await page.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = 'before-reset'));

    const resets = await context.newPage();
    await resets.goto('/resets');
    await expect(resets.getByRole('heading', { name: 'Resets', level: 1 })).toBeVisible();
    await expect(navLink(resets, 'Resets')).toHaveAttribute('aria-current', 'page');
    await expect(resets.getByTestId('reset-history').getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

    await resets.getByRole('button', { name: 'Reset all…' }).click();
    const dialog = resets.getByRole('alertdialog', { name: 'Reset all traffic?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('reset-all-what')).toContainText('will be cleared');
    const confirm = dialog.getByRole('button', { name: 'Reset all traffic' });
    const phrase = dialog.getByLabel('Type RESET ALL to confirm');
    await expect(confirm).toBeDisabled();
    await phrase.fill('reset all');
    await expect(confirm).toBeDisabled();
    await phrase.fill('RESET ALL ');
    await expect(confirm).toBeDisabled();
    await phrase.fill('RESET AL');
    await expect(confirm).toBeDisabled();
    await phrase.fill('RESET ALL');
    await expect(confirm).toBeEnabled();
    await dialog.getByLabel('Reason (optional)').fill('e2e: new billing period');
    await shot(resets, 'resets-reset-all-dialog');
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(resets.getByTestId('notice')).toContainText(/Reset everything: cleared .+ from \d+ users?\./);

    // The dashboard, open all along, follows without a reload.
    await expect(used).toHaveText('0 B');
    await expect(page.getByTestId('stat-used')).toContainText('↓ 0 B · ↑ 0 B');
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe('before-reset');
    await page.mouse.move(5, 700);
    await shot(page, 'resets-dashboard-after');

    // The audit row: scope, actor, reason, outcome.
    const row = resetRow(resets, 'ALL');
    await expect(row).toBeVisible();
    await expect(row.getByTestId('reset-target')).toHaveText('Every user, server and agent');
    await expect(row.getByTestId('reset-actor')).toHaveText(ADMIN_USERNAME);
    await expect(row).toContainText('Account');
    await expect(row).toContainText('“e2e: new billing period”');
    await expect(row).toContainText('Manual');
    await expect(row.getByTestId('reset-outcome')).toHaveText('OK');

    // Expanded: the before-values, readable, the exact bytes on hover.
    const expand = row.getByRole('button', { name: /^Snapshot/ });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expand.click();
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    const detail = resets.locator(`#${await expand.getAttribute('aria-controls')}`);
    const users = detail.getByTestId('snapshot-users');
    await expect(users).toBeVisible();
    const rita = users.getByRole('row').filter({ hasText: u1 });
    await expect(rita).toContainText('300.00 MB');
    await expect(rita).toContainText('200.00 MB');
    await expect(rita.locator(`[title="${(300n * MB).toLocaleString('en-US')} bytes"]`)).toHaveCount(1);
    await expect(users.getByRole('row').filter({ hasText: u2 })).toContainText('150.00 MB');
    await expect(detail.getByTestId('snapshot-agents')).toContainText(agent);
    await expect(detail.getByTestId('snapshot-servers')).toContainText(serverName);
    await expect(detail.getByTestId('snapshot-system')).toBeVisible();
    await shot(resets, 'resets-audit-expanded');

    // A reset in another session arrives on the open page (resetPerformed), on top.
    await resetUserTraffic(await adminToken(), u2Id, 'e2e: from another session');
    const liveRow = resetRow(resets, 'USER', u2);
    await expect(liveRow).toBeVisible();
    await expect(liveRow).toContainText('“e2e: from another session”');
    await expect(resets.locator('[data-testid^="reset-row-"]').first()).toHaveAttribute('data-target', u2);

    // Filters narrow the list through the URL.
    await resets.getByLabel('Scope').selectOption('USER');
    await expect(resets).toHaveURL(/scope=USER/);
    await expect(resetRow(resets, 'ALL')).toHaveCount(0);
    await expect(liveRow).toBeVisible();
    await resets.getByLabel('Outcome').selectOption('failed');
    await expect(resets).toHaveURL(/outcome=failed/);
    await expect(liveRow).toHaveCount(0);
    await resets.getByLabel('Scope').selectOption('');
    await resets.getByLabel('Outcome').selectOption('');
    await expect(resets).toHaveURL(/\/resets$/);
  });

  test('one user from the users page: confirmed, its usage drops to 0; the form sets its cycle', async ({ page }) => {
    expect((await postTraffic(server.token, { id: unique('r3'), user_token: u1, bytes_uploaded: '0', bytes_downloaded: (64n * MB).toString() })).status).toBe(200);
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await page.goto(`/users?q=${u1}`);
    const row = page.getByTestId(`user-row-${u1}`);
    await expect(row.getByTestId('user-usage')).toContainText('64.00 MB of 5.00 GB');
    await expect(row.getByTestId('user-next-reset')).toHaveCount(0);

    await row.getByRole('button', { name: `Reset usage of ${u1}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Reset ${u1}'s usage?` });
    await expect(dialog.getByTestId('reset-what')).toContainText('64.00 MB used this period goes back to 0');
    await dialog.getByLabel('Reason (optional)').fill('e2e: goodwill');
    await shot(page, 'resets-user-dialog');
    await dialog.getByRole('button', { name: 'Reset usage' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText(`Reset ${u1}: cleared 64.00 MB.`);
    await expect(row.getByTestId('user-usage')).toContainText('0 B of 5.00 GB');
    const after = await userUsed(await adminToken(), u1Id);
    expect(after.used).toBe('0');
    expect(BigInt(after.lifetime)).toBe(364n * MB);

    // A billing month on the 31st, in Berlin: the list shows the next reset.
    await row.getByRole('button', { name: `Edit ${u1}` }).click();
    const form = page.getByRole('dialog', { name: `Edit ${u1}` });
    const cycle = form.getByTestId('user-cycle');
    await expect(cycle.getByLabel('Billing day')).toHaveCount(0);
    await cycle.getByLabel('Resets').selectOption('BILLING_MONTH');
    await cycle.getByLabel('Billing day').fill('31');
    await expect(cycle).toContainText("Days 29–31 fall on the month's last day in shorter months.");
    await cycle.getByLabel('Time zone').fill('Europe/Berlin');
    await shot(page, 'resets-user-form-cycle');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form).toBeHidden();
    await expect(row.getByTestId('user-next-reset')).toHaveText(/^Resets \d{2} \w{3} \d{4}$/);
    await expect(row.getByTestId('user-next-reset')).toHaveAttribute('title', 'Monthly on the 31st, at midnight Europe/Berlin time');
    await row.getByRole('button', { name: `Traffic of ${u1}` }).click();
    const traffic = page.getByRole('dialog', { name: `Traffic of ${u1}` });
    await expect(traffic.getByTestId('user-cycle')).toContainText(/^Monthly on the 31st · next \d{2} \w{3} \d{4} \(Europe\/Berlin\)$/);
    await expect(traffic.getByRole('button', { name: 'Reset usage…' })).toBeVisible();
    await traffic.getByRole('button', { name: 'Close' }).click();
    await shot(page, 'resets-users-after');
  });

  test('a server and an agent, each from its own page; depleted users of a server', async ({ page }) => {
    expect((await postTraffic(server.token, { id: unique('r4'), user_token: u2, bytes_uploaded: '0', bytes_downloaded: (32n * MB).toString() })).status).toBe(200);
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);

    await navLink(page, 'Servers').click();
    const srow = page.getByTestId(`server-row-${serverName}`);
    const serverUsed = srow.getByTestId('server-used').locator('div').first();
    await expect(serverUsed).not.toHaveText('0 B');
    const before = (await serverUsed.textContent()) ?? '';
    await srow.getByRole('button', { name: `Reset usage on ${serverName}` }).click();
    const sdialog = page.getByRole('alertdialog', { name: `Reset usage on ${serverName}?` });
    await expect(sdialog.getByTestId('reset-what')).toContainText(`${before} counted on this server this period goes back to 0`);
    await sdialog.getByRole('button', { name: 'Reset server' }).click();
    await expect(sdialog).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText(new RegExp(`Reset ${serverName}: cleared .+ from \\d+ users?\\.`));
    await expect(serverUsed).toHaveText('0 B');
    await shot(page, 'resets-servers-after');

    // A user past its limit on this server is deleted by "Clean up"; its traffic stays charged.
    const { token } = await login(agent, password);
    const u3 = unique('ruth');
    await createUser(token, { username: u3, dataLimit: (10n * MB).toString() });
    expect((await postTraffic(server.token, { id: unique('r5'), user_token: u3, bytes_uploaded: '0', bytes_downloaded: (20n * MB).toString() })).status).toBe(200);
    await srow.getByRole('button', { name: `Delete depleted users on ${serverName}` }).click();
    const ddialog = page.getByRole('alertdialog', { name: `Delete depleted users on ${serverName}?` });
    await ddialog.getByRole('button', { name: 'Delete depleted users' }).click();
    await expect(ddialog).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText('Deleted 1 user past their data limit or expiry');
    await page.goto(`/users?q=${u3}`);
    await expect(page.getByTestId('empty-state')).toContainText('No users match');

    // The agent: what it was charged since the global reset (rita 64 MB, rolf 32 MB, ruth 20 MB).
    await navLink(page, 'Agents').click();
    const arow = page.getByTestId(`agent-row-${agent}`);
    const usage = arow.getByTestId('agent-usage');
    await expect(usage).toContainText(`${formatBytes(116n * MB)} of Unlimited`);
    await expect(arow.getByTestId('agent-next-reset')).toHaveText(/^Resets 01 \w{3} \d{4}$/);
    await expect(arow.getByTestId('agent-next-reset')).toHaveAttribute('title', 'Monthly on the 1st, at midnight Europe/Berlin time');

    // Its cycle in the form.
    await arow.getByRole('button', { name: `Edit ${agent}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${agent}` });
    const cycle = edit.getByTestId('agent-cycle');
    await expect(cycle.getByLabel('Resets')).toHaveValue('MONTH');
    await expect(cycle.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
    await expect(cycle).toContainText(/Next reset: 01 \w{3} \d{4}\./);
    await shot(page, 'resets-agent-form-cycle');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await expect(edit).toBeHidden();

    await arow.getByRole('button', { name: `Reset charged usage of ${agent}` }).click();
    const adialog = page.getByRole('alertdialog', { name: `Reset ${agent}'s charged usage?` });
    await expect(adialog.getByTestId('reset-what')).toContainText(`${await usedText(usage)} charged this period goes back to 0`);
    await adialog.getByLabel('Reason (optional)').fill('e2e: paid up');
    await shot(page, 'resets-agent-dialog');
    await adialog.getByRole('button', { name: 'Reset agent' }).click();
    await expect(adialog).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText(`Reset the charged usage of ${agent}: cleared ${formatBytes(116n * MB)}.`);
    await expect(usage).toContainText('0 B of Unlimited');
    await shot(page, 'resets-agents-after');
  });

  test('an agent resets its own user when the system allows it', async ({ page }) => {
    expect((await postTraffic(server.token, { id: unique('r6'), user_token: u2, bytes_uploaded: '0', bytes_downloaded: (48n * MB).toString() })).status).toBe(200);

    // The admin allows it on the System page.
    await updateSettings(await adminToken(), { agentsCanResetUsers: false });
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'System').click();
    const settings = page.getByTestId('reset-settings');
    const allow = settings.getByRole('switch', { name: "Agents may reset their users' traffic" });
    await expect(allow).toHaveAttribute('aria-checked', 'false');
    await allow.click();
    await settings.getByRole('button', { name: 'Save reset settings' }).click();
    await expect(settings.getByTestId('notice')).toContainText('Saved: agents may reset their users.');
    await shot(page, 'resets-system-settings');
    expect((await resetSettings(await adminToken())).agentsCanResetUsers).toBe(true);

    // Now as the agent, in the same browser.
    await page.context().clearCookies();
    const agentPage = page;
    await signIn(agentPage, agent, password, /\/agent$/);
    // Its dashboard, open in another tab, follows the reset live (resets send no usage events).
    const dashboard = await agentPage.context().newPage();
    await dashboard.goto('/agent');
    await expect(dashboard.getByTestId('live-indicator').first()).toHaveAttribute('data-state', 'live');
    await expect(dashboard.getByTestId(`top-user-${u2}`)).toContainText('48.00 MB');
    await navLink(agentPage, 'My users').click();
    const row = agentPage.getByTestId(`user-row-${u2}`);
    await expect(row.getByTestId('user-usage')).toContainText('48.00 MB of 5.00 GB');
    await row.getByRole('button', { name: `Reset usage of ${u2}` }).click();
    const dialog = agentPage.getByRole('alertdialog', { name: `Reset ${u2}'s usage?` });
    await expect(dialog.getByTestId('reset-what')).toContainText('48.00 MB used this period goes back to 0');
    await expect(dialog.getByTestId('reset-what')).toContainText('your charged usage is not lowered');
    await shot(agentPage, 'resets-agent-user-dialog');
    await dialog.getByRole('button', { name: 'Reset usage' }).click();
    await expect(dialog).toBeHidden();
    await expect(agentPage.getByTestId('notice')).toContainText(`Reset ${u2}: cleared 48.00 MB.`);
    await expect(row.getByTestId('user-usage')).toContainText('0 B of 5.00 GB');
    await shot(agentPage, 'resets-agent-users-after');
    await expect(dashboard.getByTestId(`top-user-${u2}`)).toHaveCount(0);
    await dashboard.close();

    // Turned off in another session while the page is open: the API refuses, the dialog says so.
    await updateSettings(await adminToken(), { agentsCanResetUsers: false });
    await row.getByRole('button', { name: `Reset usage of ${u2}` }).click();
    const refused = agentPage.getByRole('alertdialog', { name: `Reset ${u2}'s usage?` });
    await refused.getByRole('button', { name: 'Reset usage' }).click();
    await expect(refused.getByTestId('error-alert')).toContainText('FORBIDDEN');
    await expect(refused).toBeVisible();
    await shot(agentPage, 'resets-agent-forbidden');
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await expect(refused).toBeHidden();

    // After a reload the button is no longer offered.
    await agentPage.reload();
    await expect(row.getByTestId('user-usage')).toBeVisible();
    await expect(row.getByRole('button', { name: `Reset usage of ${u2}` })).toHaveCount(0);
  });
});
