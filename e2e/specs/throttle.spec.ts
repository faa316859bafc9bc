import { expect, test } from '../support/test';
import { adminToken, createServer, createSpeedProfile, gql, postTraffic, userChoice } from '../support/api';
import { ADMIN_PASSWORD, ADMIN_USERNAME, unique } from '../support/env';
import { MB } from '../support/bytes';
import { navLink, shot, signIn } from '../support/ui';

/**
 * Over the limit: cut off or slow down. The admin sets THROTTLE + a speed profile on an agent and
 * on a user, both are kept after a reload, and a user over its data limit reads "Throttled".
 */
test('an agent and a user set to slow down to a speed profile instead of being cut off', async ({ page }) => {
  const admin = await adminToken();
  const slow = await createSpeedProfile(admin, { name: unique('SLOW').toUpperCase(), up: '256K', down: '512K' });
  const agent = unique('slowagent');
  const user = unique('slowuser');

  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, /\/dashboard$/);
  await navLink(page, 'Agents').click();
  await page.getByRole('button', { name: 'New agent' }).click();
  const form = page.getByRole('dialog', { name: 'New agent' });
  await form.getByLabel('Username').fill(agent);
  await form.getByLabel('Password').fill('slow-agent-pass-1');
  await form.getByLabel('Traffic limit').fill('10');
  const over = form.getByRole('radiogroup', { name: 'Over the limit' });
  // Cut off is the default; slowing down needs a profile.
  await expect(over.getByRole('radio', { name: 'Cut off' })).toHaveAttribute('aria-checked', 'true');
  await over.getByRole('radio', { name: 'Slow down' }).click();
  await form.getByRole('button', { name: 'Create agent' }).click();
  await expect(form.getByText('Pick the speed to slow down to')).toBeVisible();
  await form.getByLabel('Slow down to').selectOption({ label: `${slow.name} — ↓ 512K / ↑ 256K` });
  await expect(form.getByTestId('agent-over-limit-explain')).toContainText('stays online');
  await shot(page, 'throttle-agent-form');
  await form.getByRole('button', { name: 'Create agent' }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId(`agent-row-${agent}`);
  await expect(row.getByTestId('agent-over-limit')).toHaveText('Throttles to ↓512K ↑256K');

  // Kept after a reload, and shown again in the edit form.
  await page.reload();
  await expect(row.getByTestId('agent-over-limit')).toHaveText('Throttles to ↓512K ↑256K');
  await row.getByRole('button', { name: `Edit ${agent}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${agent}` });
  await expect(edit.getByRole('radiogroup', { name: 'Over the limit' }).getByRole('radio', { name: 'Slow down' })).toHaveAttribute('aria-checked', 'true');
  await expect(edit.getByLabel('Slow down to')).toHaveValue(slow.id);
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await shot(page, 'throttle-agents');

  // A user of that agent: "As agent" by default says what the agent does; its own choice wins over its data limit.
  await navLink(page, 'Users').click();
  await page.getByRole('button', { name: 'New user' }).first().click();
  const uform = page.getByRole('dialog', { name: 'New user' });
  await uform.getByLabel('Username').fill(user);
  await uform.getByLabel('Agent').selectOption({ label: agent });
  await uform.getByLabel('Data limit').fill('0.05');
  const uover = uform.getByRole('radiogroup', { name: 'When its data runs out' });
  await expect(uover.getByRole('radio', { name: 'As agent (default)' })).toHaveAttribute('aria-checked', 'true');
  await expect(uform.getByTestId('user-over-limit-explain')).toHaveText('Does what its agent does: throttles to ↓512K ↑256K.');
  await uover.getByRole('radio', { name: 'Slow down' }).click();
  await uform.getByLabel('Slow down to').selectOption({ label: 'BASIC — ↓ 1M / ↑ 512K' });
  await shot(page, 'throttle-user-form');
  await uform.getByRole('button', { name: 'Create user' }).click();
  await expect(uform).toBeHidden();
  const urow = page.getByTestId(`user-row-${user}`);
  await expect(urow.getByTestId('user-over-limit')).toHaveText('Throttles to ↓1M ↑512K');

  await page.reload();
  await expect(urow.getByTestId('user-over-limit')).toHaveText('Throttles to ↓1M ↑512K');
  await urow.getByRole('button', { name: `Edit ${user}` }).click();
  const uedit = page.getByRole('dialog', { name: `Edit ${user}` });
  await expect(uedit.getByRole('radiogroup', { name: 'When its data runs out' }).getByRole('radio', { name: 'Slow down' })).toHaveAttribute('aria-checked', 'true');
  const basicId = (await gql<{ speedProfiles: { id: string; name: string }[] }>('{ speedProfiles { id name } }', {}, admin)).speedProfiles.find((p) => p.name === 'BASIC')!.id;
  await expect(uedit.getByLabel('Slow down to')).toHaveValue(basicId);
  await uedit.getByRole('button', { name: 'Cancel' }).click();
  const userId = (await gql<{ users: { nodes: { id: string }[] } }>('query($s: String) { users(filter: { search: $s }) { nodes { id } } }', { s: user }, admin)).users.nodes[0].id;
  expect(await userChoice(admin, userId)).toMatchObject({ overLimitAction: 'THROTTLE', throttleProfileId: basicId, throttled: false });

  // Over its own 50 MB: LIMITED, but slowed down rather than cut off — the row says "Throttled" and at what speed.
  const source = await createServer(admin, unique('throttle-src'));
  expect((await postTraffic(source.token, { id: unique('t'), user_token: user, bytes_uploaded: '0', bytes_downloaded: (60n * MB).toString() })).status).toBe(200);
  await expect(urow.getByTestId('user-status')).toHaveText('Throttled', { timeout: 15_000 });
  await expect(urow.getByTestId('user-throttle')).toHaveText('↓1M ↑512K · over its data limit');
  expect(await userChoice(admin, userId)).toMatchObject({ status: 'LIMITED', throttled: true });
  await shot(page, 'throttle-users');

  // Back to cutting off: the badge follows, and after a reload too.
  await urow.getByRole('button', { name: `Edit ${user}` }).click();
  await uedit.getByRole('radiogroup', { name: 'When its data runs out' }).getByRole('radio', { name: 'Cut off' }).click();
  await uedit.getByRole('button', { name: 'Save changes' }).click();
  await expect(uedit).toBeHidden();
  await expect(urow.getByTestId('user-over-limit')).toHaveText('Cuts off');
  await page.reload();
  await expect(urow.getByTestId('user-over-limit')).toHaveText('Cuts off');
  await expect(urow.getByTestId('user-status')).toHaveText('Limited');
  expect(await userChoice(admin, userId)).toMatchObject({ overLimitAction: 'SUSPEND', throttleProfileId: null, throttled: false });
});
