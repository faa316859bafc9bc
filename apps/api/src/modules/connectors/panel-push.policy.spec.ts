import { PanelUserState, planPanelPushes } from './panel-push.policy';

const user = (over: Partial<PanelUserState>): PanelUserState => ({ key: 'alice', inbound: '', enabled: true, held: false, ours: { userId: 1, online: true }, gone: false, ...over });
const kinds = (states: PanelUserState[]) => planPanelPushes(states).pushes.map((p) => p.kind);

describe('planPanelPushes', () => {
  it.each([
    ['online and enabled: nothing', user({}), []],
    ['may not be online, enabled: disable', user({ ours: { userId: 1, online: false } }), ['disable']],
    ['may not be online, already disabled by us: nothing', user({ ours: { userId: 1, online: false }, enabled: false, held: true }), []],
    ['may not be online, disabled by hand: nothing (and not held)', user({ ours: { userId: 1, online: false }, enabled: false }), []],
    ['drift: held but enabled by someone while cut: disable again', user({ ours: { userId: 1, online: false }, held: true }), ['disable']],
    ['back online and held: enable', user({ enabled: false, held: true }), ['enable']],
    ['back online, disabled by hand: stays disabled', user({ enabled: false }), []],
    ['never ours: never touched', user({ ours: null }), []],
    ['never ours and disabled: never touched', user({ ours: null, enabled: false }), []],
    ['ours deleted: disabled', user({ ours: null, gone: true }), ['disable']],
    ['ours deleted, already off: nothing', user({ ours: null, gone: true, enabled: false, held: true }), []],
  ] as const)('%s', (_name, state, expected) => {
    expect(kinds([state])).toEqual(expected);
  });

  it('ends a hold without a push when someone enabled a user that may be online again', () => {
    const plan = planPanelPushes([user({ held: true })]);
    expect(plan.pushes).toEqual([]);
    expect(plan.released).toEqual([{ key: 'alice', inbound: '' }]);
  });

  it('says which user a push is for', () => {
    expect(planPanelPushes([user({ ours: { userId: 7, online: false }, inbound: '3' })]).pushes).toEqual([{ kind: 'disable', key: 'alice', inbound: '3', userId: 7 }]);
  });
});
