import { readFile } from 'node:fs/promises';
import { expect, test } from '../support/test';
import { adminToken, createServer, gql, resetSchedules } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe.configure({ mode: 'serial' });

test.describe('reset schedules and traffic reports', () => {
  const serverName = unique('sched-node');

  test.beforeAll(async () => {
    await createServer(await adminToken(), serverName);
  });

  test.afterAll(async () => {
    const admin = await adminToken();
    for (const s of await resetSchedules(admin)) {
      if (s.name.startsWith('e2e-')) await gql('mutation($id: ID!) { deleteResetSchedule(id: $id) }', { id: s.id }, admin);
    }
  });

  test('a schedule: cron in words with its next runs in the zone, an invalid cron inline, listed, turned off', async ({ page }) => {
    const name = unique('e2e-monthly');
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Resets').click();
    const card = page.getByTestId('reset-schedules');
    await card.getByRole('button', { name: 'New schedule' }).first().click();
    const form = page.getByRole('dialog', { name: 'New schedule' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('What to reset').selectOption('SERVER');
    await form.getByLabel('Server').selectOption({ label: serverName });

    // A wrong cron: the API's message under the field, no runs.
    const cron = form.getByLabel('When (cron)');
    await cron.fill('every day at 3');
    await expect(form.locator('#schedule-cron-error')).toBeVisible();
    await expect(form.locator('#schedule-cron-error')).not.toBeEmpty();
    await expect(form.getByTestId('cron-preview')).toHaveAttribute('data-state', 'invalid');
    await expect(form.getByTestId('cron-next-runs')).toHaveCount(0);
    await shot(page, 'resets-schedule-invalid-cron');

    await cron.fill('0 3 1 * *');
    await form.getByLabel('Time zone').fill('Asia/Tehran');
    await expect(form.locator('#schedule-cron-error')).toHaveCount(0);
    await expect(form.getByTestId('cron-description')).toHaveText('At 03:00, on day 1 of the month');
    const runs = form.getByTestId('cron-next-runs').getByRole('listitem');
    await expect(runs).toHaveCount(5);
    for (const run of await runs.all()) await expect(run).toHaveText(/^\w{3}, 01 \w{3} \d{4}, 03:00$/);
    await expect(form.getByTestId('cron-preview')).toContainText('Asia/Tehran time');
    await form.getByLabel('Reason (optional)').fill('e2e: monthly plan');
    await shot(page, 'resets-schedule-modal');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText(`Schedule ${name} created; first run`);

    const row = card.getByTestId(`schedule-row-${name}`);
    await expect(row).toContainText('At 03:00, on day 1 of the month');
    await expect(row).toContainText('Asia/Tehran');
    await expect(row).toContainText(serverName);
    await expect(row.getByTestId('schedule-next')).toContainText(/01 \w{3} \d{4}, 03:00/);
    await expect(row.getByTestId('schedule-last')).toHaveText('Not yet');
    const toggle = row.getByRole('switch', { name: `Schedule ${name} enabled` });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await shot(page, 'resets-schedules');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(row.getByTestId('schedule-next')).toHaveText('Paused');
    await expect(page.getByTestId('notice')).toContainText(`Schedule ${name} is off`);
    const saved = (await resetSchedules(await adminToken())).find((s) => s.name === name);
    expect(saved).toMatchObject({ enabled: false, cron: '0 3 1 * *', timeZone: 'Asia/Tehran' });

    // Still off after a reload; then deleted after a confirmation.
    await page.reload();
    await expect(row.getByRole('switch', { name: `Schedule ${name} enabled` })).toHaveAttribute('aria-checked', 'false');
    await row.getByRole('button', { name: `Delete schedule ${name}` }).click();
    await page.getByRole('alertdialog', { name: `Delete the schedule ${name}?` }).getByRole('button', { name: 'Delete schedule' }).click();
    await expect(row).toHaveCount(0);
  });

  test('reports: created on demand, downloaded as CSV through the portal', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await page.goto('/resets');
    const card = page.getByTestId('traffic-reports');
    await card.getByRole('button', { name: 'Create report now' }).first().click();
    await expect(page.getByTestId('notice')).toContainText(/Report created: \d+ users?, .+ this period\./);
    const row = card.locator('[data-testid^="report-row-"]').first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('On demand');
    await page.mouse.move(5, 700);
    await shot(page, 'resets-page');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    // A header: column names, none of them a number.
    const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    expect(columns.length).toBeGreaterThan(1);
    for (const c of columns) expect(c).toMatch(/^[A-Za-z_][\w .()-]*$/);
    expect(lines.filter((l) => l.trim()).length).toBeGreaterThan(0);

    const [json] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Download JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    expect(() => JSON.parse(csv)).toThrow();
    expect(typeof JSON.parse(await readFile(await json.path(), 'utf8'))).toBe('object');
  });
});
