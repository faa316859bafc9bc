import { OverLimitAction, UserStatus } from '@tm/shared';

/** One side's over-limit choice: the user's own (null = as its agent) or the agent's. */
export interface OverLimitChoice {
  action: OverLimitAction | null;
  throttleProfileId: number | null;
}

/** What a user may get on the network now. */
export type NetworkAccess =
  | { kind: 'ONLINE' }
  /** Over its line, kept online at the throttle profile's speed. */
  | { kind: 'THROTTLED'; profileId: number }
  /** Its login disabled on the router and its sessions kicked. */
  | { kind: 'CUT' };

/**
 * ACTIVE users are online; DISABLED and EXPIRED ones are cut off. A user over a line follows the choice
 * of whoever drew it: over its agent's limit (SUSPENDED) the agent's choice, set by admins, so an agent
 * can't let its own users ride past what it bought; over its own data limit (LIMITED) its own choice,
 * else its agent's. THROTTLE without a profile to throttle to cuts off: never full speed over the line.
 */
export function networkAccess(status: string, user: OverLimitChoice, agent: OverLimitChoice | null): NetworkAccess {
  if (status === UserStatus.ACTIVE) return { kind: 'ONLINE' };
  let choice: OverLimitChoice | null = null;
  if (status === UserStatus.SUSPENDED) choice = agent;
  else if (status === UserStatus.LIMITED) {
    choice = {
      action: user.action ?? agent?.action ?? null,
      throttleProfileId: user.throttleProfileId ?? agent?.throttleProfileId ?? null,
    };
  }
  if (choice?.action === OverLimitAction.THROTTLE && choice.throttleProfileId !== null) {
    return { kind: 'THROTTLED', profileId: choice.throttleProfileId };
  }
  return { kind: 'CUT' };
}
