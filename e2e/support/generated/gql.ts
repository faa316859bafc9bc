/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation E2eLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token account { id } } }\n": typeof types.E2eLoginDocument,
    "\n  mutation E2eCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { id username } }\n": typeof types.E2eCreateAgentDocument,
    "\n  mutation E2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": typeof types.E2eCreateUserDocument,
    "\n  mutation E2eUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": typeof types.E2eUpdateUserDocument,
    "\n  mutation E2eDeleteUser($id: ID!) { deleteUser(id: $id) }\n": typeof types.E2eDeleteUserDocument,
    "\n  mutation E2eCreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { id } } }\n": typeof types.E2eCreateServerDocument,
    "\n  query E2eGlobalUsed { globalStats { used } }\n": typeof types.E2eGlobalUsedDocument,
    "\n  query E2eSeriesTotal($from: DateTime) { usageSeries(bucket: HOUR, from: $from) { total } }\n": typeof types.E2eSeriesTotalDocument,
    "\n  query E2eSettings { settings { trackingEnabled retentionDays } }\n": typeof types.E2eSettingsDocument,
    "\n  mutation E2eUpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { trackingEnabled } }\n": typeof types.E2eUpdateSettingsDocument,
    "\n  query E2eLimitSettings { settings { enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet } }\n": typeof types.E2eLimitSettingsDocument,
    "\n  query E2eAgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { limit charged remaining exceeded suspendedUsers } }\n": typeof types.E2eAgentTrafficDocument,
    "\n  query E2eResetSettings { settings { agentsCanResetUsers timeZone } }\n": typeof types.E2eResetSettingsDocument,
    "\n  query E2eUserUsed($id: ID!) { user(id: $id) { used lifetime status } }\n": typeof types.E2eUserUsedDocument,
    "\n  mutation E2eResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { id ok bytesCleared } }\n": typeof types.E2eResetUserTrafficDocument,
    "\n  query E2eResetSchedules { resetSchedules { id name enabled cron timeZone } }\n": typeof types.E2eResetSchedulesDocument,
    "\n  mutation E2eSetAgentTrafficLimit($agentId: ID!, $limit: Bytes) { setAgentTrafficLimit(agentId: $agentId, limit: $limit) { id } }\n": typeof types.E2eSetAgentTrafficLimitDocument,
    "\n  mutation E2eCreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id name } }\n": typeof types.E2eCreateSpeedProfileDocument,
    "\n  mutation E2eDeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n": typeof types.E2eDeleteSpeedProfileDocument,
    "\n  query E2eUserChoice($id: ID!) { user(id: $id) { status overLimitAction throttleProfileId throttled } }\n": typeof types.E2eUserChoiceDocument,
    "\n  query E2eRouterLogins($routerId: ID) { routerLogins(routerId: $routerId) { username held throttled state userStatus kind } }\n": typeof types.E2eRouterLoginsDocument,
    "\n  mutation E2eCreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { id } }\n": typeof types.E2eCreateRouterDocument,
    "\n  mutation E2eDeleteRouter($id: ID!) { deleteRouter(id: $id) }\n": typeof types.E2eDeleteRouterDocument,
    "\n  query E2eConnectors { connectors { id name status heldUsers unmappedUsers } }\n": typeof types.E2eConnectorsDocument,
    "\n  mutation E2eDeleteConnector($id: ID!) { deleteConnector(id: $id) }\n": typeof types.E2eDeleteConnectorDocument,
    "\n  query E2eUsersWithPanels($search: String) {\n    users(filter: { search: $search }, first: 50) { nodes { id username status used panels { connectorName enabled held panelStatus } } }\n  }\n": typeof types.E2eUsersWithPanelsDocument,
};
const documents: Documents = {
    "\n  mutation E2eLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token account { id } } }\n": types.E2eLoginDocument,
    "\n  mutation E2eCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { id username } }\n": types.E2eCreateAgentDocument,
    "\n  mutation E2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": types.E2eCreateUserDocument,
    "\n  mutation E2eUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": types.E2eUpdateUserDocument,
    "\n  mutation E2eDeleteUser($id: ID!) { deleteUser(id: $id) }\n": types.E2eDeleteUserDocument,
    "\n  mutation E2eCreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { id } } }\n": types.E2eCreateServerDocument,
    "\n  query E2eGlobalUsed { globalStats { used } }\n": types.E2eGlobalUsedDocument,
    "\n  query E2eSeriesTotal($from: DateTime) { usageSeries(bucket: HOUR, from: $from) { total } }\n": types.E2eSeriesTotalDocument,
    "\n  query E2eSettings { settings { trackingEnabled retentionDays } }\n": types.E2eSettingsDocument,
    "\n  mutation E2eUpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { trackingEnabled } }\n": types.E2eUpdateSettingsDocument,
    "\n  query E2eLimitSettings { settings { enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet } }\n": types.E2eLimitSettingsDocument,
    "\n  query E2eAgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { limit charged remaining exceeded suspendedUsers } }\n": types.E2eAgentTrafficDocument,
    "\n  query E2eResetSettings { settings { agentsCanResetUsers timeZone } }\n": types.E2eResetSettingsDocument,
    "\n  query E2eUserUsed($id: ID!) { user(id: $id) { used lifetime status } }\n": types.E2eUserUsedDocument,
    "\n  mutation E2eResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { id ok bytesCleared } }\n": types.E2eResetUserTrafficDocument,
    "\n  query E2eResetSchedules { resetSchedules { id name enabled cron timeZone } }\n": types.E2eResetSchedulesDocument,
    "\n  mutation E2eSetAgentTrafficLimit($agentId: ID!, $limit: Bytes) { setAgentTrafficLimit(agentId: $agentId, limit: $limit) { id } }\n": types.E2eSetAgentTrafficLimitDocument,
    "\n  mutation E2eCreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id name } }\n": types.E2eCreateSpeedProfileDocument,
    "\n  mutation E2eDeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n": types.E2eDeleteSpeedProfileDocument,
    "\n  query E2eUserChoice($id: ID!) { user(id: $id) { status overLimitAction throttleProfileId throttled } }\n": types.E2eUserChoiceDocument,
    "\n  query E2eRouterLogins($routerId: ID) { routerLogins(routerId: $routerId) { username held throttled state userStatus kind } }\n": types.E2eRouterLoginsDocument,
    "\n  mutation E2eCreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { id } }\n": types.E2eCreateRouterDocument,
    "\n  mutation E2eDeleteRouter($id: ID!) { deleteRouter(id: $id) }\n": types.E2eDeleteRouterDocument,
    "\n  query E2eConnectors { connectors { id name status heldUsers unmappedUsers } }\n": types.E2eConnectorsDocument,
    "\n  mutation E2eDeleteConnector($id: ID!) { deleteConnector(id: $id) }\n": types.E2eDeleteConnectorDocument,
    "\n  query E2eUsersWithPanels($search: String) {\n    users(filter: { search: $search }, first: 50) { nodes { id username status used panels { connectorName enabled held panelStatus } } }\n  }\n": types.E2eUsersWithPanelsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token account { id } } }\n"): typeof import('./graphql').E2eLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { id username } }\n"): typeof import('./graphql').E2eCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"): typeof import('./graphql').E2eCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n"): typeof import('./graphql').E2eUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDeleteUser($id: ID!) { deleteUser(id: $id) }\n"): typeof import('./graphql').E2eDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { id } } }\n"): typeof import('./graphql').E2eCreateServerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eGlobalUsed { globalStats { used } }\n"): typeof import('./graphql').E2eGlobalUsedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSeriesTotal($from: DateTime) { usageSeries(bucket: HOUR, from: $from) { total } }\n"): typeof import('./graphql').E2eSeriesTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSettings { settings { trackingEnabled retentionDays } }\n"): typeof import('./graphql').E2eSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eUpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { trackingEnabled } }\n"): typeof import('./graphql').E2eUpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eLimitSettings { settings { enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet } }\n"): typeof import('./graphql').E2eLimitSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eAgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { limit charged remaining exceeded suspendedUsers } }\n"): typeof import('./graphql').E2eAgentTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eResetSettings { settings { agentsCanResetUsers timeZone } }\n"): typeof import('./graphql').E2eResetSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eUserUsed($id: ID!) { user(id: $id) { used lifetime status } }\n"): typeof import('./graphql').E2eUserUsedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { id ok bytesCleared } }\n"): typeof import('./graphql').E2eResetUserTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eResetSchedules { resetSchedules { id name enabled cron timeZone } }\n"): typeof import('./graphql').E2eResetSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSetAgentTrafficLimit($agentId: ID!, $limit: Bytes) { setAgentTrafficLimit(agentId: $agentId, limit: $limit) { id } }\n"): typeof import('./graphql').E2eSetAgentTrafficLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { id name } }\n"): typeof import('./graphql').E2eCreateSpeedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n"): typeof import('./graphql').E2eDeleteSpeedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eUserChoice($id: ID!) { user(id: $id) { status overLimitAction throttleProfileId throttled } }\n"): typeof import('./graphql').E2eUserChoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eRouterLogins($routerId: ID) { routerLogins(routerId: $routerId) { username held throttled state userStatus kind } }\n"): typeof import('./graphql').E2eRouterLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { id } }\n"): typeof import('./graphql').E2eCreateRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDeleteRouter($id: ID!) { deleteRouter(id: $id) }\n"): typeof import('./graphql').E2eDeleteRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eConnectors { connectors { id name status heldUsers unmappedUsers } }\n"): typeof import('./graphql').E2eConnectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eDeleteConnector($id: ID!) { deleteConnector(id: $id) }\n"): typeof import('./graphql').E2eDeleteConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eUsersWithPanels($search: String) {\n    users(filter: { search: $search }, first: 50) { nodes { id username status used panels { connectorName enabled held panelStatus } } }\n  }\n"): typeof import('./graphql').E2eUsersWithPanelsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
