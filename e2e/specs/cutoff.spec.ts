import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { adminToken, createAgent, createSpeedProfile, createUser, routerLogins, setAgentTrafficLimit } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GB, unique } from '../support/env';
import { MB } from '../support/bytes';
import { createSimRouter, deleteRouter, randomMac, sessionRow, sim } from '../support/routeros-sim';
import { navLink, shot, signIn } from '../support/ui';

function alertRow(page: Page, subject: string, threshold: number) {
  return page.locator(`[data-testid^="alert-row-"][data-subject="${subject}"][data-threshold="${threshold}"]`);
}

/**
 * Over the line, service stops on the router: an agent whose hotspot users move past its limit has
 * their logins disabled and sessions kicked ("Cut off on routers"); raising the limit lets them back
 * in. An agent set to slow down keeps its user online at the throttle speed instead.
 */
test.describe('cut off on the routers', () => {
  const routerName = unique('cafe-gw');
  let admin = '';
  let routerId = '';
  const macs: string[] = [];

  test.beforeAll(async () => {
    admin = await adminToken();
    routerId = (await createSimRouter(admin, routerName)).id;
  });

  test.afterAll(async () => {
    for (const mac of macs) await sim.endSession(mac).catch(() => undefined);
    await deleteRouter(await adminToken(), routerId).catch(() => undefined);
  });

  test('an agent over its limit: its hotspot users are cut off, and let back in when the limit is raised', async ({ page }) => {
    // An agent with 100 MB to sell, two of its customers online on the hotspot with their own logins.
    const agent = unique('cafe');
    const agentId = (await createAgent(admin, { username: agent, password: 'cafe-agent-pass-1', trafficLimit: (100n * MB).toString() })).id;
    const people = [0, 1].map((i) => ({ name: unique(`guest${i}`), password: `pw-${i}-${Date.now()}`, mac: randomMac(), address: `10.5.60.${11 + i}` }));
    for (const p of people) {
      await createUser(admin, { username: p.name, agentId, dataLimit: (100n * MB).toString(), macAddress: p.mac });
      await sim.addHotspotUser({ name: p.name, password: p.password });
      await sim.hotspotLogin({ user: p.name, password: p.password, macAddress: p.mac, address: p.address });
      macs.push(p.mac);
    }

    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Bandwidth').click();
    await page.getByTestId('router-picker').getByRole('button', { name: routerName }).click();
    const card = page.getByTestId('cutoff-card');
    await expect(card.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
    for (const p of people) {
      await expect(sessionRow(page, p.mac)).toContainText(p.name);
      await expect(card.getByTestId(`cutoff-row-${p.name}`)).toHaveCount(0);
    }

    // 60 MB each through the router: 120 MB of the agent's 100 MB. The next poll counts it, enforcement cuts them off.
    for (const p of people) await sim.traffic(p.mac, 10 * Number(MB), 50 * Number(MB));
    for (const p of people) {
      const row = card.getByTestId(`cutoff-row-${p.name}`);
      await expect(row).toBeVisible({ timeout: 30_000 });
      await expect(row).toContainText(routerName);
      await expect(row.getByTestId('cutoff-kind')).toHaveText('Hotspot');
      await expect(row.getByTestId('cutoff-reason')).toHaveText('Suspended by agent limit');
      await expect(row.getByTestId('cutoff-state')).toHaveText('Disabled on router', { timeout: 15_000 });
    }
    // On the router: the hotspot users are disabled and their sessions are gone (kicked).
    for (const p of people) {
      await expect.poll(async () => (await sim.hotspotUser(p.name))?.disabled, { timeout: 15_000 }).toBe(true);
      await expect.poll(() => sim.hasSession(p.mac), { timeout: 15_000 }).toBe(false);
      await expect(sessionRow(page, p.mac)).toHaveCount(0, { timeout: 15_000 });
    }
    // A cut-off login can't come back by itself.
    await expect(sim.hotspotLogin({ user: people[0].name, password: people[0].password, macAddress: people[0].mac, address: people[0].address })).rejects.toThrow(/409/);
    await expect(card.getByTestId('cutoff-count')).toContainText(String(people.length));
    await page.mouse.move(5, 700);
    await shot(page, 'cutoff-bandwidth');

    // The agent sees the same on its own Bandwidth page.
    const agentPage = await page.context().browser()!.newPage();
    try {
      await signIn(agentPage, agent, 'cafe-agent-pass-1', /\/agent$/);
      await navLink(agentPage, 'Bandwidth').click();
      const mine = agentPage.getByTestId('cutoff-card');
      for (const p of people) await expect(mine.getByTestId(`cutoff-row-${p.name}`)).toContainText('Suspended by agent limit');
      await shot(agentPage, 'cutoff-bandwidth-agent');
    } finally {
      await agentPage.close();
    }

    // Raising the limit resumes them: the logins are enabled again and leave the list, live.
    await setAgentTrafficLimit(admin, agentId, (10n * GB).toString());
    for (const p of people) {
      await expect(card.getByTestId(`cutoff-row-${p.name}`)).toHaveCount(0, { timeout: 30_000 });
      await expect.poll(async () => (await sim.hotspotUser(p.name))?.disabled, { timeout: 15_000 }).toBe(false);
    }
    await expect(card.getByTestId('empty-state')).toContainText('No one is cut off');
    expect((await routerLogins(admin, routerId)).filter((l) => people.some((p) => p.name === l.username) && l.held)).toEqual([]);
    // They can log in again.
    await sim.hotspotLogin({ user: people[0].name, password: people[0].password, macAddress: people[0].mac, address: people[0].address });
    await expect(sessionRow(page, people[0].mac)).toBeVisible({ timeout: 15_000 });

    // The 100 % alert says what the line did.
    await page.goto('/alerts?show=all&kind=AGENT');
    await expect(alertRow(page, agent, 100).getByTestId('alert-action')).toHaveText(': its users cut off');
  });

  test('an agent set to slow down: over its limit its user stays online, throttled', async ({ page }) => {
    const slow = await createSpeedProfile(admin, { name: unique('CRAWL').toUpperCase(), up: '256K', down: '512K' });
    const agent = unique('slowcafe');
    const agentId = (await createAgent(admin, { username: agent, password: 'slow-cafe-pass-1', trafficLimit: (50n * MB).toString(), overLimitAction: 'THROTTLE', throttleProfileId: slow.id })).id;
    const p = { name: unique('sipper'), password: 'sipper-pw-1', mac: randomMac(), address: '10.5.60.31' };
    await createUser(admin, { username: p.name, agentId, dataLimit: (50n * MB).toString(), macAddress: p.mac });
    await sim.addHotspotUser({ name: p.name, password: p.password });
    await sim.hotspotLogin({ user: p.name, password: p.password, macAddress: p.mac, address: p.address });
    macs.push(p.mac);

    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
    await navLink(page, 'Bandwidth').click();
    await page.getByTestId('router-picker').getByRole('button', { name: routerName }).click();
    const row = sessionRow(page, p.mac);
    await expect(row).toContainText(p.name);
    await expect(row.getByTestId('session-throttled')).toHaveCount(0);

    // 60 MB against the agent's 50 MB: over the line, yet still online — at the throttle speed.
    await sim.traffic(p.mac, 0, 60 * Number(MB));
    await expect(row.getByTestId('session-throttled')).toBeVisible({ timeout: 30_000 });
    await expect(row.getByTestId('session-limit')).toHaveText('↓ 512K / ↑ 256K', { timeout: 15_000 });
    await expect.poll(async () => (await sim.queueFor(p.mac))?.maxLimit, { timeout: 15_000 }).toBe('256000/512000');
    expect(await sim.hasSession(p.mac)).toBe(true);
    expect((await sim.hotspotUser(p.name))?.disabled).toBe(false);
    await expect(page.getByTestId('cutoff-card').getByTestId(`cutoff-row-${p.name}`)).toHaveCount(0);
    await page.mouse.move(5, 700);
    await shot(page, 'cutoff-throttled-session');

    await page.goto('/alerts?show=all&kind=AGENT');
    await expect(alertRow(page, agent, 100).getByTestId('alert-action')).toHaveText(': its users slowed down');
  });
});
