import { expect, test } from '../support/test';
import { adminToken, createAgent, createUser } from '../support/api';
import { unique } from '../support/env';
import { createSimRouter, deleteRouter, randomMac, sessionRow, sim } from '../support/routeros-sim';
import { navLink, shot, signIn } from '../support/ui';

/** The agent's Bandwidth page: its own users online on a (simulated) MikroTik, and their speed limits. */
test.describe('bandwidth as an agent', () => {
  const routerName = unique('agent-hotspot');
  let admin = '';
  let routerId = '';

  test.beforeAll(async () => {
    admin = await adminToken();
    routerId = (await createSimRouter(admin, routerName)).id;
  });

  test.afterAll(async () => {
    await deleteRouter(await adminToken(), routerId).catch(() => undefined);
  });

  test("an agent sees only its own users' sessions and limits them", async ({ page }) => {
    const agent = unique('bwagent');
    const password = 'bw-agent-pass-123';
    const agentId = (await createAgent(admin, { username: agent, password })).id;
    const mine = unique('carol');
    const myMac = randomMac();
    await createUser(admin, { username: mine, agentId, macAddress: myMac });
    const away = unique('erin');
    const awayMac = randomMac();
    await createUser(admin, { username: away, agentId, macAddress: awayMac });
    const strangerMac = randomMac();
    await sim.addSession({ user: mine, address: '10.5.50.21', macAddress: myMac });
    await sim.addSession({ user: unique('stranger'), address: '10.5.50.22', macAddress: strangerMac });
    await sim.rate(myMac, 200_000, 900_000);
    try {
      await signIn(page, agent, password, /\/agent$/);
      await navLink(page, 'Bandwidth').click();
      await expect(page).toHaveURL(/\/agent\/bandwidth/);
      await expect(page.getByTestId('routers-card')).toHaveCount(0);
      await expect(page.getByTestId('profiles-card')).toHaveCount(0);
      await page.getByTestId('router-picker').getByRole('button', { name: routerName }).click();
      const row = sessionRow(page, myMac);
      await expect(row).toContainText(mine);
      await expect(sessionRow(page, strangerMac)).toHaveCount(0);

      await row.getByRole('button', { name: `Set limit for ${mine}` }).click();
      const dialog = page.getByRole('dialog', { name: `Set a limit for ${mine}` });
      await dialog.getByTestId('preset-PREMIUM').click();
      await dialog.getByRole('button', { name: 'Apply limit' }).click();
      await expect(row.getByTestId('limit-state')).toHaveText('Applied', { timeout: 15_000 });
      await expect.poll(async () => (await sim.queueFor(myMac))?.maxLimit, { timeout: 10_000 }).toBe('5000000/10000000');
      await expect(page.getByTestId(`limit-row-${myMac}`)).toBeVisible();
      await shot(page, 'bandwidth-agent');

      await row.getByRole('button', { name: `Remove limit of ${mine}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove limit' }).click();
      await expect.poll(async () => (await sim.queueFor(myMac)) ?? null, { timeout: 10_000 }).toBeNull();

      // A limit for one of its users who isn't online: picked by name, it waits for the device.
      await page.getByTestId('limits-card').getByRole('button', { name: 'Add limit' }).click();
      const add = page.getByRole('dialog', { name: 'Add a speed limit' });
      await expect(add.getByRole('button', { name: 'A MAC address' })).toHaveCount(0);
      await add.getByRole('button', { name: 'Apply limit' }).click();
      await expect(add.getByText('Pick the user to limit')).toBeVisible();
      await add.getByRole('combobox', { name: 'Find a user' }).fill(away);
      await add.getByRole('option', { name: new RegExp(away) }).click();
      await expect(add.getByTestId('limit-user')).toContainText(away);
      await add.getByTestId('preset-STANDARD').click();
      await shot(page, 'bandwidth-agent-add-limit');
      await add.getByRole('button', { name: 'Apply limit' }).click();
      await expect(add).toBeHidden();
      const waiting = page.getByTestId(`limit-row-${awayMac}`);
      await expect(waiting).toContainText(away);
      await expect(waiting.getByTestId('limit-state')).toHaveText('Waiting');
      await waiting.getByRole('button', { name: `Remove limit of ${away}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove limit' }).click();
      await expect(waiting).toHaveCount(0);
    } finally {
      await sim.rate(myMac, 0, 0).catch(() => undefined);
      await sim.endSession(myMac).catch(() => undefined);
      await sim.endSession(strangerMac).catch(() => undefined);
    }
  });
});
