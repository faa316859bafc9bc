/** Every GraphQL operation the portal sends, in one place (names from API.md). */

export const ACCOUNT_FIELDS = `
  id username role status trafficLimit maxUsers quotaMode userCount createdAt lastLoginAt
  resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId
`;

export const USER_FIELDS = `
  id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress createdAt
  resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId throttled
`;

export const TRAFFIC_FIELDS = `
  agentId username status limit quotaMode charged allocated remaining lifetime percent exceeded soldOut
  maxUsers users userSlotsLeft activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt account { id username role } }
  }
`;

/** The signed-in account changes its own password (any role). */
export const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

/** Counts of users by status (scoped by the API: an agent counts its own). */
export const USER_COUNTS_FIELDS = `
  total: users(first: 1) { totalCount }
  active: users(first: 1, filter: { status: ACTIVE }) { totalCount }
  disabled: users(first: 1, filter: { status: DISABLED }) { totalCount }
  limited: users(first: 1, filter: { status: LIMITED }) { totalCount }
  expired: users(first: 1, filter: { status: EXPIRED }) { totalCount }
  suspended: users(first: 1, filter: { status: SUSPENDED }) { totalCount }
`;

export const ADMIN_DASHBOARD = /* GraphQL */ `
  query AdminDashboard {
    agents { ${ACCOUNT_FIELDS} }
    ${USER_COUNTS_FIELDS}
  }
`;

export const AGENT_DASHBOARD = /* GraphQL */ `
  query AgentDashboard {
    me { ${ACCOUNT_FIELDS} }
    ${USER_COUNTS_FIELDS}
  }
`;

export const AGENT_TRAFFIC = /* GraphQL */ `
  query AgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { ${TRAFFIC_FIELDS} } }
`;

export const AGENTS = /* GraphQL */ `
  query Agents { agents { ${ACCOUNT_FIELDS} } }
`;

/** Every agent's standing (ADMIN), in one round trip. */
export const AGENTS_TRAFFIC = /* GraphQL */ `
  query AgentsTraffic { agentsTraffic { ${TRAFFIC_FIELDS} } }
`;

/** The agents page: accounts (for editing) and their standing, in one request. */
export const AGENTS_WITH_TRAFFIC = /* GraphQL */ `
  query AgentsWithTraffic {
    agents { ${ACCOUNT_FIELDS} }
    agentsTraffic { ${TRAFFIC_FIELDS} }
  }
`;

/** Enforce one agent's limit now (suspend / resume its users) and return its standing. */
export const CHECK_AGENT = /* GraphQL */ `
  mutation CheckAgent($agentId: ID!) { checkAgent(agentId: $agentId) { ${TRAFFIC_FIELDS} } }
`;

export const CHECK_ALL_AGENTS = /* GraphQL */ `
  mutation CheckAllAgents { checkAllAgents { ${TRAFFIC_FIELDS} } }
`;

export const CREATE_AGENT = /* GraphQL */ `
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ${ACCOUNT_FIELDS} } }
`;

export const UPDATE_AGENT = /* GraphQL */ `
  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { ${ACCOUNT_FIELDS} } }
`;

export const SET_AGENT_TRAFFIC_LIMIT = /* GraphQL */ `
  mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {
    setAgentTrafficLimit(agentId: $agentId, limit: $limit) { ${ACCOUNT_FIELDS} }
  }
`;

export const USERS = /* GraphQL */ `
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      nodes { ${USER_FIELDS} }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`;

export const AGENT_OPTIONS = /* GraphQL */ `
  query AgentOptions { agents { id username status } }
`;

export const CREATE_USER = /* GraphQL */ `
  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }
`;

export const UPDATE_USER = /* GraphQL */ `
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }
`;

export const DELETE_USER = /* GraphQL */ `
  mutation DeleteUser($id: ID!) { deleteUser(id: $id) }
`;

export const USER_CHANGED = /* GraphQL */ `
  subscription UserChanged($agentId: ID) {
    userChanged(agentId: $agentId) { kind userId user { ${USER_FIELDS} } }
  }
`;

/** Statuses enforcement changed (suspended, limited, expired, resumed), one message per check. */
export const USER_STATUS_CHANGED = /* GraphQL */ `
  subscription UserStatusChanged { userStatusChanged { userId agentId from to reason } }
`;

export const SYSTEM = /* GraphQL */ `
  query System {
    systemInfo {
      version database jobsBackend pubsub uptimeSeconds
      jobs { name repeatInterval nextRunAt lastRunAt lastFinishedAt failCount failReason }
    }
  }
`;

export const API_KEYS = /* GraphQL */ `
  query ApiKeys { apiKeys { id name prefix createdAt lastUsedAt revokedAt } }
`;

export const CREATE_API_KEY = /* GraphQL */ `
  mutation CreateApiKey($name: String!) {
    createApiKey(name: $name) { secret apiKey { id name prefix createdAt lastUsedAt revokedAt } }
  }
`;

export const REVOKE_API_KEY = /* GraphQL */ `
  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) }
`;

/* ---------- Traffic ---------- */

export const GLOBAL_STATS_FIELDS = `users agents servers used up down lifetime samples`;
export const USAGE_POINT_FIELDS = `at up down total`;
export const SERVER_FIELDS = `id name kind status tokenPrefix up down lifetime samples lastSeenAt createdAt`;
export const SERVER_USAGE_FIELDS = `serverId serverName protocol up down total samples lastSeenAt`;

/** The admin dashboard's traffic half: global figures, the chart, the heaviest users. */
export const ADMIN_TRAFFIC = /* GraphQL */ `
  query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
    globalStats { ${GLOBAL_STATS_FIELDS} }
    usageSeries(bucket: $bucket, from: $from) { ${USAGE_POINT_FIELDS} }
    topUsers(first: $first) { ${USER_FIELDS} }
  }
`;

export const GLOBAL_STATS = /* GraphQL */ `
  query GlobalStats { globalStats { ${GLOBAL_STATS_FIELDS} } }
`;

/** An agent's own traffic: no userId/agentId = the caller (admin: global, agent: itself). */
export const AGENT_OWN_TRAFFIC = /* GraphQL */ `
  query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
    usageSeries(bucket: $bucket, from: $from) { ${USAGE_POINT_FIELDS} }
    topUsers(first: $first) { ${USER_FIELDS} }
  }
`;

export const USAGE_SERIES = /* GraphQL */ `
  query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {
    usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { ${USAGE_POINT_FIELDS} }
  }
`;

export const TOP_USERS = /* GraphQL */ `
  query TopUsers($first: Int) { topUsers(first: $first) { ${USER_FIELDS} } }
`;

export const USER_USAGE = /* GraphQL */ `
  query UserUsage($userId: ID!, $days: Int) { userUsage(userId: $userId, days: $days) { ${SERVER_USAGE_FIELDS} } }
`;

export const USER = /* GraphQL */ `
  query User($id: ID!) { user(id: $id) { ${USER_FIELDS} } }
`;

/** A few users for a search-as-you-type picker. */
export const USER_SEARCH = /* GraphQL */ `
  query UserSearch($search: String, $first: Int) {
    users(filter: { search: $search }, first: $first) { nodes { id username agentUsername status used dataLimit } totalCount }
  }
`;

export const DATABASE_INFO = /* GraphQL */ `
  query DatabaseInfo {
    databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt }
  }
`;

export const SETTINGS_FIELDS = `trackingEnabled retentionDays enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet agentsCanResetUsers timeZone`;

export const SETTINGS = /* GraphQL */ `
  query Settings { settings { ${SETTINGS_FIELDS} } }
`;

export const UPDATE_SETTINGS = /* GraphQL */ `
  mutation UpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { ${SETTINGS_FIELDS} } }
`;

export const CLEANUP_SAMPLES = /* GraphQL */ `
  mutation CleanupSamples { cleanupSamples { deleted before } }
`;

export const SERVERS = /* GraphQL */ `
  query Servers { servers { ${SERVER_FIELDS} } }
`;

export const CREATE_SERVER = /* GraphQL */ `
  mutation CreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { ${SERVER_FIELDS} } } }
`;

export const UPDATE_SERVER = /* GraphQL */ `
  mutation UpdateServer($id: ID!, $input: UpdateServerInput!) { updateServer(id: $id, input: $input) { ${SERVER_FIELDS} } }
`;

export const ROTATE_SERVER_TOKEN = /* GraphQL */ `
  mutation RotateServerToken($id: ID!) { rotateServerToken(id: $id) { token server { ${SERVER_FIELDS} } } }
`;

/** Usage as it is counted (coalesced by the API to at most one event per second per user/agent). */
export const USAGE_UPDATED = /* GraphQL */ `
  subscription UsageUpdated($userId: ID, $agentId: ID) {
    usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }
  }
`;

/* ---------- Alerts ---------- */

export const ALERT_FIELDS = `id kind subjectId subjectName agentId threshold used limit percent at acknowledgedAt delivery overLimitAction`;

/** Alerts the caller sees (an agent: its own and its users'), newest first. */
export const ALERTS = /* GraphQL */ `
  query Alerts($filter: AlertFilter, $first: Int, $after: String) {
    alerts(filter: $filter, first: $first, after: $after) {
      nodes { ${ALERT_FIELDS} }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
    unacknowledgedAlerts
  }
`;

export const UNACKNOWLEDGED_ALERTS = /* GraphQL */ `
  query UnacknowledgedAlerts { unacknowledgedAlerts }
`;

export const ACKNOWLEDGE_ALERT = /* GraphQL */ `
  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ${ALERT_FIELDS} } }
`;

/** Acknowledges every unacknowledged alert the caller sees; answers how many. */
export const ACKNOWLEDGE_ALERTS = /* GraphQL */ `
  mutation AcknowledgeAlerts { acknowledgeAlerts }
`;

export const ALERT_RAISED = /* GraphQL */ `
  subscription AlertRaised { alertRaised { ${ALERT_FIELDS} } }
`;

/* ---------- Resets ---------- */

export const RESET_EVENT_FIELDS = `
  id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at
`;

export const RESET_SCHEDULE_FIELDS = `
  id name scope targetId targetLabel cron timeZone enabled reason nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 5) createdAt
`;

export const TRAFFIC_REPORT_FIELDS = `
  id createdAt trigger scope targetId targetLabel resetEventId scheduleId users agents servers up down lifetime csvUrl jsonUrl
`;

/** What resets may do and the default zone (admins; an agent may be refused). */
export const RESET_SETTINGS = /* GraphQL */ `
  query ResetSettings { settings { agentsCanResetUsers timeZone } }
`;

/** Whether the caller may reset its users' traffic (admins always; agents when settings allow). */
export const CAN_RESET_USERS = /* GraphQL */ `
  query CanResetUsers { canResetUsers }
`;

/** The audit log, newest first (an agent: its own users' events). */
export const RESET_EVENTS = /* GraphQL */ `
  query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {
    resetEvents(filter: $filter, first: $first, after: $after) {
      nodes { ${RESET_EVENT_FIELDS} }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`;

/** One event with the before-values it zeroed. */
export const RESET_EVENT_SNAPSHOT = /* GraphQL */ `
  query ResetEventSnapshot($id: ID!, $first: Int!) { resetEvent(id: $id) { id snapshot(first: $first) } }
`;

export const RESET_PERFORMED = /* GraphQL */ `
  subscription ResetPerformed { resetPerformed { ${RESET_EVENT_FIELDS} } }
`;

export const RESET_USER_TRAFFIC = /* GraphQL */ `
  mutation ResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { ${RESET_EVENT_FIELDS} } }
`;

export const RESET_SERVER_TRAFFIC = /* GraphQL */ `
  mutation ResetServerTraffic($serverId: ID!, $reason: String) { resetServerTraffic(serverId: $serverId, reason: $reason) { ${RESET_EVENT_FIELDS} } }
`;

export const RESET_AGENT_USAGE = /* GraphQL */ `
  mutation ResetAgentUsage($agentId: ID!, $reason: String) { resetAgentUsage(agentId: $agentId, reason: $reason) { ${RESET_EVENT_FIELDS} } }
`;

/** `confirm` must be exactly "RESET ALL" (the API checks it too). */
export const RESET_ALL_TRAFFIC = /* GraphQL */ `
  mutation ResetAllTraffic($confirm: String!, $reason: String) { resetAllTraffic(confirm: $confirm, reason: $reason) { ${RESET_EVENT_FIELDS} } }
`;

/** Deletes users past their data limit or expiry (one server's, or everywhere); their traffic stays charged. */
export const DELETE_DEPLETED_USERS = /* GraphQL */ `
  mutation DeleteDepletedUsers($serverId: ID) { deleteDepletedUsers(serverId: $serverId) { ${RESET_EVENT_FIELDS} } }
`;

export const RESET_SCHEDULES = /* GraphQL */ `
  query ResetSchedules { resetSchedules { ${RESET_SCHEDULE_FIELDS} } }
`;

/** The next runs of a cron in a zone; BAD_USER_INPUT says what is wrong with either. */
export const PREVIEW_SCHEDULE = /* GraphQL */ `
  query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) { previewSchedule(cron: $cron, timeZone: $timeZone, count: $count) }
`;

export const CREATE_RESET_SCHEDULE = /* GraphQL */ `
  mutation CreateResetSchedule($input: ResetScheduleInput!) { createResetSchedule(input: $input) { ${RESET_SCHEDULE_FIELDS} } }
`;

export const UPDATE_RESET_SCHEDULE = /* GraphQL */ `
  mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) { updateResetSchedule(id: $id, input: $input) { ${RESET_SCHEDULE_FIELDS} } }
`;

export const DELETE_RESET_SCHEDULE = /* GraphQL */ `
  mutation DeleteResetSchedule($id: ID!) { deleteResetSchedule(id: $id) }
`;

export const TRAFFIC_REPORTS = /* GraphQL */ `
  query TrafficReports($first: Int, $after: String) {
    trafficReports(first: $first, after: $after) {
      nodes { ${TRAFFIC_REPORT_FIELDS} }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`;

export const CREATE_TRAFFIC_REPORT = /* GraphQL */ `
  mutation CreateTrafficReport { createTrafficReport { ${TRAFFIC_REPORT_FIELDS} } }
`;

/** Targets for the schedule form: servers and agents (users are searched as you type). */
export const RESET_TARGETS = /* GraphQL */ `
  query ResetTargets { servers { id name status } agents { id username status } }
`;
