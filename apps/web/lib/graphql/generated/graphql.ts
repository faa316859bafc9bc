/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** State of the outgoing webhook for this alert */
export type AlertDelivery =
  | 'FAILED'
  | 'NONE'
  | 'PENDING'
  | 'SENT';

export type AlertFilter = {
  /** true: acknowledged only; false: open only */
  acknowledged?: boolean | null | undefined;
  kind?: AlertKind | null | undefined;
};

/** USER: a user’s data limit; AGENT: an agent’s traffic limit */
export type AlertKind =
  | 'AGENT'
  | 'USER';

/** Exactly one of userId or macAddress; profileId, or both up and down */
export type BandwidthLimitInput = {
  /** Download, bits per second: 2000000 or 2M */
  down?: number | string | null | undefined;
  macAddress?: string | null | undefined;
  profileId?: string | null | undefined;
  routerId: string;
  /** Upload, bits per second: 512000 or 512K, 2M */
  up?: number | string | null | undefined;
  userId?: string | null | undefined;
};

/** PENDING not tried yet; APPLIED the queue matches; WAITING no session for the MAC; INACTIVE its user is cut off (no queue, no session); THROTTLED its user is over its line and the queue holds the throttle speed; FAILED see lastError */
export type BandwidthState =
  | 'APPLIED'
  | 'FAILED'
  | 'INACTIVE'
  | 'PENDING'
  | 'THROTTLED'
  | 'WAITING';

/** Exactly one of userId or macAddress */
export type BandwidthTargetInput = {
  macAddress?: string | null | undefined;
  routerId: string;
  userId?: string | null | undefined;
};

/** MARZBAN, PASARGUARD (Marzban’s successor) or XUI (3x-ui) */
export type ConnectorKind =
  | 'MARZBAN'
  | 'PASARGUARD'
  | 'XUI';

/** UNKNOWN until the first poll; ONLINE; OFFLINE can’t be reached (retried with backoff); FAILED the panel refused us (its message in lastError) */
export type ConnectorStatus =
  | 'FAILED'
  | 'OFFLINE'
  | 'ONLINE'
  | 'UNKNOWN';

export type CreateAgentInput = {
  /** BILLING_MONTH: 1–31; absent = the day it is set */
  billingDay?: number | null | undefined;
  maxUsers?: number | null | undefined;
  /** What happens to its users when it reaches its limit */
  overLimitAction?: OverLimitAction | null | undefined;
  password: string;
  quotaMode?: QuotaMode | null | undefined;
  resetStrategy?: ResetStrategy | null | undefined;
  /** The speed profile THROTTLE holds its users to */
  throttleProfileId?: string | null | undefined;
  /** IANA zone; absent = the settings’ default zone */
  timeZone?: string | null | undefined;
  /** null or absent = unlimited */
  trafficLimit?: string | null | undefined;
  username: string;
};

export type CreateConnectorInput = {
  /** An API token, where the panel has them (3x-ui v3): used instead of username and password */
  apiToken?: string | null | undefined;
  /** Our deletion of depleted users deletes them in the panel too */
  deleteDepleted?: boolean | null | undefined;
  kind: ConnectorKind;
  name: string;
  password?: string | null | undefined;
  /** Seconds between polls (10 – 86400) */
  pollSeconds?: number | null | undefined;
  /** 3x-ui two-factor: the TOTP secret (base32) the panel shows; each login’s code is derived from it */
  totpSecret?: string | null | undefined;
  /** http(s)://host:port, and for 3x-ui its web base path: https://panel.example.com:2053/x7Kq2 */
  url: string;
  username?: string | null | undefined;
};

export type CreateRouterInput = {
  host: string;
  name: string;
  password: string;
  /** Default 8728, or 8729 with tls */
  port?: number | null | undefined;
  tls?: boolean | null | undefined;
  username: string;
};

export type CreateServerInput = {
  kind?: ServerKind | null | undefined;
  name: string;
};

export type CreateUserInput = {
  /** Admins only: the agent that will own the user */
  agentId?: string | null | undefined;
  /** BILLING_MONTH: 1–31; absent = the day it is set */
  billingDay?: number | null | undefined;
  /** null or absent = unlimited */
  dataLimit?: string | null | undefined;
  expiresAt?: string | null | undefined;
  macAddress?: string | null | undefined;
  /** Over its own data limit; null or absent = as its agent */
  overLimitAction?: OverLimitAction | null | undefined;
  resetStrategy?: ResetStrategy | null | undefined;
  /** Also a hotspot user or PPP secret of the same name on a router (created there at once) */
  routerLogin?: RouterLoginInput | null | undefined;
  /** THROTTLE's speed profile; null = its agent's */
  throttleProfileId?: string | null | undefined;
  /** IANA zone; absent = the settings’ default zone */
  timeZone?: string | null | undefined;
  username: string;
};

/** A batch of hotspot vouchers: users named prefix + a random code, each a hotspot login on the router */
export type GenerateVouchersInput = {
  /** Admins: the agent that owns them (absent = admin-owned); an agent: itself */
  agentId?: string | null | undefined;
  /** Random characters after the prefix: 4–16 */
  codeLength?: number | null | undefined;
  /** 1–1000 */
  count: number;
  /** Each voucher’s data limit; null = unlimited (not for an agent with a limit) */
  dataLimit?: string | null | undefined;
  /** 0–8 lower-case letters or digits */
  prefix?: string | null | undefined;
  routerId: string;
  /** Speed of each voucher’s session (and its validity when none is given) */
  speedProfileId?: string | null | undefined;
  /** Like 30m, 12h, 30d, 1w, counted from each voucher’s first login; absent = the speed profile’s */
  validity?: string | null | undefined;
};

/** Over the line: SUSPEND cuts the user off on the router (login disabled, session kicked); THROTTLE keeps it online at a throttle speed profile */
export type OverLimitAction =
  | 'SUSPEND'
  | 'THROTTLE';

/** USAGE: users draw on the limit as they move bytes; ALLOCATION: granted data limits are drawn up front */
export type QuotaMode =
  | 'ALLOCATION'
  | 'USAGE';

export type ResetEventFilter = {
  agentId?: string | null | undefined;
  ok?: boolean | null | undefined;
  scope?: ResetScope | null | undefined;
  trigger?: ResetTrigger | null | undefined;
  /** Resets of this one user */
  userId?: string | null | undefined;
};

export type ResetScheduleInput = {
  cron: string;
  enabled?: boolean | null | undefined;
  name: string;
  reason?: string | null | undefined;
  scope: ResetScope;
  /** USER, SERVER, AGENT: the target; DEPLETED: a server (none = everywhere) */
  targetId?: string | null | undefined;
  /** Default: the settings’ time zone */
  timeZone?: string | null | undefined;
};

export type ResetSchedulePatch = {
  cron?: string | null | undefined;
  enabled?: boolean | null | undefined;
  name?: string | null | undefined;
  reason?: string | null | undefined;
  targetId?: string | null | undefined;
  timeZone?: string | null | undefined;
};

/** USER, SERVER (its users’ usage there), AGENT (charged usage), ALL, DEPLETED (the cleanup) */
export type ResetScope =
  | 'AGENT'
  | 'ALL'
  | 'DEPLETED'
  | 'SERVER'
  | 'USER';

/** NONE; DAY; WEEK (Mondays); MONTH (the 1st); BILLING_MONTH (the billing day, clamped to the month’s end); YEAR (1 January). Local midnight in the time zone. */
export type ResetStrategy =
  | 'BILLING_MONTH'
  | 'DAY'
  | 'MONTH'
  | 'NONE'
  | 'WEEK'
  | 'YEAR';

export type ResetTrigger =
  | 'BILLING'
  | 'MANUAL'
  | 'SCHEDULED';

export type Role =
  | 'ADMIN'
  | 'AGENT';

/** A login on a router for the new user, named as the user */
export type RouterLoginInput = {
  kind?: RouterLoginKind | null | undefined;
  /** 1–64 printable characters; absent = 8 generated characters */
  password?: string | null | undefined;
  routerId: string;
  /** The router's own profile (hotspot user profile or PPP profile); absent = default */
  routerProfile?: string | null | undefined;
  /** Our speed profile: a queue at its speed follows the login’s session */
  speedProfileId?: string | null | undefined;
};

/** HOTSPOT: /ip/hotspot/user; PPP: /ppp/secret */
export type RouterLoginKind =
  | 'HOTSPOT'
  | 'PPP';

export type RouterStatus =
  | 'OFFLINE'
  | 'ONLINE'
  | 'UNKNOWN';

export type ServerKind =
  | 'MARZBAN'
  | 'PASARGUARD'
  | 'ROUTEROS'
  | 'WEBHOOK'
  | 'XUI';

export type ServerStatus =
  | 'ACTIVE'
  | 'DISABLED';

export type SettingsInput = {
  agentsCanResetUsers?: boolean | null | undefined;
  /** Write-only; empty string or null removes it */
  alertWebhookSecret?: string | null | undefined;
  /** Empty string or null turns the webhook off */
  alertWebhookUrl?: string | null | undefined;
  enforcementIntervalMinutes?: number | null | undefined;
  retentionDays?: number | null | undefined;
  timeZone?: string | null | undefined;
  trackingEnabled?: boolean | null | undefined;
};

export type SpeedProfileInput = {
  down: number | string;
  name: string;
  price?: number | null | undefined;
  /** Bits per second: 512000 or RouterOS form 512K, 2M, 1G */
  up: number | string;
  /** Like 30m, 1h, 2d, 1w */
  validity?: string | null | undefined;
};

export type UpdateAgentInput = {
  /** BILLING_MONTH: 1–31; absent = the day it is set */
  billingDay?: number | null | undefined;
  maxUsers?: number | null | undefined;
  overLimitAction?: OverLimitAction | null | undefined;
  password?: string | null | undefined;
  quotaMode?: QuotaMode | null | undefined;
  resetStrategy?: ResetStrategy | null | undefined;
  status?: AccountStatus | null | undefined;
  /** null = none */
  throttleProfileId?: string | null | undefined;
  /** IANA zone; absent = the settings’ default zone */
  timeZone?: string | null | undefined;
};

export type UpdateConnectorInput = {
  /** Omitted or empty: unchanged; null: removed */
  apiToken?: string | null | undefined;
  deleteDepleted?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Omitted or empty: unchanged */
  password?: string | null | undefined;
  pollSeconds?: number | null | undefined;
  /** Omitted or empty: unchanged; null: removed */
  totpSecret?: string | null | undefined;
  url?: string | null | undefined;
  username?: string | null | undefined;
};

export type UpdateRouterInput = {
  host?: string | null | undefined;
  name?: string | null | undefined;
  /** Omitted or empty: unchanged */
  password?: string | null | undefined;
  port?: number | null | undefined;
  tls?: boolean | null | undefined;
  username?: string | null | undefined;
};

export type UpdateServerInput = {
  name?: string | null | undefined;
  status?: ServerStatus | null | undefined;
};

export type UpdateSpeedProfileInput = {
  down?: number | string | null | undefined;
  name?: string | null | undefined;
  price?: number | null | undefined;
  up?: number | string | null | undefined;
  validity?: string | null | undefined;
};

export type UpdateUserInput = {
  /** BILLING_MONTH: 1–31; absent = the day it is set */
  billingDay?: number | null | undefined;
  dataLimit?: string | null | undefined;
  expiresAt?: string | null | undefined;
  macAddress?: string | null | undefined;
  /** null = as its agent */
  overLimitAction?: OverLimitAction | null | undefined;
  resetStrategy?: ResetStrategy | null | undefined;
  /** ACTIVE or DISABLED only */
  status?: UserStatus | null | undefined;
  /** null = its agent's */
  throttleProfileId?: string | null | undefined;
  /** IANA zone; absent = the settings’ default zone */
  timeZone?: string | null | undefined;
};

/** Chart bucket, in UTC */
export type UsageBucket =
  | 'DAY'
  | 'HOUR';

export type UsageScope =
  | 'AGENT'
  | 'GLOBAL'
  | 'USER';

export type UserChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type UserFilter = {
  agentId?: string | null | undefined;
  search?: string | null | undefined;
  status?: UserStatus | null | undefined;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'EXPIRED'
  | 'LIMITED'
  | 'SUSPENDED';

export type AccountFieldsFragment = { id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null };

export type TrafficFieldsFragment = { agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number };

export type UserCountsFragment = { total: { totalCount: number }, active: { totalCount: number }, disabled: { totalCount: number }, limited: { totalCount: number }, expired: { totalCount: number }, suspended: { totalCount: number } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, account: { id: string, username: string, role: Role } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AdminDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDashboardQuery = { agents: Array<{ id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null }>, total: { totalCount: number }, active: { totalCount: number }, disabled: { totalCount: number }, limited: { totalCount: number }, expired: { totalCount: number }, suspended: { totalCount: number } };

export type AgentDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentDashboardQuery = { me: { id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null }, total: { totalCount: number }, active: { totalCount: number }, disabled: { totalCount: number }, limited: { totalCount: number }, expired: { totalCount: number }, suspended: { totalCount: number } };

export type AgentTrafficQueryVariables = Exact<{
  agentId: string;
}>;


export type AgentTrafficQuery = { agentTraffic: { agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number } };

export type AgentsTrafficQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsTrafficQuery = { agentsTraffic: Array<{ agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number }> };

export type AgentsWithTrafficQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsWithTrafficQuery = { agents: Array<{ id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null }>, agentsTraffic: Array<{ agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number }> };

export type CheckAgentMutationVariables = Exact<{
  agentId: string;
}>;


export type CheckAgentMutation = { checkAgent: { agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number } };

export type CheckAllAgentsMutationVariables = Exact<{ [key: string]: never; }>;


export type CheckAllAgentsMutation = { checkAllAgents: Array<{ agentId: string, username: string, status: string, limit: string | null, quotaMode: QuotaMode, charged: string, allocated: string, remaining: string | null, lifetime: string, percent: number | null, exceeded: boolean, soldOut: boolean, maxUsers: number | null, users: number, userSlotsLeft: number | null, activeUsers: number, suspendedUsers: number, limitedUsers: number, expiredUsers: number, disabledUsers: number }> };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null } };

export type UpdateAgentMutationVariables = Exact<{
  id: string;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null } };

export type SetAgentTrafficLimitMutationVariables = Exact<{
  agentId: string;
  limit?: string | null | undefined;
}>;


export type SetAgentTrafficLimitMutation = { setAgentTrafficLimit: { id: string, username: string, role: Role, status: string, trafficLimit: string | null, maxUsers: number | null, quotaMode: QuotaMode, userCount: number, createdAt: string, lastLoginAt: string | null, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction, throttleProfileId: string | null } };

export type AgentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentOptionsQuery = { agents: Array<{ id: string, username: string, status: string }> };

export type AgentChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentChoicesQuery = { agents: Array<{ id: string, username: string, status: string, overLimitAction: OverLimitAction, throttleProfileId: string | null }> };

export type MyChoiceQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChoiceQuery = { me: { id: string, username: string, status: string, overLimitAction: OverLimitAction, throttleProfileId: string | null } };

export type AgentChoiceFieldsFragment = { id: string, username: string, status: string, overLimitAction: OverLimitAction, throttleProfileId: string | null };

export type AlertFieldsFragment = { id: string, kind: AlertKind, subjectId: string, subjectName: string, agentId: string | null, threshold: number, used: string, limit: string, percent: number, at: string, acknowledgedAt: string | null, delivery: AlertDelivery, overLimitAction: OverLimitAction | null };

export type AlertsQueryVariables = Exact<{
  filter?: AlertFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertsQuery = { unacknowledgedAlerts: number, alerts: { totalCount: number, nodes: Array<{ id: string, kind: AlertKind, subjectId: string, subjectName: string, agentId: string | null, threshold: number, used: string, limit: string, percent: number, at: string, acknowledgedAt: string | null, delivery: AlertDelivery, overLimitAction: OverLimitAction | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UnacknowledgedAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnacknowledgedAlertsQuery = { unacknowledgedAlerts: number };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, kind: AlertKind, subjectId: string, subjectName: string, agentId: string | null, threshold: number, used: string, limit: string, percent: number, at: string, acknowledgedAt: string | null, delivery: AlertDelivery, overLimitAction: OverLimitAction | null } };

export type AcknowledgeAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type AcknowledgeAlertsMutation = { acknowledgeAlerts: number };

export type AlertRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AlertRaisedSubscription = { alertRaised: { id: string, kind: AlertKind, subjectId: string, subjectName: string, agentId: string | null, threshold: number, used: string, limit: string, percent: number, at: string, acknowledgedAt: string | null, delivery: AlertDelivery, overLimitAction: OverLimitAction | null } };

export type RouterFieldsFragment = { id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string };

export type AgentRouterFieldsFragment = { id: string, name: string, status: RouterStatus, lastContactAt: string | null, nextAttemptAt: string | null, createdAt: string };

export type SpeedProfileFieldsFragment = { id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null };

export type AssignmentFieldsFragment = { id: string, routerId: string, routerName: string, macAddress: string, userId: string | null, username: string | null, profileId: string | null, profileName: string | null, up: string, down: string, upBps: number, downBps: number, queueName: string, state: BandwidthState, lastError: string | null, attempts: number, nextAttemptAt: string | null, appliedAt: string | null, updatedAt: string };

export type SessionFieldsFragment = { id: string, user: string, userId: string | null, username: string | null, macAddress: string, address: string, uptimeSeconds: number, uploadBytes: string, downloadBytes: string, uploadRate: number, downloadRate: number, queueName: string | null, limitUp: string | null, limitDown: string | null, assignmentId: string | null, state: BandwidthState | null, throttled: boolean };

export type RouterLoginFieldsFragment = { id: string, routerId: string, routerName: string, kind: RouterLoginKind, name: string, userId: string, username: string, userStatus: UserStatus, throttled: boolean, held: boolean, managed: boolean, state: string, lastError: string | null, batchId: string | null, updatedAt: string };

export type BandwidthPageQueryVariables = Exact<{ [key: string]: never; }>;


export type BandwidthPageQuery = { routers: Array<{ id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string }>, speedProfiles: Array<{ id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null }>, bandwidthAssignments: Array<{ id: string, routerId: string, routerName: string, macAddress: string, userId: string | null, username: string | null, profileId: string | null, profileName: string | null, up: string, down: string, upBps: number, downBps: number, queueName: string, state: BandwidthState, lastError: string | null, attempts: number, nextAttemptAt: string | null, appliedAt: string | null, updatedAt: string }>, routerLogins: Array<{ id: string, routerId: string, routerName: string, kind: RouterLoginKind, name: string, userId: string, username: string, userStatus: UserStatus, throttled: boolean, held: boolean, managed: boolean, state: string, lastError: string | null, batchId: string | null, updatedAt: string }> };

export type AgentBandwidthPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentBandwidthPageQuery = { routers: Array<{ id: string, name: string, status: RouterStatus, lastContactAt: string | null, nextAttemptAt: string | null, createdAt: string }>, speedProfiles: Array<{ id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null }>, bandwidthAssignments: Array<{ id: string, routerId: string, routerName: string, macAddress: string, userId: string | null, username: string | null, profileId: string | null, profileName: string | null, up: string, down: string, upBps: number, downBps: number, queueName: string, state: BandwidthState, lastError: string | null, attempts: number, nextAttemptAt: string | null, appliedAt: string | null, updatedAt: string }>, routerLogins: Array<{ id: string, routerId: string, routerName: string, kind: RouterLoginKind, name: string, userId: string, username: string, userStatus: UserStatus, throttled: boolean, held: boolean, managed: boolean, state: string, lastError: string | null, batchId: string | null, updatedAt: string }> };

export type CreateRouterMutationVariables = Exact<{
  input: CreateRouterInput;
}>;


export type CreateRouterMutation = { createRouter: { id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string } };

export type UpdateRouterMutationVariables = Exact<{
  id: string;
  input: UpdateRouterInput;
}>;


export type UpdateRouterMutation = { updateRouter: { id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string } };

export type DeleteRouterMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRouterMutation = { deleteRouter: boolean };

export type TestRouterMutationVariables = Exact<{
  id: string;
}>;


export type TestRouterMutation = { testRouter: { ok: boolean, identity: string | null, version: string | null, latencyMs: number | null, error: string | null, router: { id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string } } };

export type SyncRouterMutationVariables = Exact<{
  id: string;
}>;


export type SyncRouterMutation = { syncRouter: { id: string, name: string, host: string, port: number, tls: boolean, username: string, status: RouterStatus, lastError: string | null, lastContactAt: string | null, nextAttemptAt: string | null, identity: string | null, version: string | null, latencyMs: number | null, serverId: string, createdAt: string } };

export type SpeedProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpeedProfilesQuery = { speedProfiles: Array<{ id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null }> };

export type CreateSpeedProfileMutationVariables = Exact<{
  input: SpeedProfileInput;
}>;


export type CreateSpeedProfileMutation = { createSpeedProfile: { id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null } };

export type UpdateSpeedProfileMutationVariables = Exact<{
  id: string;
  input: UpdateSpeedProfileInput;
}>;


export type UpdateSpeedProfileMutation = { updateSpeedProfile: { id: string, name: string, up: string, down: string, upBps: number, downBps: number, price: number | null, validity: string | null } };

export type DeleteSpeedProfileMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSpeedProfileMutation = { deleteSpeedProfile: boolean };

export type SetBandwidthLimitMutationVariables = Exact<{
  input: BandwidthLimitInput;
}>;


export type SetBandwidthLimitMutation = { setBandwidthLimit: { id: string, routerId: string, routerName: string, macAddress: string, userId: string | null, username: string | null, profileId: string | null, profileName: string | null, up: string, down: string, upBps: number, downBps: number, queueName: string, state: BandwidthState, lastError: string | null, attempts: number, nextAttemptAt: string | null, appliedAt: string | null, updatedAt: string } };

export type RemoveBandwidthLimitMutationVariables = Exact<{
  input: BandwidthTargetInput;
}>;


export type RemoveBandwidthLimitMutation = { removeBandwidthLimit: boolean };

export type ActiveSessionsSubscriptionVariables = Exact<{
  routerId: string;
}>;


export type ActiveSessionsSubscription = { activeSessions: Array<{ id: string, user: string, userId: string | null, username: string | null, macAddress: string, address: string, uptimeSeconds: number, uploadBytes: string, downloadBytes: string, uploadRate: number, downloadRate: number, queueName: string | null, limitUp: string | null, limitDown: string | null, assignmentId: string | null, state: BandwidthState | null, throttled: boolean }> };

export type RouterLoginsQueryVariables = Exact<{
  routerId?: string | null | undefined;
  userId?: string | null | undefined;
}>;


export type RouterLoginsQuery = { routerLogins: Array<{ id: string, routerId: string, routerName: string, kind: RouterLoginKind, name: string, userId: string, username: string, userStatus: UserStatus, throttled: boolean, held: boolean, managed: boolean, state: string, lastError: string | null, batchId: string | null, updatedAt: string }> };

export type ConnectorFieldsFragment = { id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string };

export type PanelUserFieldsFragment = { connectorId: string, connectorName: string, inbound: string, panelKey: string, username: string | null, enabled: boolean, held: boolean, panelStatus: string, up: string, down: string, dataLimit: string | null, expiresAt: string | null, readAt: string, resetPending: boolean };

export type ConnectorLogFieldsFragment = { id: string, at: string, action: string, panelKey: string | null, inbound: string | null, userId: string | null, ok: boolean, status: number | null, message: string };

export type ConnectorsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectorsPageQuery = { connectors: Array<{ id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string }>, agents: Array<{ id: string, username: string, status: string }> };

export type ConnectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectorsQuery = { connectors: Array<{ id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string }> };

export type ConnectorDetailQueryVariables = Exact<{
  connectorId: string;
  search?: string | null | undefined;
  first?: number | null | undefined;
  logFirst?: number | null | undefined;
}>;


export type ConnectorDetailQuery = { panelUsers: Array<{ connectorId: string, connectorName: string, inbound: string, panelKey: string, username: string | null, enabled: boolean, held: boolean, panelStatus: string, up: string, down: string, dataLimit: string | null, expiresAt: string | null, readAt: string, resetPending: boolean }>, unmapped: Array<{ connectorId: string, connectorName: string, inbound: string, panelKey: string, username: string | null, enabled: boolean, held: boolean, panelStatus: string, up: string, down: string, dataLimit: string | null, expiresAt: string | null, readAt: string, resetPending: boolean }>, connectorLog: Array<{ id: string, at: string, action: string, panelKey: string | null, inbound: string | null, userId: string | null, ok: boolean, status: number | null, message: string }> };

export type CreateConnectorMutationVariables = Exact<{
  input: CreateConnectorInput;
}>;


export type CreateConnectorMutation = { createConnector: { id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string } };

export type UpdateConnectorMutationVariables = Exact<{
  id: string;
  input: UpdateConnectorInput;
}>;


export type UpdateConnectorMutation = { updateConnector: { id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string } };

export type DeleteConnectorMutationVariables = Exact<{
  id: string;
}>;


export type DeleteConnectorMutation = { deleteConnector: boolean };

export type TestConnectorMutationVariables = Exact<{
  id: string;
}>;


export type TestConnectorMutation = { testConnector: { ok: boolean, version: string | null, userCount: number | null, latencyMs: number | null, error: string | null, connector: { id: string, name: string, kind: ConnectorKind, url: string, username: string | null, hasPassword: boolean, hasTotpSecret: boolean, hasApiToken: boolean, pollSeconds: number, deleteDepleted: boolean, status: ConnectorStatus, lastError: string | null, lastSyncAt: string | null, nextAttemptAt: string | null, version: string | null, latencyMs: number | null, panelUsers: number, unmappedUsers: number, heldUsers: number, createdAt: string } } };

export type PollConnectorMutationVariables = Exact<{
  connectorId: string;
}>;


export type PollConnectorMutation = { pollConnector: { ok: boolean, error: string | null, samples: number, bytes: string, disabled: number, enabled: number, failedPushes: number } };

export type ImportConnectorUsersMutationVariables = Exact<{
  connectorId: string;
  agentId: string;
}>;


export type ImportConnectorUsersMutation = { importConnectorUsers: { imported: number, skipped: number, unmapped: number, skippedUsers: Array<{ panelKey: string, reason: string }> } };

export type UsersPanelsQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type UsersPanelsQuery = { users: { nodes: Array<{ id: string, panels: Array<{ connectorId: string, connectorName: string, inbound: string, panelKey: string, username: string | null, enabled: boolean, held: boolean, panelStatus: string, up: string, down: string, dataLimit: string | null, expiresAt: string | null, readAt: string, resetPending: boolean }> }> } };

export type ResetEventFieldsFragment = { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string };

export type ResetScheduleFieldsFragment = { id: string, name: string, scope: ResetScope, targetId: string | null, targetLabel: string | null, cron: string, timeZone: string, enabled: boolean, reason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastEventId: string | null, lastOk: boolean | null, nextRuns: Array<string>, createdAt: string };

export type TrafficReportFieldsFragment = { id: string, createdAt: string, trigger: string, scope: string, targetId: string | null, targetLabel: string | null, resetEventId: string | null, scheduleId: string | null, users: number, agents: number, servers: number, up: string, down: string, lifetime: string, csvUrl: string, jsonUrl: string };

export type ResetSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResetSettingsQuery = { settings: { agentsCanResetUsers: boolean, timeZone: string } };

export type CanResetUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CanResetUsersQuery = { canResetUsers: boolean };

export type ResetEventsQueryVariables = Exact<{
  filter?: ResetEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResetEventsQuery = { resetEvents: { totalCount: number, nodes: Array<{ id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ResetEventSnapshotQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type ResetEventSnapshotQuery = { resetEvent: { id: string, snapshot: unknown, panelPushes: Array<{ connectorName: string, action: string, panelKey: string | null, inbound: string | null, ok: boolean, status: number | null, message: string }> } | null };

export type ResetPerformedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ResetPerformedSubscription = { resetPerformed: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type ResetUserTrafficMutationVariables = Exact<{
  userId: string;
  reason?: string | null | undefined;
}>;


export type ResetUserTrafficMutation = { resetUserTraffic: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type ResetServerTrafficMutationVariables = Exact<{
  serverId: string;
  reason?: string | null | undefined;
}>;


export type ResetServerTrafficMutation = { resetServerTraffic: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type ResetAgentUsageMutationVariables = Exact<{
  agentId: string;
  reason?: string | null | undefined;
}>;


export type ResetAgentUsageMutation = { resetAgentUsage: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type ResetAllTrafficMutationVariables = Exact<{
  confirm: string;
  reason?: string | null | undefined;
}>;


export type ResetAllTrafficMutation = { resetAllTraffic: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type DeleteDepletedUsersMutationVariables = Exact<{
  serverId?: string | null | undefined;
}>;


export type DeleteDepletedUsersMutation = { deleteDepletedUsers: { id: string, scope: string, targetId: string | null, targetLabel: string | null, actorId: string | null, actorKind: string, actorLabel: string | null, reason: string | null, trigger: string, ok: boolean, error: string | null, affectedUsers: number, bytesCleared: string, reportId: string | null, scheduleId: string | null, at: string } };

export type ResetSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResetSchedulesQuery = { resetSchedules: Array<{ id: string, name: string, scope: ResetScope, targetId: string | null, targetLabel: string | null, cron: string, timeZone: string, enabled: boolean, reason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastEventId: string | null, lastOk: boolean | null, nextRuns: Array<string>, createdAt: string }> };

export type PreviewScheduleQueryVariables = Exact<{
  cron: string;
  timeZone?: string | null | undefined;
  count: number;
}>;


export type PreviewScheduleQuery = { previewSchedule: Array<string> };

export type CreateResetScheduleMutationVariables = Exact<{
  input: ResetScheduleInput;
}>;


export type CreateResetScheduleMutation = { createResetSchedule: { id: string, name: string, scope: ResetScope, targetId: string | null, targetLabel: string | null, cron: string, timeZone: string, enabled: boolean, reason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastEventId: string | null, lastOk: boolean | null, nextRuns: Array<string>, createdAt: string } };

export type UpdateResetScheduleMutationVariables = Exact<{
  id: string;
  input: ResetSchedulePatch;
}>;


export type UpdateResetScheduleMutation = { updateResetSchedule: { id: string, name: string, scope: ResetScope, targetId: string | null, targetLabel: string | null, cron: string, timeZone: string, enabled: boolean, reason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastEventId: string | null, lastOk: boolean | null, nextRuns: Array<string>, createdAt: string } };

export type DeleteResetScheduleMutationVariables = Exact<{
  id: string;
}>;


export type DeleteResetScheduleMutation = { deleteResetSchedule: boolean };

export type TrafficReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrafficReportsQuery = { trafficReports: { totalCount: number, nodes: Array<{ id: string, createdAt: string, trigger: string, scope: string, targetId: string | null, targetLabel: string | null, resetEventId: string | null, scheduleId: string | null, users: number, agents: number, servers: number, up: string, down: string, lifetime: string, csvUrl: string, jsonUrl: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CreateTrafficReportMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateTrafficReportMutation = { createTrafficReport: { id: string, createdAt: string, trigger: string, scope: string, targetId: string | null, targetLabel: string | null, resetEventId: string | null, scheduleId: string | null, users: number, agents: number, servers: number, up: string, down: string, lifetime: string, csvUrl: string, jsonUrl: string } };

export type ResetTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResetTargetsQuery = { servers: Array<{ id: string, name: string, status: ServerStatus }>, agents: Array<{ id: string, username: string, status: string }> };

export type SettingsFieldsFragment = { trackingEnabled: boolean, retentionDays: number, enforcementIntervalMinutes: number, alertWebhookUrl: string | null, alertWebhookSecretSet: boolean, agentsCanResetUsers: boolean, timeZone: string };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type SystemQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemQuery = { systemInfo: { version: string, database: string, jobsBackend: string, pubsub: string, uptimeSeconds: number, jobs: Array<{ name: string, repeatInterval: string | null, nextRunAt: string | null, lastRunAt: string | null, lastFinishedAt: string | null, failCount: number, failReason: string | null }> } };

export type SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsQuery = { settings: { trackingEnabled: boolean, retentionDays: number, enforcementIntervalMinutes: number, alertWebhookUrl: string | null, alertWebhookSecretSet: boolean, agentsCanResetUsers: boolean, timeZone: string } };

export type UpdateSettingsMutationVariables = Exact<{
  input: SettingsInput;
}>;


export type UpdateSettingsMutation = { updateSettings: { trackingEnabled: boolean, retentionDays: number, enforcementIntervalMinutes: number, alertWebhookUrl: string | null, alertWebhookSecretSet: boolean, agentsCanResetUsers: boolean, timeZone: string } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: boolean };

export type GlobalStatsFieldsFragment = { users: number, agents: number, servers: number, used: string, up: string, down: string, lifetime: string, samples: number };

export type UsagePointFieldsFragment = { at: string, up: string, down: string, total: string };

export type ServerFieldsFragment = { id: string, name: string, kind: ServerKind, status: ServerStatus, tokenPrefix: string, up: string, down: string, lifetime: string, samples: string, lastSeenAt: string | null, createdAt: string };

export type AdminTrafficQueryVariables = Exact<{
  bucket?: UsageBucket | null | undefined;
  from?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminTrafficQuery = { globalStats: { users: number, agents: number, servers: number, used: string, up: string, down: string, lifetime: string, samples: number }, usageSeries: Array<{ at: string, up: string, down: string, total: string }>, topUsers: Array<{ id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean }> };

export type GlobalStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalStatsQuery = { globalStats: { users: number, agents: number, servers: number, used: string, up: string, down: string, lifetime: string, samples: number } };

export type AgentOwnTrafficQueryVariables = Exact<{
  bucket?: UsageBucket | null | undefined;
  from?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AgentOwnTrafficQuery = { usageSeries: Array<{ at: string, up: string, down: string, total: string }>, topUsers: Array<{ id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean }> };

export type UsageSeriesQueryVariables = Exact<{
  userId?: string | null | undefined;
  agentId?: string | null | undefined;
  bucket?: UsageBucket | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UsageSeriesQuery = { usageSeries: Array<{ at: string, up: string, down: string, total: string }> };

export type TopUsersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TopUsersQuery = { topUsers: Array<{ id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean }> };

export type UserUsageQueryVariables = Exact<{
  userId: string;
  days?: number | null | undefined;
}>;


export type UserUsageQuery = { userUsage: Array<{ serverId: string, serverName: string, protocol: string, up: string, down: string, total: string, samples: number, lastSeenAt: string | null }> };

export type UsageUpdatedSubscriptionVariables = Exact<{
  userId?: string | null | undefined;
  agentId?: string | null | undefined;
}>;


export type UsageUpdatedSubscription = { usageUpdated: { scope: UsageScope, userId: string | null, agentId: string | null, up: string | null, down: string | null, used: string, lifetime: string, at: string } };

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { databaseInfo: { database: string, sizeBytes: string | null, uniqueUsers: number, uniqueServers: number, retentionDays: number, oldestSampleAt: string | null, newestSampleAt: string | null, tables: Array<{ name: string, rows: number }> } };

export type CleanupSamplesMutationVariables = Exact<{ [key: string]: never; }>;


export type CleanupSamplesMutation = { cleanupSamples: { deleted: number, before: string | null } };

export type ServersQueryVariables = Exact<{ [key: string]: never; }>;


export type ServersQuery = { servers: Array<{ id: string, name: string, kind: ServerKind, status: ServerStatus, tokenPrefix: string, up: string, down: string, lifetime: string, samples: string, lastSeenAt: string | null, createdAt: string }> };

export type CreateServerMutationVariables = Exact<{
  input: CreateServerInput;
}>;


export type CreateServerMutation = { createServer: { token: string, server: { id: string, name: string, kind: ServerKind, status: ServerStatus, tokenPrefix: string, up: string, down: string, lifetime: string, samples: string, lastSeenAt: string | null, createdAt: string } } };

export type UpdateServerMutationVariables = Exact<{
  id: string;
  input: UpdateServerInput;
}>;


export type UpdateServerMutation = { updateServer: { id: string, name: string, kind: ServerKind, status: ServerStatus, tokenPrefix: string, up: string, down: string, lifetime: string, samples: string, lastSeenAt: string | null, createdAt: string } };

export type RotateServerTokenMutationVariables = Exact<{
  id: string;
}>;


export type RotateServerTokenMutation = { rotateServerToken: { token: string, server: { id: string, name: string, kind: ServerKind, status: ServerStatus, tokenPrefix: string, up: string, down: string, lifetime: string, samples: string, lastSeenAt: string | null, createdAt: string } } };

export type UserFieldsFragment = { id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean } | null };

export type UserSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type UserSearchQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, agentUsername: string | null, status: UserStatus, used: string, dataLimit: string | null }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean } };

export type DeleteUserMutationVariables = Exact<{
  id: string;
}>;


export type DeleteUserMutation = { deleteUser: boolean };

export type UserChangedSubscriptionVariables = Exact<{
  agentId?: string | null | undefined;
}>;


export type UserChangedSubscription = { userChanged: { kind: UserChangeKind, userId: string, user: { id: string, username: string, token: string, agentId: string | null, agentUsername: string | null, status: UserStatus, dataLimit: string | null, used: string, up: string, down: string, lifetime: string, expiresAt: string | null, macAddress: string | null, createdAt: string, resetStrategy: ResetStrategy, billingDay: number | null, timeZone: string, nextResetAt: string | null, lastResetAt: string | null, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean } | null } };

export type UserStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UserStatusChangedSubscription = { userStatusChanged: Array<{ userId: string, agentId: string | null, from: string, to: string, reason: string }> };

export type VoucherFieldsFragment = { userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string };

export type VoucherBatchFieldsFragment = { id: string, agentId: string | null, agentUsername: string | null, routerId: string, routerName: string, count: number, dataLimit: string | null, validitySeconds: number | null, prefix: string, createdAt: string, speedProfile: { id: string, name: string, up: string, down: string } | null, vouchers: Array<{ userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string }> };

export type VouchersPageQueryVariables = Exact<{
  agentId?: string | null | undefined;
}>;


export type VouchersPageQuery = { voucherBatches: Array<{ id: string, agentId: string | null, agentUsername: string | null, routerId: string, routerName: string, count: number, dataLimit: string | null, validitySeconds: number | null, prefix: string, createdAt: string, speedProfile: { id: string, name: string, up: string, down: string } | null, vouchers: Array<{ userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string }> }>, routers: Array<{ id: string, name: string, status: RouterStatus, lastContactAt: string | null, nextAttemptAt: string | null, createdAt: string }>, speedProfiles: Array<{ id: string, name: string, up: string, down: string, validity: string | null }> };

export type VoucherBatchesQueryVariables = Exact<{
  agentId?: string | null | undefined;
}>;


export type VoucherBatchesQuery = { voucherBatches: Array<{ id: string, agentId: string | null, agentUsername: string | null, routerId: string, routerName: string, count: number, dataLimit: string | null, validitySeconds: number | null, prefix: string, createdAt: string, speedProfile: { id: string, name: string, up: string, down: string } | null, vouchers: Array<{ userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string }> }> };

export type VoucherBatchQueryVariables = Exact<{
  id: string;
}>;


export type VoucherBatchQuery = { voucherBatch: { id: string, agentId: string | null, agentUsername: string | null, routerId: string, routerName: string, count: number, dataLimit: string | null, validitySeconds: number | null, prefix: string, createdAt: string, speedProfile: { id: string, name: string, up: string, down: string } | null, vouchers: Array<{ userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string }> } | null };

export type GenerateVouchersMutationVariables = Exact<{
  input: GenerateVouchersInput;
}>;


export type GenerateVouchersMutation = { generateVouchers: { id: string, agentId: string | null, agentUsername: string | null, routerId: string, routerName: string, count: number, dataLimit: string | null, validitySeconds: number | null, prefix: string, createdAt: string, speedProfile: { id: string, name: string, up: string, down: string } | null, vouchers: Array<{ userId: string, code: string, password: string | null, status: UserStatus, used: string, expiresAt: string | null, state: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const TrafficFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}
    `, {"fragmentName":"TrafficFields"}) as unknown as TypedDocumentString<TrafficFieldsFragment, unknown>;
export const UserCountsFragmentDoc = new TypedDocumentString(`
    fragment UserCounts on Query {
  total: users(first: 1) {
    totalCount
  }
  active: users(first: 1, filter: {status: ACTIVE}) {
    totalCount
  }
  disabled: users(first: 1, filter: {status: DISABLED}) {
    totalCount
  }
  limited: users(first: 1, filter: {status: LIMITED}) {
    totalCount
  }
  expired: users(first: 1, filter: {status: EXPIRED}) {
    totalCount
  }
  suspended: users(first: 1, filter: {status: SUSPENDED}) {
    totalCount
  }
}
    `, {"fragmentName":"UserCounts"}) as unknown as TypedDocumentString<UserCountsFragment, unknown>;
export const AgentChoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentChoiceFields on Account {
  id
  username
  status
  overLimitAction
  throttleProfileId
}
    `, {"fragmentName":"AgentChoiceFields"}) as unknown as TypedDocumentString<AgentChoiceFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment AlertFields on Alert {
  id
  kind
  subjectId
  subjectName
  agentId
  threshold
  used
  limit
  percent
  at
  acknowledgedAt
  delivery
  overLimitAction
}
    `, {"fragmentName":"AlertFields"}) as unknown as TypedDocumentString<AlertFieldsFragment, unknown>;
export const RouterFieldsFragmentDoc = new TypedDocumentString(`
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}
    `, {"fragmentName":"RouterFields"}) as unknown as TypedDocumentString<RouterFieldsFragment, unknown>;
export const AgentRouterFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentRouterFields on Router {
  id
  name
  status
  lastContactAt
  nextAttemptAt
  createdAt
}
    `, {"fragmentName":"AgentRouterFields"}) as unknown as TypedDocumentString<AgentRouterFieldsFragment, unknown>;
export const SpeedProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}
    `, {"fragmentName":"SpeedProfileFields"}) as unknown as TypedDocumentString<SpeedProfileFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentFields on BandwidthAssignment {
  id
  routerId
  routerName
  macAddress
  userId
  username
  profileId
  profileName
  up
  down
  upBps
  downBps
  queueName
  state
  lastError
  attempts
  nextAttemptAt
  appliedAt
  updatedAt
}
    `, {"fragmentName":"AssignmentFields"}) as unknown as TypedDocumentString<AssignmentFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on ActiveSession {
  id
  user
  userId
  username
  macAddress
  address
  uptimeSeconds
  uploadBytes
  downloadBytes
  uploadRate
  downloadRate
  queueName
  limitUp
  limitDown
  assignmentId
  state
  throttled
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const RouterLoginFieldsFragmentDoc = new TypedDocumentString(`
    fragment RouterLoginFields on RouterLogin {
  id
  routerId
  routerName
  kind
  name
  userId
  username
  userStatus
  throttled
  held
  managed
  state
  lastError
  batchId
  updatedAt
}
    `, {"fragmentName":"RouterLoginFields"}) as unknown as TypedDocumentString<RouterLoginFieldsFragment, unknown>;
export const ConnectorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}
    `, {"fragmentName":"ConnectorFields"}) as unknown as TypedDocumentString<ConnectorFieldsFragment, unknown>;
export const PanelUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment PanelUserFields on PanelUser {
  connectorId
  connectorName
  inbound
  panelKey
  username
  enabled
  held
  panelStatus
  up
  down
  dataLimit
  expiresAt
  readAt
  resetPending
}
    `, {"fragmentName":"PanelUserFields"}) as unknown as TypedDocumentString<PanelUserFieldsFragment, unknown>;
export const ConnectorLogFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConnectorLogFields on ConnectorLogEntry {
  id
  at
  action
  panelKey
  inbound
  userId
  ok
  status
  message
}
    `, {"fragmentName":"ConnectorLogFields"}) as unknown as TypedDocumentString<ConnectorLogFieldsFragment, unknown>;
export const ResetEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}
    `, {"fragmentName":"ResetEventFields"}) as unknown as TypedDocumentString<ResetEventFieldsFragment, unknown>;
export const ResetScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResetScheduleFields on ResetSchedule {
  id
  name
  scope
  targetId
  targetLabel
  cron
  timeZone
  enabled
  reason
  nextRunAt
  lastRunAt
  lastEventId
  lastOk
  nextRuns(count: 5)
  createdAt
}
    `, {"fragmentName":"ResetScheduleFields"}) as unknown as TypedDocumentString<ResetScheduleFieldsFragment, unknown>;
export const TrafficReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrafficReportFields on TrafficReport {
  id
  createdAt
  trigger
  scope
  targetId
  targetLabel
  resetEventId
  scheduleId
  users
  agents
  servers
  up
  down
  lifetime
  csvUrl
  jsonUrl
}
    `, {"fragmentName":"TrafficReportFields"}) as unknown as TypedDocumentString<TrafficReportFieldsFragment, unknown>;
export const SettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SettingsFields on Settings {
  trackingEnabled
  retentionDays
  enforcementIntervalMinutes
  alertWebhookUrl
  alertWebhookSecretSet
  agentsCanResetUsers
  timeZone
}
    `, {"fragmentName":"SettingsFields"}) as unknown as TypedDocumentString<SettingsFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const GlobalStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment GlobalStatsFields on GlobalStats {
  users
  agents
  servers
  used
  up
  down
  lifetime
  samples
}
    `, {"fragmentName":"GlobalStatsFields"}) as unknown as TypedDocumentString<GlobalStatsFieldsFragment, unknown>;
export const UsagePointFieldsFragmentDoc = new TypedDocumentString(`
    fragment UsagePointFields on UsagePoint {
  at
  up
  down
  total
}
    `, {"fragmentName":"UsagePointFields"}) as unknown as TypedDocumentString<UsagePointFieldsFragment, unknown>;
export const ServerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServerFields on Server {
  id
  name
  kind
  status
  tokenPrefix
  up
  down
  lifetime
  samples
  lastSeenAt
  createdAt
}
    `, {"fragmentName":"ServerFields"}) as unknown as TypedDocumentString<ServerFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const VoucherFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}
    `, {"fragmentName":"VoucherFields"}) as unknown as TypedDocumentString<VoucherFieldsFragment, unknown>;
export const VoucherBatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoucherBatchFields on VoucherBatch {
  id
  agentId
  agentUsername
  routerId
  routerName
  speedProfile {
    id
    name
    up
    down
  }
  count
  dataLimit
  validitySeconds
  prefix
  createdAt
  vouchers {
    ...VoucherFields
  }
}
    fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}`, {"fragmentName":"VoucherBatchFields"}) as unknown as TypedDocumentString<VoucherBatchFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    account {
      id
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AdminDashboardDocument = new TypedDocumentString(`
    query AdminDashboard {
  agents {
    ...AccountFields
  }
  ...UserCounts
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}
fragment UserCounts on Query {
  total: users(first: 1) {
    totalCount
  }
  active: users(first: 1, filter: {status: ACTIVE}) {
    totalCount
  }
  disabled: users(first: 1, filter: {status: DISABLED}) {
    totalCount
  }
  limited: users(first: 1, filter: {status: LIMITED}) {
    totalCount
  }
  expired: users(first: 1, filter: {status: EXPIRED}) {
    totalCount
  }
  suspended: users(first: 1, filter: {status: SUSPENDED}) {
    totalCount
  }
}`) as unknown as TypedDocumentString<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AgentDashboardDocument = new TypedDocumentString(`
    query AgentDashboard {
  me {
    ...AccountFields
  }
  ...UserCounts
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}
fragment UserCounts on Query {
  total: users(first: 1) {
    totalCount
  }
  active: users(first: 1, filter: {status: ACTIVE}) {
    totalCount
  }
  disabled: users(first: 1, filter: {status: DISABLED}) {
    totalCount
  }
  limited: users(first: 1, filter: {status: LIMITED}) {
    totalCount
  }
  expired: users(first: 1, filter: {status: EXPIRED}) {
    totalCount
  }
  suspended: users(first: 1, filter: {status: SUSPENDED}) {
    totalCount
  }
}`) as unknown as TypedDocumentString<AgentDashboardQuery, AgentDashboardQueryVariables>;
export const AgentTrafficDocument = new TypedDocumentString(`
    query AgentTraffic($agentId: ID!) {
  agentTraffic(agentId: $agentId) {
    ...TrafficFields
  }
}
    fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}`) as unknown as TypedDocumentString<AgentTrafficQuery, AgentTrafficQueryVariables>;
export const AgentsTrafficDocument = new TypedDocumentString(`
    query AgentsTraffic {
  agentsTraffic {
    ...TrafficFields
  }
}
    fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}`) as unknown as TypedDocumentString<AgentsTrafficQuery, AgentsTrafficQueryVariables>;
export const AgentsWithTrafficDocument = new TypedDocumentString(`
    query AgentsWithTraffic {
  agents {
    ...AccountFields
  }
  agentsTraffic {
    ...TrafficFields
  }
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}
fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}`) as unknown as TypedDocumentString<AgentsWithTrafficQuery, AgentsWithTrafficQueryVariables>;
export const CheckAgentDocument = new TypedDocumentString(`
    mutation CheckAgent($agentId: ID!) {
  checkAgent(agentId: $agentId) {
    ...TrafficFields
  }
}
    fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}`) as unknown as TypedDocumentString<CheckAgentMutation, CheckAgentMutationVariables>;
export const CheckAllAgentsDocument = new TypedDocumentString(`
    mutation CheckAllAgents {
  checkAllAgents {
    ...TrafficFields
  }
}
    fragment TrafficFields on AgentTraffic {
  agentId
  username
  status
  limit
  quotaMode
  charged
  allocated
  remaining
  lifetime
  percent
  exceeded
  soldOut
  maxUsers
  users
  userSlotsLeft
  activeUsers
  suspendedUsers
  limitedUsers
  expiredUsers
  disabledUsers
}`) as unknown as TypedDocumentString<CheckAllAgentsMutation, CheckAllAgentsMutationVariables>;
export const CreateAgentDocument = new TypedDocumentString(`
    mutation CreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}`) as unknown as TypedDocumentString<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) {
  updateAgent(id: $id, input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}`) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const SetAgentTrafficLimitDocument = new TypedDocumentString(`
    mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {
  setAgentTrafficLimit(agentId: $agentId, limit: $limit) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  username
  role
  status
  trafficLimit
  maxUsers
  quotaMode
  userCount
  createdAt
  lastLoginAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
}`) as unknown as TypedDocumentString<SetAgentTrafficLimitMutation, SetAgentTrafficLimitMutationVariables>;
export const AgentOptionsDocument = new TypedDocumentString(`
    query AgentOptions {
  agents {
    id
    username
    status
  }
}
    `) as unknown as TypedDocumentString<AgentOptionsQuery, AgentOptionsQueryVariables>;
export const AgentChoicesDocument = new TypedDocumentString(`
    query AgentChoices {
  agents {
    ...AgentChoiceFields
  }
}
    fragment AgentChoiceFields on Account {
  id
  username
  status
  overLimitAction
  throttleProfileId
}`) as unknown as TypedDocumentString<AgentChoicesQuery, AgentChoicesQueryVariables>;
export const MyChoiceDocument = new TypedDocumentString(`
    query MyChoice {
  me {
    ...AgentChoiceFields
  }
}
    fragment AgentChoiceFields on Account {
  id
  username
  status
  overLimitAction
  throttleProfileId
}`) as unknown as TypedDocumentString<MyChoiceQuery, MyChoiceQueryVariables>;
export const AlertsDocument = new TypedDocumentString(`
    query Alerts($filter: AlertFilter, $first: Int, $after: String) {
  alerts(filter: $filter, first: $first, after: $after) {
    nodes {
      ...AlertFields
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
  unacknowledgedAlerts
}
    fragment AlertFields on Alert {
  id
  kind
  subjectId
  subjectName
  agentId
  threshold
  used
  limit
  percent
  at
  acknowledgedAt
  delivery
  overLimitAction
}`) as unknown as TypedDocumentString<AlertsQuery, AlertsQueryVariables>;
export const UnacknowledgedAlertsDocument = new TypedDocumentString(`
    query UnacknowledgedAlerts {
  unacknowledgedAlerts
}
    `) as unknown as TypedDocumentString<UnacknowledgedAlertsQuery, UnacknowledgedAlertsQueryVariables>;
export const AcknowledgeAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(id: $id) {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  kind
  subjectId
  subjectName
  agentId
  threshold
  used
  limit
  percent
  at
  acknowledgedAt
  delivery
  overLimitAction
}`) as unknown as TypedDocumentString<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const AcknowledgeAlertsDocument = new TypedDocumentString(`
    mutation AcknowledgeAlerts {
  acknowledgeAlerts
}
    `) as unknown as TypedDocumentString<AcknowledgeAlertsMutation, AcknowledgeAlertsMutationVariables>;
export const AlertRaisedDocument = new TypedDocumentString(`
    subscription AlertRaised {
  alertRaised {
    ...AlertFields
  }
}
    fragment AlertFields on Alert {
  id
  kind
  subjectId
  subjectName
  agentId
  threshold
  used
  limit
  percent
  at
  acknowledgedAt
  delivery
  overLimitAction
}`) as unknown as TypedDocumentString<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const BandwidthPageDocument = new TypedDocumentString(`
    query BandwidthPage {
  routers {
    ...RouterFields
  }
  speedProfiles {
    ...SpeedProfileFields
  }
  bandwidthAssignments {
    ...AssignmentFields
  }
  routerLogins {
    ...RouterLoginFields
  }
}
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}
fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}
fragment AssignmentFields on BandwidthAssignment {
  id
  routerId
  routerName
  macAddress
  userId
  username
  profileId
  profileName
  up
  down
  upBps
  downBps
  queueName
  state
  lastError
  attempts
  nextAttemptAt
  appliedAt
  updatedAt
}
fragment RouterLoginFields on RouterLogin {
  id
  routerId
  routerName
  kind
  name
  userId
  username
  userStatus
  throttled
  held
  managed
  state
  lastError
  batchId
  updatedAt
}`) as unknown as TypedDocumentString<BandwidthPageQuery, BandwidthPageQueryVariables>;
export const AgentBandwidthPageDocument = new TypedDocumentString(`
    query AgentBandwidthPage {
  routers {
    ...AgentRouterFields
  }
  speedProfiles {
    ...SpeedProfileFields
  }
  bandwidthAssignments {
    ...AssignmentFields
  }
  routerLogins {
    ...RouterLoginFields
  }
}
    fragment AgentRouterFields on Router {
  id
  name
  status
  lastContactAt
  nextAttemptAt
  createdAt
}
fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}
fragment AssignmentFields on BandwidthAssignment {
  id
  routerId
  routerName
  macAddress
  userId
  username
  profileId
  profileName
  up
  down
  upBps
  downBps
  queueName
  state
  lastError
  attempts
  nextAttemptAt
  appliedAt
  updatedAt
}
fragment RouterLoginFields on RouterLogin {
  id
  routerId
  routerName
  kind
  name
  userId
  username
  userStatus
  throttled
  held
  managed
  state
  lastError
  batchId
  updatedAt
}`) as unknown as TypedDocumentString<AgentBandwidthPageQuery, AgentBandwidthPageQueryVariables>;
export const CreateRouterDocument = new TypedDocumentString(`
    mutation CreateRouter($input: CreateRouterInput!) {
  createRouter(input: $input) {
    ...RouterFields
  }
}
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}`) as unknown as TypedDocumentString<CreateRouterMutation, CreateRouterMutationVariables>;
export const UpdateRouterDocument = new TypedDocumentString(`
    mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) {
  updateRouter(id: $id, input: $input) {
    ...RouterFields
  }
}
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}`) as unknown as TypedDocumentString<UpdateRouterMutation, UpdateRouterMutationVariables>;
export const DeleteRouterDocument = new TypedDocumentString(`
    mutation DeleteRouter($id: ID!) {
  deleteRouter(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRouterMutation, DeleteRouterMutationVariables>;
export const TestRouterDocument = new TypedDocumentString(`
    mutation TestRouter($id: ID!) {
  testRouter(id: $id) {
    ok
    identity
    version
    latencyMs
    error
    router {
      ...RouterFields
    }
  }
}
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}`) as unknown as TypedDocumentString<TestRouterMutation, TestRouterMutationVariables>;
export const SyncRouterDocument = new TypedDocumentString(`
    mutation SyncRouter($id: ID!) {
  syncRouter(id: $id) {
    ...RouterFields
  }
}
    fragment RouterFields on Router {
  id
  name
  host
  port
  tls
  username
  status
  lastError
  lastContactAt
  nextAttemptAt
  identity
  version
  latencyMs
  serverId
  createdAt
}`) as unknown as TypedDocumentString<SyncRouterMutation, SyncRouterMutationVariables>;
export const SpeedProfilesDocument = new TypedDocumentString(`
    query SpeedProfiles {
  speedProfiles {
    ...SpeedProfileFields
  }
}
    fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}`) as unknown as TypedDocumentString<SpeedProfilesQuery, SpeedProfilesQueryVariables>;
export const CreateSpeedProfileDocument = new TypedDocumentString(`
    mutation CreateSpeedProfile($input: SpeedProfileInput!) {
  createSpeedProfile(input: $input) {
    ...SpeedProfileFields
  }
}
    fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}`) as unknown as TypedDocumentString<CreateSpeedProfileMutation, CreateSpeedProfileMutationVariables>;
export const UpdateSpeedProfileDocument = new TypedDocumentString(`
    mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {
  updateSpeedProfile(id: $id, input: $input) {
    ...SpeedProfileFields
  }
}
    fragment SpeedProfileFields on SpeedProfile {
  id
  name
  up
  down
  upBps
  downBps
  price
  validity
}`) as unknown as TypedDocumentString<UpdateSpeedProfileMutation, UpdateSpeedProfileMutationVariables>;
export const DeleteSpeedProfileDocument = new TypedDocumentString(`
    mutation DeleteSpeedProfile($id: ID!) {
  deleteSpeedProfile(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSpeedProfileMutation, DeleteSpeedProfileMutationVariables>;
export const SetBandwidthLimitDocument = new TypedDocumentString(`
    mutation SetBandwidthLimit($input: BandwidthLimitInput!) {
  setBandwidthLimit(input: $input) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on BandwidthAssignment {
  id
  routerId
  routerName
  macAddress
  userId
  username
  profileId
  profileName
  up
  down
  upBps
  downBps
  queueName
  state
  lastError
  attempts
  nextAttemptAt
  appliedAt
  updatedAt
}`) as unknown as TypedDocumentString<SetBandwidthLimitMutation, SetBandwidthLimitMutationVariables>;
export const RemoveBandwidthLimitDocument = new TypedDocumentString(`
    mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) {
  removeBandwidthLimit(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveBandwidthLimitMutation, RemoveBandwidthLimitMutationVariables>;
export const ActiveSessionsDocument = new TypedDocumentString(`
    subscription ActiveSessions($routerId: ID!) {
  activeSessions(routerId: $routerId) {
    ...SessionFields
  }
}
    fragment SessionFields on ActiveSession {
  id
  user
  userId
  username
  macAddress
  address
  uptimeSeconds
  uploadBytes
  downloadBytes
  uploadRate
  downloadRate
  queueName
  limitUp
  limitDown
  assignmentId
  state
  throttled
}`) as unknown as TypedDocumentString<ActiveSessionsSubscription, ActiveSessionsSubscriptionVariables>;
export const RouterLoginsDocument = new TypedDocumentString(`
    query RouterLogins($routerId: ID, $userId: ID) {
  routerLogins(routerId: $routerId, userId: $userId) {
    ...RouterLoginFields
  }
}
    fragment RouterLoginFields on RouterLogin {
  id
  routerId
  routerName
  kind
  name
  userId
  username
  userStatus
  throttled
  held
  managed
  state
  lastError
  batchId
  updatedAt
}`) as unknown as TypedDocumentString<RouterLoginsQuery, RouterLoginsQueryVariables>;
export const ConnectorsPageDocument = new TypedDocumentString(`
    query ConnectorsPage {
  connectors {
    ...ConnectorFields
  }
  agents {
    id
    username
    status
  }
}
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}`) as unknown as TypedDocumentString<ConnectorsPageQuery, ConnectorsPageQueryVariables>;
export const ConnectorsDocument = new TypedDocumentString(`
    query Connectors {
  connectors {
    ...ConnectorFields
  }
}
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}`) as unknown as TypedDocumentString<ConnectorsQuery, ConnectorsQueryVariables>;
export const ConnectorDetailDocument = new TypedDocumentString(`
    query ConnectorDetail($connectorId: ID!, $search: String, $first: Int, $logFirst: Int) {
  panelUsers(connectorId: $connectorId, search: $search, first: $first) {
    ...PanelUserFields
  }
  unmapped: panelUsers(
    connectorId: $connectorId
    unmappedOnly: true
    first: $first
  ) {
    ...PanelUserFields
  }
  connectorLog(connectorId: $connectorId, first: $logFirst) {
    ...ConnectorLogFields
  }
}
    fragment PanelUserFields on PanelUser {
  connectorId
  connectorName
  inbound
  panelKey
  username
  enabled
  held
  panelStatus
  up
  down
  dataLimit
  expiresAt
  readAt
  resetPending
}
fragment ConnectorLogFields on ConnectorLogEntry {
  id
  at
  action
  panelKey
  inbound
  userId
  ok
  status
  message
}`) as unknown as TypedDocumentString<ConnectorDetailQuery, ConnectorDetailQueryVariables>;
export const CreateConnectorDocument = new TypedDocumentString(`
    mutation CreateConnector($input: CreateConnectorInput!) {
  createConnector(input: $input) {
    ...ConnectorFields
  }
}
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}`) as unknown as TypedDocumentString<CreateConnectorMutation, CreateConnectorMutationVariables>;
export const UpdateConnectorDocument = new TypedDocumentString(`
    mutation UpdateConnector($id: ID!, $input: UpdateConnectorInput!) {
  updateConnector(id: $id, input: $input) {
    ...ConnectorFields
  }
}
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}`) as unknown as TypedDocumentString<UpdateConnectorMutation, UpdateConnectorMutationVariables>;
export const DeleteConnectorDocument = new TypedDocumentString(`
    mutation DeleteConnector($id: ID!) {
  deleteConnector(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteConnectorMutation, DeleteConnectorMutationVariables>;
export const TestConnectorDocument = new TypedDocumentString(`
    mutation TestConnector($id: ID!) {
  testConnector(id: $id) {
    ok
    version
    userCount
    latencyMs
    error
    connector {
      ...ConnectorFields
    }
  }
}
    fragment ConnectorFields on Connector {
  id
  name
  kind
  url
  username
  hasPassword
  hasTotpSecret
  hasApiToken
  pollSeconds
  deleteDepleted
  status
  lastError
  lastSyncAt
  nextAttemptAt
  version
  latencyMs
  panelUsers
  unmappedUsers
  heldUsers
  createdAt
}`) as unknown as TypedDocumentString<TestConnectorMutation, TestConnectorMutationVariables>;
export const PollConnectorDocument = new TypedDocumentString(`
    mutation PollConnector($connectorId: ID!) {
  pollConnector(connectorId: $connectorId) {
    ok
    error
    samples
    bytes
    disabled
    enabled
    failedPushes
  }
}
    `) as unknown as TypedDocumentString<PollConnectorMutation, PollConnectorMutationVariables>;
export const ImportConnectorUsersDocument = new TypedDocumentString(`
    mutation ImportConnectorUsers($connectorId: ID!, $agentId: ID!) {
  importConnectorUsers(connectorId: $connectorId, agentId: $agentId) {
    imported
    skipped
    unmapped
    skippedUsers {
      panelKey
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportConnectorUsersMutation, ImportConnectorUsersMutationVariables>;
export const UsersPanelsDocument = new TypedDocumentString(`
    query UsersPanels($filter: UserFilter, $first: Int) {
  users(filter: $filter, first: $first) {
    nodes {
      id
      panels {
        ...PanelUserFields
      }
    }
  }
}
    fragment PanelUserFields on PanelUser {
  connectorId
  connectorName
  inbound
  panelKey
  username
  enabled
  held
  panelStatus
  up
  down
  dataLimit
  expiresAt
  readAt
  resetPending
}`) as unknown as TypedDocumentString<UsersPanelsQuery, UsersPanelsQueryVariables>;
export const ResetSettingsDocument = new TypedDocumentString(`
    query ResetSettings {
  settings {
    agentsCanResetUsers
    timeZone
  }
}
    `) as unknown as TypedDocumentString<ResetSettingsQuery, ResetSettingsQueryVariables>;
export const CanResetUsersDocument = new TypedDocumentString(`
    query CanResetUsers {
  canResetUsers
}
    `) as unknown as TypedDocumentString<CanResetUsersQuery, CanResetUsersQueryVariables>;
export const ResetEventsDocument = new TypedDocumentString(`
    query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {
  resetEvents(filter: $filter, first: $first, after: $after) {
    nodes {
      ...ResetEventFields
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetEventsQuery, ResetEventsQueryVariables>;
export const ResetEventSnapshotDocument = new TypedDocumentString(`
    query ResetEventSnapshot($id: ID!, $first: Int!) {
  resetEvent(id: $id) {
    id
    snapshot(first: $first)
    panelPushes {
      connectorName
      action
      panelKey
      inbound
      ok
      status
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResetEventSnapshotQuery, ResetEventSnapshotQueryVariables>;
export const ResetPerformedDocument = new TypedDocumentString(`
    subscription ResetPerformed {
  resetPerformed {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetPerformedSubscription, ResetPerformedSubscriptionVariables>;
export const ResetUserTrafficDocument = new TypedDocumentString(`
    mutation ResetUserTraffic($userId: ID!, $reason: String) {
  resetUserTraffic(userId: $userId, reason: $reason) {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetUserTrafficMutation, ResetUserTrafficMutationVariables>;
export const ResetServerTrafficDocument = new TypedDocumentString(`
    mutation ResetServerTraffic($serverId: ID!, $reason: String) {
  resetServerTraffic(serverId: $serverId, reason: $reason) {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetServerTrafficMutation, ResetServerTrafficMutationVariables>;
export const ResetAgentUsageDocument = new TypedDocumentString(`
    mutation ResetAgentUsage($agentId: ID!, $reason: String) {
  resetAgentUsage(agentId: $agentId, reason: $reason) {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetAgentUsageMutation, ResetAgentUsageMutationVariables>;
export const ResetAllTrafficDocument = new TypedDocumentString(`
    mutation ResetAllTraffic($confirm: String!, $reason: String) {
  resetAllTraffic(confirm: $confirm, reason: $reason) {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<ResetAllTrafficMutation, ResetAllTrafficMutationVariables>;
export const DeleteDepletedUsersDocument = new TypedDocumentString(`
    mutation DeleteDepletedUsers($serverId: ID) {
  deleteDepletedUsers(serverId: $serverId) {
    ...ResetEventFields
  }
}
    fragment ResetEventFields on ResetEvent {
  id
  scope
  targetId
  targetLabel
  actorId
  actorKind
  actorLabel
  reason
  trigger
  ok
  error
  affectedUsers
  bytesCleared
  reportId
  scheduleId
  at
}`) as unknown as TypedDocumentString<DeleteDepletedUsersMutation, DeleteDepletedUsersMutationVariables>;
export const ResetSchedulesDocument = new TypedDocumentString(`
    query ResetSchedules {
  resetSchedules {
    ...ResetScheduleFields
  }
}
    fragment ResetScheduleFields on ResetSchedule {
  id
  name
  scope
  targetId
  targetLabel
  cron
  timeZone
  enabled
  reason
  nextRunAt
  lastRunAt
  lastEventId
  lastOk
  nextRuns(count: 5)
  createdAt
}`) as unknown as TypedDocumentString<ResetSchedulesQuery, ResetSchedulesQueryVariables>;
export const PreviewScheduleDocument = new TypedDocumentString(`
    query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) {
  previewSchedule(cron: $cron, timeZone: $timeZone, count: $count)
}
    `) as unknown as TypedDocumentString<PreviewScheduleQuery, PreviewScheduleQueryVariables>;
export const CreateResetScheduleDocument = new TypedDocumentString(`
    mutation CreateResetSchedule($input: ResetScheduleInput!) {
  createResetSchedule(input: $input) {
    ...ResetScheduleFields
  }
}
    fragment ResetScheduleFields on ResetSchedule {
  id
  name
  scope
  targetId
  targetLabel
  cron
  timeZone
  enabled
  reason
  nextRunAt
  lastRunAt
  lastEventId
  lastOk
  nextRuns(count: 5)
  createdAt
}`) as unknown as TypedDocumentString<CreateResetScheduleMutation, CreateResetScheduleMutationVariables>;
export const UpdateResetScheduleDocument = new TypedDocumentString(`
    mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) {
  updateResetSchedule(id: $id, input: $input) {
    ...ResetScheduleFields
  }
}
    fragment ResetScheduleFields on ResetSchedule {
  id
  name
  scope
  targetId
  targetLabel
  cron
  timeZone
  enabled
  reason
  nextRunAt
  lastRunAt
  lastEventId
  lastOk
  nextRuns(count: 5)
  createdAt
}`) as unknown as TypedDocumentString<UpdateResetScheduleMutation, UpdateResetScheduleMutationVariables>;
export const DeleteResetScheduleDocument = new TypedDocumentString(`
    mutation DeleteResetSchedule($id: ID!) {
  deleteResetSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteResetScheduleMutation, DeleteResetScheduleMutationVariables>;
export const TrafficReportsDocument = new TypedDocumentString(`
    query TrafficReports($first: Int, $after: String) {
  trafficReports(first: $first, after: $after) {
    nodes {
      ...TrafficReportFields
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment TrafficReportFields on TrafficReport {
  id
  createdAt
  trigger
  scope
  targetId
  targetLabel
  resetEventId
  scheduleId
  users
  agents
  servers
  up
  down
  lifetime
  csvUrl
  jsonUrl
}`) as unknown as TypedDocumentString<TrafficReportsQuery, TrafficReportsQueryVariables>;
export const CreateTrafficReportDocument = new TypedDocumentString(`
    mutation CreateTrafficReport {
  createTrafficReport {
    ...TrafficReportFields
  }
}
    fragment TrafficReportFields on TrafficReport {
  id
  createdAt
  trigger
  scope
  targetId
  targetLabel
  resetEventId
  scheduleId
  users
  agents
  servers
  up
  down
  lifetime
  csvUrl
  jsonUrl
}`) as unknown as TypedDocumentString<CreateTrafficReportMutation, CreateTrafficReportMutationVariables>;
export const ResetTargetsDocument = new TypedDocumentString(`
    query ResetTargets {
  servers {
    id
    name
    status
  }
  agents {
    id
    username
    status
  }
}
    `) as unknown as TypedDocumentString<ResetTargetsQuery, ResetTargetsQueryVariables>;
export const SystemDocument = new TypedDocumentString(`
    query System {
  systemInfo {
    version
    database
    jobsBackend
    pubsub
    uptimeSeconds
    jobs {
      name
      repeatInterval
      nextRunAt
      lastRunAt
      lastFinishedAt
      failCount
      failReason
    }
  }
}
    `) as unknown as TypedDocumentString<SystemQuery, SystemQueryVariables>;
export const SettingsDocument = new TypedDocumentString(`
    query Settings {
  settings {
    ...SettingsFields
  }
}
    fragment SettingsFields on Settings {
  trackingEnabled
  retentionDays
  enforcementIntervalMinutes
  alertWebhookUrl
  alertWebhookSecretSet
  agentsCanResetUsers
  timeZone
}`) as unknown as TypedDocumentString<SettingsQuery, SettingsQueryVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: SettingsInput!) {
  updateSettings(input: $input) {
    ...SettingsFields
  }
}
    fragment SettingsFields on Settings {
  trackingEnabled
  retentionDays
  enforcementIntervalMinutes
  alertWebhookUrl
  alertWebhookSecretSet
  agentsCanResetUsers
  timeZone
}`) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($name: String!) {
  createApiKey(name: $name) {
    secret
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdminTrafficDocument = new TypedDocumentString(`
    query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
  globalStats {
    ...GlobalStatsFields
  }
  usageSeries(bucket: $bucket, from: $from) {
    ...UsagePointFields
  }
  topUsers(first: $first) {
    ...UserFields
  }
}
    fragment GlobalStatsFields on GlobalStats {
  users
  agents
  servers
  used
  up
  down
  lifetime
  samples
}
fragment UsagePointFields on UsagePoint {
  at
  up
  down
  total
}
fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<AdminTrafficQuery, AdminTrafficQueryVariables>;
export const GlobalStatsDocument = new TypedDocumentString(`
    query GlobalStats {
  globalStats {
    ...GlobalStatsFields
  }
}
    fragment GlobalStatsFields on GlobalStats {
  users
  agents
  servers
  used
  up
  down
  lifetime
  samples
}`) as unknown as TypedDocumentString<GlobalStatsQuery, GlobalStatsQueryVariables>;
export const AgentOwnTrafficDocument = new TypedDocumentString(`
    query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
  usageSeries(bucket: $bucket, from: $from) {
    ...UsagePointFields
  }
  topUsers(first: $first) {
    ...UserFields
  }
}
    fragment UsagePointFields on UsagePoint {
  at
  up
  down
  total
}
fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<AgentOwnTrafficQuery, AgentOwnTrafficQueryVariables>;
export const UsageSeriesDocument = new TypedDocumentString(`
    query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {
  usageSeries(
    userId: $userId
    agentId: $agentId
    bucket: $bucket
    from: $from
    to: $to
  ) {
    ...UsagePointFields
  }
}
    fragment UsagePointFields on UsagePoint {
  at
  up
  down
  total
}`) as unknown as TypedDocumentString<UsageSeriesQuery, UsageSeriesQueryVariables>;
export const TopUsersDocument = new TypedDocumentString(`
    query TopUsers($first: Int) {
  topUsers(first: $first) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<TopUsersQuery, TopUsersQueryVariables>;
export const UserUsageDocument = new TypedDocumentString(`
    query UserUsage($userId: ID!, $days: Int) {
  userUsage(userId: $userId, days: $days) {
    serverId
    serverName
    protocol
    up
    down
    total
    samples
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<UserUsageQuery, UserUsageQueryVariables>;
export const UsageUpdatedDocument = new TypedDocumentString(`
    subscription UsageUpdated($userId: ID, $agentId: ID) {
  usageUpdated(userId: $userId, agentId: $agentId) {
    scope
    userId
    agentId
    up
    down
    used
    lifetime
    at
  }
}
    `) as unknown as TypedDocumentString<UsageUpdatedSubscription, UsageUpdatedSubscriptionVariables>;
export const DatabaseInfoDocument = new TypedDocumentString(`
    query DatabaseInfo {
  databaseInfo {
    database
    tables {
      name
      rows
    }
    sizeBytes
    uniqueUsers
    uniqueServers
    retentionDays
    oldestSampleAt
    newestSampleAt
  }
}
    `) as unknown as TypedDocumentString<DatabaseInfoQuery, DatabaseInfoQueryVariables>;
export const CleanupSamplesDocument = new TypedDocumentString(`
    mutation CleanupSamples {
  cleanupSamples {
    deleted
    before
  }
}
    `) as unknown as TypedDocumentString<CleanupSamplesMutation, CleanupSamplesMutationVariables>;
export const ServersDocument = new TypedDocumentString(`
    query Servers {
  servers {
    ...ServerFields
  }
}
    fragment ServerFields on Server {
  id
  name
  kind
  status
  tokenPrefix
  up
  down
  lifetime
  samples
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<ServersQuery, ServersQueryVariables>;
export const CreateServerDocument = new TypedDocumentString(`
    mutation CreateServer($input: CreateServerInput!) {
  createServer(input: $input) {
    token
    server {
      ...ServerFields
    }
  }
}
    fragment ServerFields on Server {
  id
  name
  kind
  status
  tokenPrefix
  up
  down
  lifetime
  samples
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<CreateServerMutation, CreateServerMutationVariables>;
export const UpdateServerDocument = new TypedDocumentString(`
    mutation UpdateServer($id: ID!, $input: UpdateServerInput!) {
  updateServer(id: $id, input: $input) {
    ...ServerFields
  }
}
    fragment ServerFields on Server {
  id
  name
  kind
  status
  tokenPrefix
  up
  down
  lifetime
  samples
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<UpdateServerMutation, UpdateServerMutationVariables>;
export const RotateServerTokenDocument = new TypedDocumentString(`
    mutation RotateServerToken($id: ID!) {
  rotateServerToken(id: $id) {
    token
    server {
      ...ServerFields
    }
  }
}
    fragment ServerFields on Server {
  id
  name
  kind
  status
  tokenPrefix
  up
  down
  lifetime
  samples
  lastSeenAt
  createdAt
}`) as unknown as TypedDocumentString<RotateServerTokenMutation, RotateServerTokenMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    nodes {
      ...UserFields
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UserSearchDocument = new TypedDocumentString(`
    query UserSearch($search: String, $first: Int) {
  users(filter: {search: $search}, first: $first) {
    nodes {
      id
      username
      agentUsername
      status
      used
      dataLimit
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UserSearchQuery, UserSearchQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;
export const UserChangedDocument = new TypedDocumentString(`
    subscription UserChanged($agentId: ID) {
  userChanged(agentId: $agentId) {
    kind
    userId
    user {
      ...UserFields
    }
  }
}
    fragment UserFields on User {
  id
  username
  token
  agentId
  agentUsername
  status
  dataLimit
  used
  up
  down
  lifetime
  expiresAt
  macAddress
  createdAt
  resetStrategy
  billingDay
  timeZone
  nextResetAt
  lastResetAt
  overLimitAction
  throttleProfileId
  throttled
}`) as unknown as TypedDocumentString<UserChangedSubscription, UserChangedSubscriptionVariables>;
export const UserStatusChangedDocument = new TypedDocumentString(`
    subscription UserStatusChanged {
  userStatusChanged {
    userId
    agentId
    from
    to
    reason
  }
}
    `) as unknown as TypedDocumentString<UserStatusChangedSubscription, UserStatusChangedSubscriptionVariables>;
export const VouchersPageDocument = new TypedDocumentString(`
    query VouchersPage($agentId: ID) {
  voucherBatches(agentId: $agentId) {
    ...VoucherBatchFields
  }
  routers {
    ...AgentRouterFields
  }
  speedProfiles {
    id
    name
    up
    down
    validity
  }
}
    fragment AgentRouterFields on Router {
  id
  name
  status
  lastContactAt
  nextAttemptAt
  createdAt
}
fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}
fragment VoucherBatchFields on VoucherBatch {
  id
  agentId
  agentUsername
  routerId
  routerName
  speedProfile {
    id
    name
    up
    down
  }
  count
  dataLimit
  validitySeconds
  prefix
  createdAt
  vouchers {
    ...VoucherFields
  }
}`) as unknown as TypedDocumentString<VouchersPageQuery, VouchersPageQueryVariables>;
export const VoucherBatchesDocument = new TypedDocumentString(`
    query VoucherBatches($agentId: ID) {
  voucherBatches(agentId: $agentId) {
    ...VoucherBatchFields
  }
}
    fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}
fragment VoucherBatchFields on VoucherBatch {
  id
  agentId
  agentUsername
  routerId
  routerName
  speedProfile {
    id
    name
    up
    down
  }
  count
  dataLimit
  validitySeconds
  prefix
  createdAt
  vouchers {
    ...VoucherFields
  }
}`) as unknown as TypedDocumentString<VoucherBatchesQuery, VoucherBatchesQueryVariables>;
export const VoucherBatchDocument = new TypedDocumentString(`
    query VoucherBatch($id: ID!) {
  voucherBatch(id: $id) {
    ...VoucherBatchFields
  }
}
    fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}
fragment VoucherBatchFields on VoucherBatch {
  id
  agentId
  agentUsername
  routerId
  routerName
  speedProfile {
    id
    name
    up
    down
  }
  count
  dataLimit
  validitySeconds
  prefix
  createdAt
  vouchers {
    ...VoucherFields
  }
}`) as unknown as TypedDocumentString<VoucherBatchQuery, VoucherBatchQueryVariables>;
export const GenerateVouchersDocument = new TypedDocumentString(`
    mutation GenerateVouchers($input: GenerateVouchersInput!) {
  generateVouchers(input: $input) {
    ...VoucherBatchFields
  }
}
    fragment VoucherFields on Voucher {
  userId
  code
  password
  status
  used
  expiresAt
  state
}
fragment VoucherBatchFields on VoucherBatch {
  id
  agentId
  agentUsername
  routerId
  routerName
  speedProfile {
    id
    name
    up
    down
  }
  count
  dataLimit
  validitySeconds
  prefix
  createdAt
  vouchers {
    ...VoucherFields
  }
}`) as unknown as TypedDocumentString<GenerateVouchersMutation, GenerateVouchersMutationVariables>;