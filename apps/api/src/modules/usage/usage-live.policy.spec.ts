import { UsageAudience, channelOf, channelsFor, decideAudience, receives } from './usage-live.policy';
import type { UsageUpdatedPayload } from './usage-live.topics';

const admin = { admin: true, accountId: 1 };
const agent7 = { admin: false, accountId: 7 };

describe('decideAudience', () => {
  it.each([
    ['admin, nothing', admin, {}, {}, { ok: true, audience: { kind: 'admin' } }],
    ['agent, nothing', agent7, {}, {}, { ok: true, audience: { kind: 'agent', agentId: 7 } }],
    ['agent, own user', agent7, { userId: 3 }, { userOwner: { agentId: 7 } }, { ok: true, audience: { kind: 'user', userId: 3 } }],
    ['agent, other agent’s user', agent7, { userId: 3 }, { userOwner: { agentId: 8 } }, { ok: false, code: 'FORBIDDEN' }],
    ['agent, admin-owned user', agent7, { userId: 3 }, { userOwner: { agentId: null } }, { ok: false, code: 'FORBIDDEN' }],
    ['agent, unknown user', agent7, { userId: 3 }, { userOwner: null }, { ok: false, code: 'FORBIDDEN' }],
    ['admin, any user', admin, { userId: 3 }, { userOwner: { agentId: 8 } }, { ok: true, audience: { kind: 'user', userId: 3 } }],
    ['admin, unknown user', admin, { userId: 3 }, { userOwner: null }, { ok: false, code: 'FORBIDDEN' }],
    ['agent, itself', agent7, { agentId: 7 }, { agentExists: true }, { ok: true, audience: { kind: 'agent', agentId: 7 } }],
    ['agent, another agent', agent7, { agentId: 8 }, { agentExists: true }, { ok: false, code: 'FORBIDDEN' }],
    ['admin, an agent', admin, { agentId: 8 }, { agentExists: true }, { ok: true, audience: { kind: 'agent', agentId: 8 } }],
    ['admin, unknown agent', admin, { agentId: 8 }, { agentExists: false }, { ok: false, code: 'FORBIDDEN' }],
    ['both ids', admin, { userId: 3, agentId: 8 }, {}, { ok: false, code: 'BAD_USER_INPUT' }],
    ['system without account', { admin: false, accountId: null }, {}, {}, { ok: false, code: 'FORBIDDEN' }],
  ] as const)('%s', (_name, caller, req, facts, expected) => {
    expect(decideAudience(caller, req, facts)).toMatchObject(expected);
  });
});

describe('channels and the scope filter agree', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const events: UsageUpdatedPayload[] = [
    { scope: 'USER', userId: 3, agentId: 7, up: '1', down: '1', used: '2', lifetime: '2', at },
    { scope: 'USER', userId: 4, agentId: null, up: '1', down: '1', used: '2', lifetime: '2', at },
    { scope: 'USER', userId: 5, agentId: 8, up: '1', down: '1', used: '2', lifetime: '2', at },
    { scope: 'AGENT', userId: null, agentId: 7, up: null, down: null, used: '2', lifetime: '2', at },
    { scope: 'AGENT', userId: null, agentId: 8, up: null, down: null, used: '2', lifetime: '2', at },
    { scope: 'GLOBAL', userId: null, agentId: null, up: '3', down: '3', used: '6', lifetime: '6', at },
  ];
  const audiences: UsageAudience[] = [
    { kind: 'admin' },
    { kind: 'agent', agentId: 7 },
    { kind: 'agent', agentId: 8 },
    { kind: 'user', userId: 3 },
    { kind: 'user', userId: 4 },
  ];

  it('an event is published on an audience’s channel exactly when the audience may receive it', () => {
    for (const a of audiences) {
      for (const e of events) expect([a, e, channelsFor(e).includes(channelOf(a))]).toEqual([a, e, receives(a, e)]);
    }
  });

  it('gives each audience what the contract says', () => {
    const heard = (a: UsageAudience) => events.filter((e) => receives(a, e)).map((e) => `${e.scope}:${e.userId ?? e.agentId ?? ''}`);
    expect(heard({ kind: 'admin' })).toEqual(['AGENT:7', 'AGENT:8', 'GLOBAL:']);
    expect(heard({ kind: 'agent', agentId: 7 })).toEqual(['USER:3', 'AGENT:7']);
    expect(heard({ kind: 'user', userId: 4 })).toEqual(['USER:4']);
  });
});
