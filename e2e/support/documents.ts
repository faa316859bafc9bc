/**
 * The GraphQL the e2e support code sends to the API, typed from apps/api/schema.graphql
 * (`npm run codegen -w @tm/web` regenerates ./generated; the web build fails when it is stale).
 */
import { graphql } from './generated';

export const LOGIN = graphql(`
  mutation E2eLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token account { id } } }
`);

export const CREATE_AGENT = graphql(`
  mutation E2eCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { id username } }
`);

export const CREATE_USER = graphql(`
  mutation E2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }
`);

export const UPDATE_USER = graphql(`
  mutation E2eUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }
`);

export const DELETE_USER = graphql(`
  mutation E2eDeleteUser($id: ID!) { deleteUser(id: $id) }
`);

export const CREATE_SERVER = graphql(`
  mutation E2eCreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { id } } }
`);

export const GLOBAL_USED = graphql(`
  query E2eGlobalUsed { globalStats { used } }
`);

export const SERIES_TOTAL = graphql(`
  query E2eSeriesTotal($from: DateTime) { usageSeries(bucket: HOUR, from: $from) { total } }
`);

export const SETTINGS = graphql(`
  query E2eSettings { settings { trackingEnabled retentionDays } }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation E2eUpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { trackingEnabled } }
`);

export const LIMIT_SETTINGS = graphql(`
  query E2eLimitSettings { settings { enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet } }
`);

export const AGENT_TRAFFIC = graphql(`
  query E2eAgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { limit charged remaining exceeded suspendedUsers } }
`);

export const RESET_SETTINGS = graphql(`
  query E2eResetSettings { settings { agentsCanResetUsers timeZone } }
`);

export const USER_USED = graphql(`
  query E2eUserUsed($id: ID!) { user(id: $id) { used lifetime status } }
`);

export const RESET_USER_TRAFFIC = graphql(`
  mutation E2eResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { id ok bytesCleared } }
`);

export const RESET_SCHEDULES = graphql(`
  query E2eResetSchedules { resetSchedules { id name enabled cron timeZone } }
`);

export const SET_AGENT_TRAFFIC_LIMIT = graphql(`
  mutation E2eSetAgentTrafficLimit($agentId: ID!, $limit: Bytes) { setAgentTrafficLimit(agentId: $agentId, limit: $limit) { id } }
`);

export const CREATE_SPEED_PROFILE = graphql(`
  mutation E2eCreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id name } }
`);

export const DELETE_SPEED_PROFILE = graphql(`
  mutation E2eDeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }
`);

export const USER_CHOICE = graphql(`
  query E2eUserChoice($id: ID!) { user(id: $id) { status overLimitAction throttleProfileId throttled } }
`);

export const ROUTER_LOGINS = graphql(`
  query E2eRouterLogins($routerId: ID) { routerLogins(routerId: $routerId) { username held throttled state userStatus kind } }
`);

export const CREATE_ROUTER = graphql(`
  mutation E2eCreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { id } }
`);

export const DELETE_ROUTER = graphql(`
  mutation E2eDeleteRouter($id: ID!) { deleteRouter(id: $id) }
`);

export const CONNECTORS = graphql(`
  query E2eConnectors { connectors { id name status heldUsers unmappedUsers } }
`);

export const DELETE_CONNECTOR = graphql(`
  mutation E2eDeleteConnector($id: ID!) { deleteConnector(id: $id) }
`);

/** Users found by name, with their period usage and the panels they live in (admins). */
export const USERS_WITH_PANELS = graphql(`
  query E2eUsersWithPanels($search: String) {
    users(filter: { search: $search }, first: 50) { nodes { id username status used panels { connectorName enabled held panelStatus } } }
  }
`);
