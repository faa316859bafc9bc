import { OverLimitAction, UserStatus } from '@tm/shared';
import { networkAccess, type OverLimitChoice } from './access.policy';

const none: OverLimitChoice = { action: null, throttleProfileId: null };
const suspend: OverLimitChoice = { action: OverLimitAction.SUSPEND, throttleProfileId: null };
const throttle = (profileId: number): OverLimitChoice => ({ action: OverLimitAction.THROTTLE, throttleProfileId: profileId });

describe('networkAccess', () => {
  it.each<[string, string, OverLimitChoice, OverLimitChoice | null, ReturnType<typeof networkAccess>]>([
    ['active is online whatever the choices', UserStatus.ACTIVE, throttle(1), suspend, { kind: 'ONLINE' }],
    ['disabled is cut off even with throttle', UserStatus.DISABLED, throttle(1), throttle(2), { kind: 'CUT' }],
    ['expired is cut off even with throttle', UserStatus.EXPIRED, throttle(1), throttle(2), { kind: 'CUT' }],
    ['suspended follows the agent: suspend', UserStatus.SUSPENDED, throttle(1), suspend, { kind: 'CUT' }],
    ['suspended follows the agent: throttle', UserStatus.SUSPENDED, none, throttle(2), { kind: 'THROTTLED', profileId: 2 }],
    ["suspended ignores the user's own throttle", UserStatus.SUSPENDED, throttle(1), suspend, { kind: 'CUT' }],
    ['limited: own throttle', UserStatus.LIMITED, throttle(1), suspend, { kind: 'THROTTLED', profileId: 1 }],
    ["limited: own suspend beats the agent's throttle", UserStatus.LIMITED, suspend, throttle(2), { kind: 'CUT' }],
    ["limited: inherits the agent's throttle and profile", UserStatus.LIMITED, none, throttle(2), { kind: 'THROTTLED', profileId: 2 }],
    ["limited: own action, agent's profile", UserStatus.LIMITED, { action: OverLimitAction.THROTTLE, throttleProfileId: null }, { action: OverLimitAction.SUSPEND, throttleProfileId: 3 }, { kind: 'THROTTLED', profileId: 3 }],
    ['limited without an agent and no choice: cut', UserStatus.LIMITED, none, null, { kind: 'CUT' }],
    ['limited without an agent, own throttle', UserStatus.LIMITED, throttle(4), null, { kind: 'THROTTLED', profileId: 4 }],
    ['throttle without any profile cuts off', UserStatus.SUSPENDED, none, { action: OverLimitAction.THROTTLE, throttleProfileId: null }, { kind: 'CUT' }],
  ])('%s', (_name, status, user, agent, expected) => {
    expect(networkAccess(status, user, agent)).toEqual(expected);
  });
});
