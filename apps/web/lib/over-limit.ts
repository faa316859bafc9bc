import type { AgentChoice, OverLimitAction, SpeedProfile, User } from './graphql/models';
import { formatLimitPair } from './rates';

/**
 * What happens over the line, in words. Over the AGENT's limit (SUSPENDED) the agent's choice
 * applies; over the user's own data limit (LIMITED) the user's own choice, else its agent's.
 */

export interface Choice {
  action: OverLimitAction;
  throttleProfileId: string | null;
}

export type ProfileIndex = Record<string, Pick<SpeedProfile, 'id' | 'name' | 'up' | 'down'>>;

export function indexProfiles(profiles: Pick<SpeedProfile, 'id' | 'name' | 'up' | 'down'>[] | null | undefined): ProfileIndex {
  return Object.fromEntries((profiles ?? []).map((p) => [p.id, p]));
}

/** "↓ 512K / ↑ 256K", the way speeds read everywhere in the portal (download first). */
export function profileSpeed(p: Pick<SpeedProfile, 'up' | 'down'>): string {
  return formatLimitPair(p.down, p.up);
}

/** "↓512K ↑256K", for badges and table cells where room is short. */
export function compactSpeed(p: Pick<SpeedProfile, 'up' | 'down'>): string {
  return `↓${p.down} ↑${p.up}`;
}

/** "SLOW — ↓ 512K / ↑ 256K" for a select option. */
export function profileOption(p: Pick<SpeedProfile, 'name' | 'up' | 'down'>): string {
  return `${p.name} — ${profileSpeed(p)}`;
}

export interface ChoiceText {
  /** Short, for a badge: "Cuts off", "Throttles to ↓ 512K / ↑ 256K". */
  label: string;
  /** The sentence behind it, for a title. */
  hint: string;
  tone: 'gray' | 'blue' | 'amber';
  throttles: boolean;
  /** The throttle speed ("↓512K ↑256K"), when known. */
  speed?: string;
}

/** "Cuts off" → "cuts off", for the middle of a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A choice as a badge: cut off, or slowed down to a profile's speed (a missing profile says so). */
export function describeChoice(choice: Choice, profiles: ProfileIndex): ChoiceText {
  if (choice.action !== 'THROTTLE') {
    return { label: 'Cuts off', hint: 'Over the line: its hotspot login / PPP secret is disabled on the router and the session is kicked', tone: 'gray', throttles: false };
  }
  const p = choice.throttleProfileId ? profiles[choice.throttleProfileId] : undefined;
  if (!p) {
    return { label: 'Throttles (no profile)', hint: 'Over the line it stays online at a throttle speed, but no speed profile is set', tone: 'amber', throttles: true };
  }
  return {
    label: `Throttles to ${compactSpeed(p)}`,
    hint: `Over the line it stays online at ${p.name} speed (${profileSpeed(p)}) instead of being cut off`,
    tone: 'blue',
    throttles: true,
    speed: compactSpeed(p),
  };
}

/** A user's own choice (null = as its agent). */
export function userChoice(u: Pick<User, 'overLimitAction' | 'throttleProfileId'>): Choice | null {
  return u.overLimitAction ? { action: u.overLimitAction, throttleProfileId: u.throttleProfileId } : null;
}

export function agentChoice(a: Pick<AgentChoice, 'overLimitAction' | 'throttleProfileId'> | null | undefined): Choice | null {
  return a ? { action: a.overLimitAction ?? 'SUSPEND', throttleProfileId: a.throttleProfileId ?? null } : null;
}

/**
 * The choice that applies to a user now: over its agent's limit (SUSPENDED) the agent's; otherwise
 * (its own data limit) its own, else its agent's. A user without an agent (admin-owned) cuts off unless it chose.
 */
export function effectiveChoice(u: Pick<User, 'status' | 'overLimitAction' | 'throttleProfileId' | 'agentId'>, agents: Record<string, AgentChoice>): Choice {
  const agent = agentChoice(u.agentId ? agents[u.agentId] : null);
  if (u.status === 'SUSPENDED') return agent ?? { action: 'SUSPEND', throttleProfileId: null };
  const own = userChoice(u);
  if (own?.action === 'THROTTLE' && !own.throttleProfileId && agent?.throttleProfileId) return { action: 'THROTTLE', throttleProfileId: agent.throttleProfileId };
  return own ?? agent ?? { action: 'SUSPEND', throttleProfileId: null };
}

/** The speed a throttled user is held to ("↓512K ↑256K"), or null when it can't be told. */
export function throttleSpeed(u: Pick<User, 'status' | 'overLimitAction' | 'throttleProfileId' | 'agentId'>, agents: Record<string, AgentChoice>, profiles: ProfileIndex): string | null {
  const c = effectiveChoice(u, agents);
  const p = c.throttleProfileId ? profiles[c.throttleProfileId] : undefined;
  return p ? compactSpeed(p) : null;
}

/** Why a user is over its line, in words (the status enforcement set). */
export function cutOffReason(status: string): string {
  switch (status) {
    case 'SUSPENDED':
      return 'Suspended by agent limit';
    case 'LIMITED':
      return 'Over data limit';
    case 'EXPIRED':
      return 'Expired';
    case 'DISABLED':
      return 'Disabled';
    case 'ACTIVE':
      return 'Active again (being re-enabled)';
    default:
      return status;
  }
}
