/** The operators' command line for connectors, through a real process and the same services as the API. */
import type { PanelSimulator } from '@tm/panel-sim';
import { runCli } from '../support/cli';
import { makeAgent } from '../support/factories';
import { MARZBAN, PANEL_ADMIN, startPanel } from '../support/panels';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';

jest.setTimeout(120_000);

describe(`connectors on the command line (${TEST_DB})`, () => {
  let app: TestApp;
  let sim: PanelSimulator;

  const cli = (...args: string[]) => runCli(app.db.url, {}, ...args);

  beforeAll(async () => {
    sim = await startPanel(MARZBAN);
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    await sim.stop();
  });

  it('adds, tests, syncs, imports for an agent, lists and removes a panel', async () => {
    sim.addUser({ key: 'cli-user-1', dataLimit: 1024 ** 3 });
    sim.addUser({ key: 'cli-user-2' });
    const agent = await makeAgent(app);
    expect(await cli('add-connector', 'cli-panel', 'marzban', sim.url, PANEL_ADMIN.username, PANEL_ADMIN.password, '30')).toEqual({ code: 0, out: expect.stringMatching(/^connector \d+ "cli-panel" added\n$/) });
    expect(await cli('test-connector', 'cli-panel')).toEqual({ code: 0, out: expect.stringMatching(/^cli-panel: ok, version 0\.8\.4, 2 users, \d+ ms\n$/) });
    expect(await cli('import-connector-users', 'cli-panel', agent.username)).toEqual({ code: 0, out: '2 imported, 0 skipped, 0 still none of ours\n' });
    sim.addTraffic('cli-user-1', 100, 900);
    const synced = await cli('sync-connector', 'cli-panel');
    expect(synced).toEqual({ code: 0, out: 'cli-panel: 2 panel users, 1 samples (1000 bytes), 0 none of ours; 0 disabled, 0 enabled, 0 resets, 0 refused\n' });
    const users = ok(await app.gql('query($a: ID) { users(filter: { agentId: $a }) { nodes { username lifetime } } }', { a: agent.id }, { token: app.adminToken })).users.nodes;
    expect(users).toEqual(expect.arrayContaining([{ username: 'cli-user-1', lifetime: '1000' }]));
    expect(await cli('list-connectors')).toMatchObject({ code: 0, out: expect.stringContaining(`cli-panel\tMARZBAN\t${sim.url}\tONLINE`) });
    expect(await cli('remove-connector', 'cli-panel')).toMatchObject({ code: 0 });
    expect((await cli('test-connector', 'cli-panel')).out).toContain('no connector "cli-panel"');
  });
});
