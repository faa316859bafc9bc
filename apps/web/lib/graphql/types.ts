import type { QuotaMode, Role, UserStatus, AccountStatus } from '@tm/shared';

import type { ResetStrategy } from './reset-types';

/** Byte counts arrive as decimal strings (the `Bytes` scalar); use BigInt for arithmetic. */
export type Bytes = string;
export type DateTime = string;

/** Over the line: SUSPEND cuts the user off on the router, THROTTLE keeps it online at a throttle speed profile. */
export type OverLimitAction = 'SUSPEND' | 'THROTTLE';

export interface Account {
  id: string;
  username: string;
  role: Role;
  status: AccountStatus | string;
  trafficLimit: Bytes | null;
  maxUsers: number | null;
  quotaMode: QuotaMode | null;
  userCount: number;
  createdAt: DateTime;
  lastLoginAt: DateTime | null;
  /** The agent's charged-usage cycle (admins: NONE). */
  resetStrategy: ResetStrategy;
  billingDay: number | null;
  timeZone: string;
  nextResetAt: DateTime | null;
  lastResetAt: DateTime | null;
  /** What happens to its users when it reaches its limit (admins set it). */
  overLimitAction: OverLimitAction;
  /** The speed profile THROTTLE holds its users to. */
  throttleProfileId: string | null;
}

export interface User {
  id: string;
  username: string;
  token: string;
  agentId: string | null;
  agentUsername: string | null;
  status: UserStatus;
  dataLimit: Bytes | null;
  used: Bytes;
  up: Bytes;
  down: Bytes;
  lifetime: Bytes;
  expiresAt: DateTime | null;
  macAddress: string | null;
  createdAt: DateTime;
  /** When its period usage goes back to zero on its own. */
  resetStrategy: ResetStrategy;
  /** BILLING_MONTH only: 1–31, clamped to the month's last day. */
  billingDay: number | null;
  /** IANA zone whose local midnight starts each period. */
  timeZone: string;
  nextResetAt: DateTime | null;
  lastResetAt: DateTime | null;
  /** Over its own data limit; null = as its agent. */
  overLimitAction: OverLimitAction | null;
  /** THROTTLE's speed profile; null = its agent's. */
  throttleProfileId: string | null;
  /** Over its line and kept online at the throttle speed instead of being cut off. */
  throttled: boolean;
}

/** An agent's over-limit choice, for the user forms and rows ("as agent"). */
export interface AgentChoice {
  id: string;
  username: string;
  status?: string;
  overLimitAction: OverLimitAction;
  throttleProfileId: string | null;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface UserConnection {
  nodes: User[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface UserFilter {
  search?: string;
  status?: UserStatus;
  agentId?: string;
}

export interface AgentTraffic {
  agentId: string;
  username: string;
  /** The account: ACTIVE or DISABLED. */
  status: AccountStatus | string;
  /** null = unlimited. */
  limit: Bytes | null;
  quotaMode: QuotaMode;
  /** Bytes its users moved since the agent's last reset (deleted users included). */
  charged: Bytes;
  /** Data limit granted to its users so far (drawn in ALLOCATION mode). */
  allocated: Bytes;
  /** What it can still grant to new users; null = unlimited. */
  remaining: Bytes | null;
  lifetime: Bytes;
  /** Drawn as % of the limit (may pass 100); null = unlimited. */
  percent: number | null;
  /** Charged usage reached the limit: its active users are suspended. */
  exceeded: boolean;
  /** Nothing left to grant: it can't create users with a data limit. */
  soldOut: boolean;
  maxUsers: number | null;
  users: number;
  /** null = no cap. */
  userSlotsLeft: number | null;
  activeUsers: number;
  suspendedUsers: number;
  limitedUsers: number;
  expiredUsers: number;
  disabledUsers: number;
}

export interface JobInfo {
  name: string;
  repeatInterval: string | null;
  nextRunAt: DateTime | null;
  lastRunAt: DateTime | null;
  lastFinishedAt: DateTime | null;
  failCount: number | null;
  failReason: string | null;
}

export interface SystemInfo {
  version: string;
  database: string;
  jobsBackend: string;
  pubsub: string;
  uptimeSeconds: number;
  jobs: JobInfo[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: DateTime;
  lastUsedAt: DateTime | null;
  revokedAt: DateTime | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  secret: string;
}

export type UserChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export interface UserChange {
  kind: UserChangeKind;
  userId: string;
  user: User | null;
}

/** A status enforcement changed (`userStatusChanged`). */
export interface UserStatusChange {
  userId: string;
  agentId: string | null;
  from: UserStatus;
  to: UserStatus;
  /** AGENT_LIMIT, DATA_LIMIT, EXPIRED or RESUMED. */
  reason: string;
}

export interface AuthPayload {
  token: string;
  expiresAt: DateTime | null;
  account: { id: string; username: string; role: Role };
}

export type UsageBucket = 'HOUR' | 'DAY';
export type UsageScope = 'USER' | 'AGENT' | 'GLOBAL';
export type ServerKind = 'WEBHOOK' | 'ROUTEROS' | 'MARZBAN' | 'XUI';
export type ServerStatus = 'ACTIVE' | 'DISABLED';

export interface GlobalStats {
  users: number;
  agents: number;
  servers: number;
  /** Period usage of the whole system (up + down since the last reset). */
  used: Bytes;
  up: Bytes;
  down: Bytes;
  lifetime: Bytes;
  samples: number;
}

export interface UsagePoint {
  /** Start of the bucket. */
  at: DateTime;
  up: Bytes;
  down: Bytes;
  total: Bytes;
}

export interface ServerUsage {
  serverId: string;
  serverName: string;
  /** "" when the source didn't say. */
  protocol: string;
  up: Bytes;
  down: Bytes;
  total: Bytes;
  samples: number;
  lastSeenAt: DateTime | null;
}

export interface TableRows {
  name: string;
  rows: number;
}

export interface DatabaseInfo {
  database: string;
  tables: TableRows[];
  sizeBytes: Bytes | null;
  uniqueUsers: number;
  uniqueServers: number;
  retentionDays: number;
  oldestSampleAt: DateTime | null;
  newestSampleAt: DateTime | null;
}

export interface Server {
  id: string;
  name: string;
  kind: ServerKind;
  status: ServerStatus;
  tokenPrefix: string;
  up: Bytes;
  down: Bytes;
  lifetime: Bytes;
  /** A count, sent as a Bytes string (64-bit). */
  samples: Bytes | number;
  lastSeenAt: DateTime | null;
  createdAt: DateTime;
}

export interface ServerWithToken {
  server: Server;
  token: string;
}

export interface Settings {
  trackingEnabled: boolean;
  retentionDays: number;
  /** How often every agent is checked against its limit. */
  enforcementIntervalMinutes: number;
  /** Outgoing alert webhook; null = off. */
  alertWebhookUrl: string | null;
  /** The signing secret is write-only: only whether one is set. */
  alertWebhookSecretSet: boolean;
  /** Agents may reset their own users' period usage. */
  agentsCanResetUsers: boolean;
  /** Default IANA zone for new users, agents and schedules. */
  timeZone: string;
}

export interface SettingsInput {
  trackingEnabled?: boolean;
  retentionDays?: number;
  enforcementIntervalMinutes?: number;
  alertWebhookUrl?: string | null;
  alertWebhookSecret?: string | null;
  agentsCanResetUsers?: boolean;
  timeZone?: string;
}

export interface CleanupResult {
  deleted: number;
  before: DateTime | null;
}

export interface UsageUpdate {
  scope: UsageScope;
  userId: string | null;
  agentId: string | null;
  up: Bytes | null;
  down: Bytes | null;
  used: Bytes;
  lifetime: Bytes;
  at: DateTime | null;
}

export type AlertKind = 'USER' | 'AGENT';
/** State of the outgoing webhook delivery (NONE when no webhook is configured). */
export type AlertDelivery = 'NONE' | 'PENDING' | 'SENT' | 'FAILED';

export interface Alert {
  id: string;
  kind: AlertKind;
  subjectId: string;
  subjectName: string;
  /** The agent the subject belongs to (an AGENT alert: the agent itself). */
  agentId: string | null;
  /** 75, 90 or 100. */
  threshold: number;
  used: Bytes;
  limit: Bytes;
  percent: number;
  at: DateTime;
  acknowledgedAt: DateTime | null;
  delivery: AlertDelivery;
  /** At 100 %: what the line did (cut off or slowed down); null below. */
  overLimitAction: OverLimitAction | null;
}

export interface AlertConnection {
  nodes: Alert[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface AlertFilter {
  acknowledged?: boolean;
  kind?: AlertKind;
}

export * from './reset-types';
