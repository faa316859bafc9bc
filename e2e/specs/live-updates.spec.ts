import { expect, test } from '../support/test';
import { adminToken, createAgent, createUser, deleteUser, login, updateUser } from '../support/api';
import { GB, unique } from '../support/env';
import { navLink, shot, signIn } from '../support/ui';

test.describe('live updates over graphql-ws', () => {
  const agent = unique('live');
  const password = 'live-pass-12345';
  let agentId = '';

  test.beforeAll(async () => {
    agentId = (await createAgent(await adminToken(), { username: agent, password, trafficLimit: (100n * GB).toString() })).id;
  });

  test("the agent's list follows changes made in another session", async ({ page }) => {
    await signIn(page, agent, password, /\/agent$/);
    await page.goto('/agent/users');
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

    // Another session (the agent's own token, via the API directly) creates, updates, deletes.
    const { token } = await login(agent, password);
    const name = unique('carol');
    const user = await createUser(token, { username: name, dataLimit: (3n * GB).toString() });
    const row = page.getByTestId(`user-row-${name}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('user-usage')).toContainText('of 3.00 GB');
    await shot(page, 'live-created');

    await updateUser(token, user.id, { status: 'DISABLED', dataLimit: (4n * GB).toString() });
    await expect(row.getByTestId('user-status')).toHaveText('Disabled');
    await expect(row.getByTestId('user-usage')).toContainText('of 4.00 GB');

    await deleteUser(token, user.id);
    await expect(row).toBeHidden();
  });

  test("the admin's users page shows owners, filters by agent and follows changes", async ({ page }) => {
    const admin = await adminToken();
    const mine = unique('dave');
    await createUser(admin, { username: mine, agentId, dataLimit: (2n * GB).toString() });

    await signIn(page, 'admin', 'admin-pass-e2e-123', /\/dashboard$/);
    await navLink(page, 'Users').click();
    await expect(page).toHaveURL(/\/users$/);
    const row = page.getByTestId(`user-row-${mine}`);
    await expect(row).toContainText(agent); // owner column
    await page.getByLabel('Owner').selectOption({ label: agent });
    await expect(page).toHaveURL(new RegExp(`agent=${agentId}`));
    await expect(row).toBeVisible();
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');

    // The agent creates a user elsewhere: it appears in the admin's filtered list.
    const { token } = await login(agent, password);
    const theirs = unique('erin');
    await createUser(token, { username: theirs, dataLimit: (1n * GB).toString() });
    await expect(page.getByTestId(`user-row-${theirs}`)).toBeVisible();
    await shot(page, 'admin-users-filtered');

    // Search narrows the list through the URL.
    await page.getByLabel('Search users').fill(theirs);
    await expect(page).toHaveURL(new RegExp(`q=${theirs}`));
    await expect(page.getByTestId(`user-row-${theirs}`)).toBeVisible();
    await expect(row).toBeHidden();
    await page.getByLabel('Search users').fill('no-such-user-anywhere');
    await expect(page.getByTestId('empty-state')).toContainText('No users match');
    await shot(page, 'admin-users-no-match');
  });
});
