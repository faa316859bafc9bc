/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Over the line: SUSPEND cuts the user off on the router (login disabled, session kicked); THROTTLE keeps it online at a throttle speed profile */
export type OverLimitAction =
  | 'SUSPEND'
  | 'THROTTLE';

/** USAGE: users draw on the limit as they move bytes; ALLOCATION: granted data limits are drawn up front */
export type QuotaMode =
  | 'ALLOCATION'
  | 'USAGE';

/** NONE; DAY; WEEK (Mondays); MONTH (the 1st); BILLING_MONTH (the billing day, clamped to the month’s end); YEAR (1 January). Local midnight in the time zone. */
export type ResetStrategy =
  | 'BILLING_MONTH'
  | 'DAY'
  | 'MONTH'
  | 'NONE'
  | 'WEEK'
  | 'YEAR';

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

export type ServerKind =
  | 'MARZBAN'
  | 'PASARGUARD'
  | 'ROUTEROS'
  | 'WEBHOOK'
  | 'XUI';

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

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'EXPIRED'
  | 'LIMITED'
  | 'SUSPENDED';

export type E2eLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type E2eLoginMutation = { login: { token: string, account: { id: string } } };

export type E2eCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type E2eCreateAgentMutation = { createAgent: { id: string, username: string } };

export type E2eCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type E2eCreateUserMutation = { createUser: { id: string, username: string } };

export type E2eUpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
}>;


export type E2eUpdateUserMutation = { updateUser: { id: string } };

export type E2eDeleteUserMutationVariables = Exact<{
  id: string;
}>;


export type E2eDeleteUserMutation = { deleteUser: boolean };

export type E2eCreateServerMutationVariables = Exact<{
  input: CreateServerInput;
}>;


export type E2eCreateServerMutation = { createServer: { token: string, server: { id: string } } };

export type E2eGlobalUsedQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eGlobalUsedQuery = { globalStats: { used: string } };

export type E2eSeriesTotalQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type E2eSeriesTotalQuery = { usageSeries: Array<{ total: string }> };

export type E2eSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eSettingsQuery = { settings: { trackingEnabled: boolean, retentionDays: number } };

export type E2eUpdateSettingsMutationVariables = Exact<{
  input: SettingsInput;
}>;


export type E2eUpdateSettingsMutation = { updateSettings: { trackingEnabled: boolean } };

export type E2eLimitSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eLimitSettingsQuery = { settings: { enforcementIntervalMinutes: number, alertWebhookUrl: string | null, alertWebhookSecretSet: boolean } };

export type E2eAgentTrafficQueryVariables = Exact<{
  agentId: string;
}>;


export type E2eAgentTrafficQuery = { agentTraffic: { limit: string | null, charged: string, remaining: string | null, exceeded: boolean, suspendedUsers: number } };

export type E2eResetSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eResetSettingsQuery = { settings: { agentsCanResetUsers: boolean, timeZone: string } };

export type E2eUserUsedQueryVariables = Exact<{
  id: string;
}>;


export type E2eUserUsedQuery = { user: { used: string, lifetime: string, status: UserStatus } | null };

export type E2eResetUserTrafficMutationVariables = Exact<{
  userId: string;
  reason?: string | null | undefined;
}>;


export type E2eResetUserTrafficMutation = { resetUserTraffic: { id: string, ok: boolean, bytesCleared: string } };

export type E2eResetSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eResetSchedulesQuery = { resetSchedules: Array<{ id: string, name: string, enabled: boolean, cron: string, timeZone: string }> };

export type E2eSetAgentTrafficLimitMutationVariables = Exact<{
  agentId: string;
  limit?: string | null | undefined;
}>;


export type E2eSetAgentTrafficLimitMutation = { setAgentTrafficLimit: { id: string } };

export type E2eCreateSpeedProfileMutationVariables = Exact<{
  input: SpeedProfileInput;
}>;


export type E2eCreateSpeedProfileMutation = { createSpeedProfile: { id: string, name: string } };

export type E2eDeleteSpeedProfileMutationVariables = Exact<{
  id: string;
}>;


export type E2eDeleteSpeedProfileMutation = { deleteSpeedProfile: boolean };

export type E2eUserChoiceQueryVariables = Exact<{
  id: string;
}>;


export type E2eUserChoiceQuery = { user: { status: UserStatus, overLimitAction: OverLimitAction | null, throttleProfileId: string | null, throttled: boolean } | null };

export type E2eRouterLoginsQueryVariables = Exact<{
  routerId?: string | null | undefined;
}>;


export type E2eRouterLoginsQuery = { routerLogins: Array<{ username: string, held: boolean, throttled: boolean, state: string, userStatus: UserStatus, kind: RouterLoginKind }> };

export type E2eCreateRouterMutationVariables = Exact<{
  input: CreateRouterInput;
}>;


export type E2eCreateRouterMutation = { createRouter: { id: string } };

export type E2eDeleteRouterMutationVariables = Exact<{
  id: string;
}>;


export type E2eDeleteRouterMutation = { deleteRouter: boolean };

export type E2eConnectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eConnectorsQuery = { connectors: Array<{ id: string, name: string, status: ConnectorStatus, heldUsers: number, unmappedUsers: number }> };

export type E2eDeleteConnectorMutationVariables = Exact<{
  id: string;
}>;


export type E2eDeleteConnectorMutation = { deleteConnector: boolean };

export type E2eUsersWithPanelsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type E2eUsersWithPanelsQuery = { users: { nodes: Array<{ id: string, username: string, status: UserStatus, used: string, panels: Array<{ connectorName: string, enabled: boolean, held: boolean, panelStatus: string }> }> } };

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

export const E2eLoginDocument = new TypedDocumentString(`
    mutation E2eLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    account {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<E2eLoginMutation, E2eLoginMutationVariables>;
export const E2eCreateAgentDocument = new TypedDocumentString(`
    mutation E2eCreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<E2eCreateAgentMutation, E2eCreateAgentMutationVariables>;
export const E2eCreateUserDocument = new TypedDocumentString(`
    mutation E2eCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<E2eCreateUserMutation, E2eCreateUserMutationVariables>;
export const E2eUpdateUserDocument = new TypedDocumentString(`
    mutation E2eUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eUpdateUserMutation, E2eUpdateUserMutationVariables>;
export const E2eDeleteUserDocument = new TypedDocumentString(`
    mutation E2eDeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<E2eDeleteUserMutation, E2eDeleteUserMutationVariables>;
export const E2eCreateServerDocument = new TypedDocumentString(`
    mutation E2eCreateServer($input: CreateServerInput!) {
  createServer(input: $input) {
    token
    server {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<E2eCreateServerMutation, E2eCreateServerMutationVariables>;
export const E2eGlobalUsedDocument = new TypedDocumentString(`
    query E2eGlobalUsed {
  globalStats {
    used
  }
}
    `) as unknown as TypedDocumentString<E2eGlobalUsedQuery, E2eGlobalUsedQueryVariables>;
export const E2eSeriesTotalDocument = new TypedDocumentString(`
    query E2eSeriesTotal($from: DateTime) {
  usageSeries(bucket: HOUR, from: $from) {
    total
  }
}
    `) as unknown as TypedDocumentString<E2eSeriesTotalQuery, E2eSeriesTotalQueryVariables>;
export const E2eSettingsDocument = new TypedDocumentString(`
    query E2eSettings {
  settings {
    trackingEnabled
    retentionDays
  }
}
    `) as unknown as TypedDocumentString<E2eSettingsQuery, E2eSettingsQueryVariables>;
export const E2eUpdateSettingsDocument = new TypedDocumentString(`
    mutation E2eUpdateSettings($input: SettingsInput!) {
  updateSettings(input: $input) {
    trackingEnabled
  }
}
    `) as unknown as TypedDocumentString<E2eUpdateSettingsMutation, E2eUpdateSettingsMutationVariables>;
export const E2eLimitSettingsDocument = new TypedDocumentString(`
    query E2eLimitSettings {
  settings {
    enforcementIntervalMinutes
    alertWebhookUrl
    alertWebhookSecretSet
  }
}
    `) as unknown as TypedDocumentString<E2eLimitSettingsQuery, E2eLimitSettingsQueryVariables>;
export const E2eAgentTrafficDocument = new TypedDocumentString(`
    query E2eAgentTraffic($agentId: ID!) {
  agentTraffic(agentId: $agentId) {
    limit
    charged
    remaining
    exceeded
    suspendedUsers
  }
}
    `) as unknown as TypedDocumentString<E2eAgentTrafficQuery, E2eAgentTrafficQueryVariables>;
export const E2eResetSettingsDocument = new TypedDocumentString(`
    query E2eResetSettings {
  settings {
    agentsCanResetUsers
    timeZone
  }
}
    `) as unknown as TypedDocumentString<E2eResetSettingsQuery, E2eResetSettingsQueryVariables>;
export const E2eUserUsedDocument = new TypedDocumentString(`
    query E2eUserUsed($id: ID!) {
  user(id: $id) {
    used
    lifetime
    status
  }
}
    `) as unknown as TypedDocumentString<E2eUserUsedQuery, E2eUserUsedQueryVariables>;
export const E2eResetUserTrafficDocument = new TypedDocumentString(`
    mutation E2eResetUserTraffic($userId: ID!, $reason: String) {
  resetUserTraffic(userId: $userId, reason: $reason) {
    id
    ok
    bytesCleared
  }
}
    `) as unknown as TypedDocumentString<E2eResetUserTrafficMutation, E2eResetUserTrafficMutationVariables>;
export const E2eResetSchedulesDocument = new TypedDocumentString(`
    query E2eResetSchedules {
  resetSchedules {
    id
    name
    enabled
    cron
    timeZone
  }
}
    `) as unknown as TypedDocumentString<E2eResetSchedulesQuery, E2eResetSchedulesQueryVariables>;
export const E2eSetAgentTrafficLimitDocument = new TypedDocumentString(`
    mutation E2eSetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {
  setAgentTrafficLimit(agentId: $agentId, limit: $limit) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eSetAgentTrafficLimitMutation, E2eSetAgentTrafficLimitMutationVariables>;
export const E2eCreateSpeedProfileDocument = new TypedDocumentString(`
    mutation E2eCreateSpeedProfile($input: SpeedProfileInput!) {
  createSpeedProfile(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<E2eCreateSpeedProfileMutation, E2eCreateSpeedProfileMutationVariables>;
export const E2eDeleteSpeedProfileDocument = new TypedDocumentString(`
    mutation E2eDeleteSpeedProfile($id: ID!) {
  deleteSpeedProfile(id: $id)
}
    `) as unknown as TypedDocumentString<E2eDeleteSpeedProfileMutation, E2eDeleteSpeedProfileMutationVariables>;
export const E2eUserChoiceDocument = new TypedDocumentString(`
    query E2eUserChoice($id: ID!) {
  user(id: $id) {
    status
    overLimitAction
    throttleProfileId
    throttled
  }
}
    `) as unknown as TypedDocumentString<E2eUserChoiceQuery, E2eUserChoiceQueryVariables>;
export const E2eRouterLoginsDocument = new TypedDocumentString(`
    query E2eRouterLogins($routerId: ID) {
  routerLogins(routerId: $routerId) {
    username
    held
    throttled
    state
    userStatus
    kind
  }
}
    `) as unknown as TypedDocumentString<E2eRouterLoginsQuery, E2eRouterLoginsQueryVariables>;
export const E2eCreateRouterDocument = new TypedDocumentString(`
    mutation E2eCreateRouter($input: CreateRouterInput!) {
  createRouter(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eCreateRouterMutation, E2eCreateRouterMutationVariables>;
export const E2eDeleteRouterDocument = new TypedDocumentString(`
    mutation E2eDeleteRouter($id: ID!) {
  deleteRouter(id: $id)
}
    `) as unknown as TypedDocumentString<E2eDeleteRouterMutation, E2eDeleteRouterMutationVariables>;
export const E2eConnectorsDocument = new TypedDocumentString(`
    query E2eConnectors {
  connectors {
    id
    name
    status
    heldUsers
    unmappedUsers
  }
}
    `) as unknown as TypedDocumentString<E2eConnectorsQuery, E2eConnectorsQueryVariables>;
export const E2eDeleteConnectorDocument = new TypedDocumentString(`
    mutation E2eDeleteConnector($id: ID!) {
  deleteConnector(id: $id)
}
    `) as unknown as TypedDocumentString<E2eDeleteConnectorMutation, E2eDeleteConnectorMutationVariables>;
export const E2eUsersWithPanelsDocument = new TypedDocumentString(`
    query E2eUsersWithPanels($search: String) {
  users(filter: {search: $search}, first: 50) {
    nodes {
      id
      username
      status
      used
      panels {
        connectorName
        enabled
        held
        panelStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eUsersWithPanelsQuery, E2eUsersWithPanelsQueryVariables>;