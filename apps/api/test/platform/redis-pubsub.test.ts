import { makeAgent, makeUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_DB } from '../support/test-db';
import { subscribe } from '../support/ws-client';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe(`two API instances on one Redis (${TEST_DB})`, () => {
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    one = await startTestApp({ env: { REDIS_URL } });
    two = await startTestApp({ env: { REDIS_URL }, db: one.db });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('an event published on one instance reaches a subscriber of the other', async () => {
    expect(one.c.pubsub.kind).toBe('redis');
    const agent = await makeAgent(one);
    const tokenOnTwo = await two.login(agent.username, agent.password);
    const sub = await subscribe(two.wsUrl, 'subscription { userChanged { kind userId } }', tokenOnTwo);
    try {
      const u = await makeUser(one, agent.as);
      expect((await sub.next()).userChanged).toEqual({ kind: 'CREATED', userId: u.id });
    } finally {
      await sub.close();
    }
  });
});
