import type { SerializedCycle } from '../cycles';
/** Subscription contract of the users module: topic names and their JSON payloads. */
export const USER_CHANGED = 'users.changed';

export type UserChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export interface UserChangedPayload {
  kind: UserChangeKind;
  userId: number;
  /** Owner, for scoping: agents hear only their own users. */
  agentId: number | null;
  /** The user after the change as JSON (bytes as decimal strings); null when deleted. */
  user: SerializedUser | null;
}

export interface SerializedUser {
  id: number;
  username: string;
  token: string;
  agentId: number | null;
  agentUsername: string | null;
  status: string;
  dataLimit: string | null;
  up: string;
  down: string;
  lifetime: string;
  expiresAt: string | null;
  macAddress: string | null;
  overLimitAction: string | null;
  throttleProfileId: number | null;
  /** Over its line and held to a throttle speed instead of being cut off. */
  throttled: boolean;
  createdAt: string;
  cycle: SerializedCycle;
}

/** Statuses enforcement changed (limits, data limits, expiry): for routers and panels to act on. */
export const USER_STATUS_CHANGED = 'users.status-changed';

export type StatusChangeReason = 'AGENT_LIMIT' | 'DATA_LIMIT' | 'EXPIRED' | 'RESUMED';

export interface UserStatusChange {
  userId: number;
  agentId: number | null;
  from: string;
  to: string;
  reason: StatusChangeReason;
}

export interface UserStatusChangedPayload {
  changes: UserStatusChange[];
  at: string;
}

/**
 * What users get over their line changed without a status change (an agent's over-limit choice or
 * throttle profile): routers re-apply cut-offs and throttles.
 */
export const USER_ACCESS_CHANGED = 'users.access-changed';

export interface UserAccessChangedPayload {
  agentId: number | null;
}
