import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../support/test';
import { adminToken, agentTraffic, createAgent } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GB, unique } from '../support/env';
import { formatBytes, MB } from '../support/bytes';
import { createSimRouter, deleteRouter, randomMac, sim } from '../support/routeros-sim';
import { navLink, shot, signIn } from '../support/ui';

/** Vouchers: a batch of hotspot logins for an agent, its CSV, its printable cards, and the quota it can't pass. */
test.describe('vouchers', () => {
  const routerName = unique('kiosk');
  let admin = '';
  let routerId = '';

  test.beforeAll(async () => {
    admin = await adminToken();
    routerId = (await createSimRouter(admin, routerName)).id;
  });

  test.afterAll(async () => {
    await deleteRouter(await adminToken(), routerId).catch(() => undefined);
  });

  test('the admin generates 20 vouchers for an agent, downloads them, prints them; an oversized batch is refused', async ({ page }) => {
    const agent = unique('kioskagent');
    const password = 'kiosk-agent-pass-1';
    const agentId = (await createAgent(admin, { username: agent, password, trafficLimit: (5n * GB).toString() })).id;

    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Vouchers').click();
    await expect(page).toHaveURL(/\/vouchers$/);
    await expect(page.getByRole('heading', { name: 'Vouchers', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Generate vouchers' }).first().click();
    const form = page.getByRole('dialog', { name: 'Generate vouchers' });
    await form.getByLabel('Router').selectOption({ label: routerName });
    await form.getByLabel('Agent').selectOption({ label: agent });
    await expect(form.getByTestId('allot-info')).toContainText(`${agent} can still allot 5.00 GB`);
    await form.getByLabel('How many').fill('20');
    await form.getByLabel('Speed').selectOption({ label: 'BASIC — ↓ 1M / ↑ 512K · 1 hour' });
    await form.getByLabel('Data per voucher').fill('0.1');
    await expect(form.getByTestId('voucher-total')).toHaveText('20 × 102.40 MB = 2.00 GB of 5.00 GB left.');
    await form.getByRole('group', { name: 'Validity presets' }).getByRole('button', { name: '30 days' }).click();
    await expect(form.getByLabel('Valid for')).toHaveValue('30d');
    const prefix = `k${Date.now().toString(36).slice(-4)}`;
    await form.getByLabel('Prefix').fill(prefix);
    await form.getByLabel('Code length').fill('6');
    await shot(page, 'vouchers-form');
    await form.getByRole('button', { name: 'Generate 20 vouchers' }).click();
    await expect(form).toBeHidden({ timeout: 20_000 });
    await expect(page.getByTestId('voucher-made')).toContainText(`20 vouchers made on ${routerName} for ${agent}`);

    const row = page.locator('[data-testid^="batch-row-"]').first();
    await expect(row).toContainText(agent);
    await expect(row.getByTestId('batch-count')).toHaveText('20');
    await expect(row.getByTestId('batch-profile')).toContainText('BASIC');
    await expect(row.getByTestId('batch-data')).toHaveText('102.40 MB');
    await expect(row.getByTestId('batch-validity')).toHaveText('30 days');
    await expect(row.getByTestId('batch-used')).toContainText('0 used · 20 unused');
    await shot(page, 'vouchers-list');

    // Each voucher is a hotspot user on the router.
    await expect.poll(async () => (await sim.state()).hotspotUsers.filter((u) => u.name.startsWith(prefix)).length, { timeout: 20_000 }).toBe(20);

    // The CSV: a header and one line per voucher.
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('batch-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^vouchers-.*\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    expect(csv).toHaveLength(21);
    expect(csv[0]).toBe('code,password,profile,data_limit_bytes,data_limit_gb,valid_until,router');
    expect(csv.slice(1).every((l) => l.startsWith(prefix) && l.includes(routerName))).toBe(true);

    // A customer logs in with the first code and browses: the batch shows it used, live.
    const [firstCode, firstPassword] = csv[1].split(',');
    const mac = randomMac();
    await sim.hotspotLogin({ user: firstCode, password: firstPassword || undefined, macAddress: mac, address: '10.5.70.10' });
    try {
      await sim.traffic(mac, Number(MB), 5 * Number(MB));
      await expect(row.getByTestId('batch-used')).toContainText('1 used · 19 unused', { timeout: 30_000 });
    } finally {
      await sim.endSession(mac).catch(() => undefined);
    }

    // The printable page: one card per code, big and monospace, with speed, data and validity.
    await row.getByTestId('batch-print').click();
    await expect(page).toHaveURL(/\/vouchers\/[^/]+\/print$/);
    const cards = page.getByTestId('voucher-card');
    await expect(cards).toHaveCount(20);
    const code = (await cards.first().getByTestId('voucher-code').innerText()).trim();
    expect(code).toMatch(new RegExp(`^${prefix}[a-z0-9]{6}$`));
    expect(csv.some((l) => l.startsWith(`${code},`))).toBe(true);
    await expect(cards.first()).toContainText(routerName);
    await expect(cards.first()).toContainText('↓ 1M / ↑ 512K');
    await expect(cards.first()).toContainText('102.40 MB');
    await expect(page.getByTestId('print-button')).toBeVisible();
    await shot(page, 'vouchers-print');
    // On paper: no sidebar, no toolbar, 3 cards a row.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sidebar')).toBeHidden();
    await expect(page.getByTestId('print-button')).toBeHidden();
    const boxes = await Promise.all([0, 1, 2, 3].map(async (i) => (await cards.nth(i).boundingBox())!));
    expect(Math.abs(boxes[0].y - boxes[2].y)).toBeLessThan(1);
    expect(boxes[3].y).toBeGreaterThan(boxes[0].y);
    await shot(page, 'vouchers-print-paper');
    // As a PDF on A4: 20 cards fit on one page (3 × 8 = 24).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: path.resolve(__dirname, '..', 'screenshots', 'vouchers-print.pdf') });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // More than the agent has left (5 GB less what the first voucher moved): refused with what still fits, and nothing is made.
    const left = BigInt((await agentTraffic(admin, agentId)).remaining!);
    await page.goBack();
    await expect(page).toHaveURL(/\/vouchers$/);
    await page.getByRole('button', { name: 'Generate vouchers' }).first().click();
    const big = page.getByRole('dialog', { name: 'Generate vouchers' });
    await big.getByLabel('Router').selectOption({ label: routerName });
    await big.getByLabel('Agent').selectOption({ label: agent });
    await big.getByLabel('How many').fill('100');
    await big.getByLabel('Data per voucher').fill('1');
    await expect(big.getByTestId('voucher-total')).toHaveText(`100 × 1.00 GB = 100.00 GB, more than the ${formatBytes(left)} left.`);
    await big.getByRole('button', { name: 'Generate 100 vouchers' }).click();
    await expect(big.getByTestId('error-alert')).toContainText('LIMIT_EXCEEDED');
    await expect(big.getByTestId('error-alert')).toContainText(`Not enough traffic left: ${agent} can still allot ${formatBytes(left)}; 100 × 1.00 GB = 100.00 GB doesn't fit.`);
    await expect(big.getByText(`At most ${formatBytes(left / 100n)} each for 100 vouchers.`)).toBeVisible();
    await shot(page, 'vouchers-quota-error');
    await big.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('[data-testid^="batch-row-"]').filter({ hasText: agent })).toHaveCount(1);
    expect((await sim.state()).hotspotUsers.filter((u) => u.name.startsWith(prefix)).length).toBe(20);

    // The agent sees its batch on its own Vouchers page, and can print it there.
    const agentPage = await page.context().browser()!.newPage();
    try {
      await signIn(agentPage, agent, password, /\/agent$/);
      await navLink(agentPage, 'Vouchers').click();
      await expect(agentPage).toHaveURL(/\/agent\/vouchers$/);
      const mine = agentPage.locator('[data-testid^="batch-row-"]');
      await expect(mine).toHaveCount(1);
      await expect(mine.getByTestId('batch-count')).toHaveText('20');
      await mine.getByTestId('batch-print').click();
      await expect(agentPage).toHaveURL(/\/agent\/vouchers\/[^/]+\/print$/);
      await expect(agentPage.getByTestId('voucher-card')).toHaveCount(20);
    } finally {
      await agentPage.close();
    }
  });
});
