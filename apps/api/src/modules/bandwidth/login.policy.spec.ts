import { RouterLoginKind } from '@tm/shared';
import { KnownLogin, LoginPeople, planLogins, type LoginPlanInput } from './login.policy';

const people = (entries: Record<string, { userId: number; cut: boolean }>, macs: Record<string, string> = {}): LoginPeople => ({
  byName: (name) => entries[name],
  ownerOf: (login, mac) => entries[login] ?? (mac && macs[mac] ? entries[macs[mac]] : undefined),
  gone: (userId) => !Object.values(entries).some((e) => e.userId === userId),
});

const base = (over: Partial<LoginPlanInput>): LoginPlanInput => ({
  hotspotUsers: [],
  pppSecrets: [],
  hotspotSessions: [],
  pppSessions: [],
  known: [],
  people: people({}),
  ...over,
});

const held = (name: string, kind: RouterLoginKind = RouterLoginKind.HOTSPOT, extra: Partial<KnownLogin> = {}): KnownLogin => ({
  kind,
  name,
  userId: 1,
  held: true,
  create: null,
  ...extra,
});

describe('planLogins', () => {
  it('cut: an enabled login is disabled and held, its sessions (by login or by MAC) are kicked', () => {
    const plan = planLogins(
      base({
        hotspotUsers: [{ id: '*1', name: 'alice', disabled: false }],
        pppSecrets: [{ id: '*7', name: 'alice', disabled: false }],
        hotspotSessions: [
          { id: '*A', user: 'alice', macAddress: 'AA:00:00:00:00:01' },
          { id: '*B', user: 'AA:00:00:00:00:02', macAddress: 'AA:00:00:00:00:02' },
          { id: '*C', user: 'bob', macAddress: 'AA:00:00:00:00:03' },
        ],
        pppSessions: [{ id: '*P', name: 'alice', macAddress: null }],
        people: people({ alice: { userId: 1, cut: true }, bob: { userId: 2, cut: false } }, { 'AA:00:00:00:00:02': 'alice' }),
      }),
    );
    expect(plan.actions).toEqual([
      { kind: 'disable', menu: '/ip/hotspot/user', id: '*1', login: { kind: 'HOTSPOT', name: 'alice', userId: 1 } },
      { kind: 'disable', menu: '/ppp/secret', id: '*7', login: { kind: 'PPP', name: 'alice', userId: 1 } },
      { kind: 'kick', menu: '/ip/hotspot/active', id: '*A', userId: 1 },
      { kind: 'kick', menu: '/ip/hotspot/active', id: '*B', userId: 1 },
      { kind: 'kick', menu: '/ppp/active', id: '*P', userId: 1 },
    ]);
    expect(plan.outcomes.map((o) => [o.kind, o.name, o.held])).toEqual([['HOTSPOT', 'alice', true], ['PPP', 'alice', true]]);
    expect(plan.outcomes.every((o) => o.present)).toBe(true);
  });

  it('cut and already disabled by the operator: not held, so never re-enabled later', () => {
    const plan = planLogins(base({ hotspotUsers: [{ id: '*1', name: 'alice', disabled: true }], people: people({ alice: { userId: 1, cut: true } }) }));
    expect(plan.actions).toEqual([]);
    expect(plan.outcomes).toEqual([{ kind: 'HOTSPOT', name: 'alice', userId: 1, held: false, present: true }]);
  });

  it('online again: only a held login is enabled; one disabled by hand stays', () => {
    const plan = planLogins(
      base({
        hotspotUsers: [
          { id: '*1', name: 'alice', disabled: true },
          { id: '*2', name: 'carol', disabled: true },
        ],
        known: [held('alice')],
        people: people({ alice: { userId: 1, cut: false }, carol: { userId: 3, cut: false } }),
      }),
    );
    expect(plan.actions).toEqual([{ kind: 'enable', menu: '/ip/hotspot/user', id: '*1', login: { kind: 'HOTSPOT', name: 'alice', userId: 1 } }]);
    expect(plan.outcomes).toEqual([
      { kind: 'HOTSPOT', name: 'alice', userId: 1, held: false, present: true },
      { kind: 'HOTSPOT', name: 'carol', userId: 3, held: false, present: true },
    ]);
  });

  it('drift: a held login re-enabled by hand while the user is still cut is disabled again', () => {
    const plan = planLogins(base({ hotspotUsers: [{ id: '*1', name: 'alice', disabled: false }], known: [held('alice')], people: people({ alice: { userId: 1, cut: true } }) }));
    expect(plan.actions.map((a) => a.kind)).toEqual(['disable']);
  });

  it('idempotent: a router that matches gets no command', () => {
    const plan = planLogins(
      base({
        hotspotUsers: [{ id: '*1', name: 'alice', disabled: true }, { id: '*2', name: 'bob', disabled: false }, { id: '*3', name: 'stranger', disabled: false }],
        hotspotSessions: [{ id: '*C', user: 'bob', macAddress: 'AA:00:00:00:00:03' }, { id: '*D', user: 'stranger', macAddress: 'AA:00:00:00:00:04' }],
        known: [held('alice')],
        people: people({ alice: { userId: 1, cut: true }, bob: { userId: 2, cut: false } }),
      }),
    );
    expect(plan.actions).toEqual([]);
  });

  it('a login we created and that went missing is added back (disabled when its user is cut); others are MISSING', () => {
    const plan = planLogins(
      base({
        known: [
          held('v1', RouterLoginKind.HOTSPOT, { held: false, create: { password: 'K7P2', profile: null } }),
          held('v2', RouterLoginKind.PPP, { held: false, userId: 2, create: { password: 'x', profile: 'pppoe-10M' } }),
          held('gone', RouterLoginKind.HOTSPOT, { userId: 3 }),
        ],
        people: people({ v1: { userId: 1, cut: false }, v2: { userId: 2, cut: true }, gone: { userId: 3, cut: true } }),
      }),
    );
    expect(plan.actions).toEqual([
      { kind: 'add', menu: '/ip/hotspot/user', fields: { name: 'v1', password: 'K7P2', comment: 'managed by Traffic Manager' }, login: { kind: 'HOTSPOT', name: 'v1', userId: 1 } },
      {
        kind: 'add',
        menu: '/ppp/secret',
        fields: { name: 'v2', password: 'x', comment: 'managed by Traffic Manager', profile: 'pppoe-10M', disabled: 'yes' },
        login: { kind: 'PPP', name: 'v2', userId: 2 },
      },
    ]);
    expect(plan.outcomes.map((o) => [o.name, o.held, o.present])).toEqual([['v1', false, true], ['v2', true, true], ['gone', false, false]]);
  });

  it("a deleted user's service ends: the login we created is removed, one we only knew stays disabled, sessions go", () => {
    const plan = planLogins(
      base({
        hotspotUsers: [{ id: '*1', name: 'voucher', disabled: false }, { id: '*2', name: 'linked', disabled: false }],
        hotspotSessions: [{ id: '*A', user: 'voucher', macAddress: 'AA:00:00:00:00:01' }],
        known: [held('voucher', RouterLoginKind.HOTSPOT, { userId: 8, held: false, create: { password: 'p', profile: null } }), held('linked', RouterLoginKind.HOTSPOT, { userId: 9, held: false }), held('long-gone', RouterLoginKind.PPP, { userId: 10 })],
        people: people({}),
      }),
    );
    expect(plan.actions.map((a) => [a.kind, 'id' in a ? a.id : null])).toEqual([['remove', '*1'], ['disable', '*2'], ['kick', '*A']]);
    expect(plan.outcomes.map((o) => [o.name, o.ended])).toEqual([['voucher', true], ['linked', true], ['long-gone', true]]);
  });
});
