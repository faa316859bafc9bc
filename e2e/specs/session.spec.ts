import { adminToken, createAgent, gql } from '../support/api';
import { unique } from '../support/env';
import { expect, test } from '../support/test';
import { shot, signIn } from '../support/ui';

test.describe('sessions', () => {
  test('an agent disabled by the admin is signed out of the portal', async ({ page }) => {
    const admin = await adminToken();
    const password = 'soon-disabled-123';
    const agent = await createAgent(admin, { username: unique('gone'), password });
    await signIn(page, agent.username, password, /\/agent$/);

    await gql('mutation($id: ID!) { updateAgent(id: $id, input: { status: DISABLED }) { id } }', { id: agent.id }, admin);
    await page.goto('/agent/users');
    await expect(page).toHaveURL(/\/login\?reason=expired/);
    await expect(page.getByRole('status')).toContainText('Your session has ended');
    await shot(page, 'login-session-ended');

    // And can't sign back in while disabled.
    await page.getByLabel('Username').fill(agent.username);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Invalid username or password');
  });

  test('the portal refuses GraphQL calls without a session or from another site', async ({ request }) => {
    const anon = await request.post('/api/graphql', { data: { query: '{ me { id } }' } });
    expect(anon.status()).toBe(401);
    expect(((await anon.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const cross = await request.post('/api/graphql', { data: { query: '{ me { id } }' }, headers: { origin: 'https://evil.example' } });
    expect(cross.status()).toBe(403);
  });
});
