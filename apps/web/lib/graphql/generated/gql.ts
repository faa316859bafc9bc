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
    "\n  fragment AccountFields on Account {\n    id username role status trafficLimit maxUsers quotaMode userCount createdAt lastLoginAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  fragment TrafficFields on AgentTraffic {\n    agentId username status limit quotaMode charged allocated remaining lifetime percent exceeded soldOut\n    maxUsers users userSlotsLeft activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers\n  }\n": typeof types.TrafficFieldsFragmentDoc,
    "\n  fragment UserCounts on Query {\n    total: users(first: 1) { totalCount }\n    active: users(first: 1, filter: { status: ACTIVE }) { totalCount }\n    disabled: users(first: 1, filter: { status: DISABLED }) { totalCount }\n    limited: users(first: 1, filter: { status: LIMITED }) { totalCount }\n    expired: users(first: 1, filter: { status: EXPIRED }) { totalCount }\n    suspended: users(first: 1, filter: { status: SUSPENDED }) { totalCount }\n  }\n": typeof types.UserCountsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token expiresAt account { id username role } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AdminDashboard {\n    agents { ...AccountFields }\n    ...UserCounts\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query AgentDashboard {\n    me { ...AccountFields }\n    ...UserCounts\n  }\n": typeof types.AgentDashboardDocument,
    "\n  query AgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { ...TrafficFields } }\n": typeof types.AgentTrafficDocument,
    "\n  query AgentsTraffic { agentsTraffic { ...TrafficFields } }\n": typeof types.AgentsTrafficDocument,
    "\n  query AgentsWithTraffic {\n    agents { ...AccountFields }\n    agentsTraffic { ...TrafficFields }\n  }\n": typeof types.AgentsWithTrafficDocument,
    "\n  mutation CheckAgent($agentId: ID!) { checkAgent(agentId: $agentId) { ...TrafficFields } }\n": typeof types.CheckAgentDocument,
    "\n  mutation CheckAllAgents { checkAllAgents { ...TrafficFields } }\n": typeof types.CheckAllAgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AccountFields } }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { ...AccountFields } }\n": typeof types.UpdateAgentDocument,
    "\n  mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {\n    setAgentTrafficLimit(agentId: $agentId, limit: $limit) { ...AccountFields }\n  }\n": typeof types.SetAgentTrafficLimitDocument,
    "\n  query AgentOptions { agents { id username status } }\n": typeof types.AgentOptionsDocument,
    "\n  query AgentChoices { agents { ...AgentChoiceFields } }\n": typeof types.AgentChoicesDocument,
    "\n  query MyChoice { me { ...AgentChoiceFields } }\n": typeof types.MyChoiceDocument,
    "\n  fragment AgentChoiceFields on Account { id username status overLimitAction throttleProfileId }\n": typeof types.AgentChoiceFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    id kind subjectId subjectName agentId threshold used limit percent at acknowledgedAt delivery overLimitAction\n  }\n": typeof types.AlertFieldsFragmentDoc,
    "\n  query Alerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      nodes { ...AlertFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n    unacknowledgedAlerts\n  }\n": typeof types.AlertsDocument,
    "\n  query UnacknowledgedAlerts { unacknowledgedAlerts }\n": typeof types.UnacknowledgedAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ...AlertFields } }\n": typeof types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAlerts { acknowledgeAlerts }\n": typeof types.AcknowledgeAlertsDocument,
    "\n  subscription AlertRaised { alertRaised { ...AlertFields } }\n": typeof types.AlertRaisedDocument,
    "\n  fragment RouterFields on Router {\n    id name host port tls username status lastError lastContactAt nextAttemptAt identity version latencyMs serverId createdAt\n  }\n": typeof types.RouterFieldsFragmentDoc,
    "\n  fragment AgentRouterFields on Router { id name status lastContactAt nextAttemptAt createdAt }\n": typeof types.AgentRouterFieldsFragmentDoc,
    "\n  fragment SpeedProfileFields on SpeedProfile { id name up down upBps downBps price validity }\n": typeof types.SpeedProfileFieldsFragmentDoc,
    "\n  fragment AssignmentFields on BandwidthAssignment {\n    id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName\n    state lastError attempts nextAttemptAt appliedAt updatedAt\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment SessionFields on ActiveSession {\n    id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate\n    queueName limitUp limitDown assignmentId state throttled\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment RouterLoginFields on RouterLogin {\n    id routerId routerName kind name userId username userStatus throttled held managed state lastError batchId updatedAt\n  }\n": typeof types.RouterLoginFieldsFragmentDoc,
    "\n  query BandwidthPage {\n    routers { ...RouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n": typeof types.BandwidthPageDocument,
    "\n  query AgentBandwidthPage {\n    routers { ...AgentRouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n": typeof types.AgentBandwidthPageDocument,
    "\n  mutation CreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { ...RouterFields } }\n": typeof types.CreateRouterDocument,
    "\n  mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ...RouterFields } }\n": typeof types.UpdateRouterDocument,
    "\n  mutation DeleteRouter($id: ID!) { deleteRouter(id: $id) }\n": typeof types.DeleteRouterDocument,
    "\n  mutation TestRouter($id: ID!) {\n    testRouter(id: $id) { ok identity version latencyMs error router { ...RouterFields } }\n  }\n": typeof types.TestRouterDocument,
    "\n  mutation SyncRouter($id: ID!) { syncRouter(id: $id) { ...RouterFields } }\n": typeof types.SyncRouterDocument,
    "\n  query SpeedProfiles { speedProfiles { ...SpeedProfileFields } }\n": typeof types.SpeedProfilesDocument,
    "\n  mutation CreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { ...SpeedProfileFields } }\n": typeof types.CreateSpeedProfileDocument,
    "\n  mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {\n    updateSpeedProfile(id: $id, input: $input) { ...SpeedProfileFields }\n  }\n": typeof types.UpdateSpeedProfileDocument,
    "\n  mutation DeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n": typeof types.DeleteSpeedProfileDocument,
    "\n  mutation SetBandwidthLimit($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ...AssignmentFields } }\n": typeof types.SetBandwidthLimitDocument,
    "\n  mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }\n": typeof types.RemoveBandwidthLimitDocument,
    "\n  subscription ActiveSessions($routerId: ID!) { activeSessions(routerId: $routerId) { ...SessionFields } }\n": typeof types.ActiveSessionsDocument,
    "\n  query RouterLogins($routerId: ID, $userId: ID) { routerLogins(routerId: $routerId, userId: $userId) { ...RouterLoginFields } }\n": typeof types.RouterLoginsDocument,
    "\n  fragment ConnectorFields on Connector {\n    id name kind url username hasPassword hasTotpSecret hasApiToken pollSeconds deleteDepleted\n    status lastError lastSyncAt nextAttemptAt version latencyMs panelUsers unmappedUsers heldUsers createdAt\n  }\n": typeof types.ConnectorFieldsFragmentDoc,
    "\n  fragment PanelUserFields on PanelUser {\n    connectorId connectorName inbound panelKey username enabled held panelStatus up down dataLimit expiresAt readAt resetPending\n  }\n": typeof types.PanelUserFieldsFragmentDoc,
    "\n  fragment ConnectorLogFields on ConnectorLogEntry { id at action panelKey inbound userId ok status message }\n": typeof types.ConnectorLogFieldsFragmentDoc,
    "\n  query ConnectorsPage {\n    connectors { ...ConnectorFields }\n    agents { id username status }\n  }\n": typeof types.ConnectorsPageDocument,
    "\n  query Connectors { connectors { ...ConnectorFields } }\n": typeof types.ConnectorsDocument,
    "\n  query ConnectorDetail($connectorId: ID!, $search: String, $first: Int, $logFirst: Int) {\n    panelUsers(connectorId: $connectorId, search: $search, first: $first) { ...PanelUserFields }\n    unmapped: panelUsers(connectorId: $connectorId, unmappedOnly: true, first: $first) { ...PanelUserFields }\n    connectorLog(connectorId: $connectorId, first: $logFirst) { ...ConnectorLogFields }\n  }\n": typeof types.ConnectorDetailDocument,
    "\n  mutation CreateConnector($input: CreateConnectorInput!) { createConnector(input: $input) { ...ConnectorFields } }\n": typeof types.CreateConnectorDocument,
    "\n  mutation UpdateConnector($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { ...ConnectorFields } }\n": typeof types.UpdateConnectorDocument,
    "\n  mutation DeleteConnector($id: ID!) { deleteConnector(id: $id) }\n": typeof types.DeleteConnectorDocument,
    "\n  mutation TestConnector($id: ID!) {\n    testConnector(id: $id) { ok version userCount latencyMs error connector { ...ConnectorFields } }\n  }\n": typeof types.TestConnectorDocument,
    "\n  mutation PollConnector($connectorId: ID!) {\n    pollConnector(connectorId: $connectorId) { ok error samples bytes disabled enabled failedPushes }\n  }\n": typeof types.PollConnectorDocument,
    "\n  mutation ImportConnectorUsers($connectorId: ID!, $agentId: ID!) {\n    importConnectorUsers(connectorId: $connectorId, agentId: $agentId) { imported skipped unmapped skippedUsers { panelKey reason } }\n  }\n": typeof types.ImportConnectorUsersDocument,
    "\n  query UsersPanels($filter: UserFilter, $first: Int) {\n    users(filter: $filter, first: $first) { nodes { id panels { ...PanelUserFields } } }\n  }\n": typeof types.UsersPanelsDocument,
    "\n  fragment ResetEventFields on ResetEvent {\n    id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at\n  }\n": typeof types.ResetEventFieldsFragmentDoc,
    "\n  fragment ResetScheduleFields on ResetSchedule {\n    id name scope targetId targetLabel cron timeZone enabled reason nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 5) createdAt\n  }\n": typeof types.ResetScheduleFieldsFragmentDoc,
    "\n  fragment TrafficReportFields on TrafficReport {\n    id createdAt trigger scope targetId targetLabel resetEventId scheduleId users agents servers up down lifetime csvUrl jsonUrl\n  }\n": typeof types.TrafficReportFieldsFragmentDoc,
    "\n  query ResetSettings { settings { agentsCanResetUsers timeZone } }\n": typeof types.ResetSettingsDocument,
    "\n  query CanResetUsers { canResetUsers }\n": typeof types.CanResetUsersDocument,
    "\n  query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {\n    resetEvents(filter: $filter, first: $first, after: $after) {\n      nodes { ...ResetEventFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.ResetEventsDocument,
    "\n  query ResetEventSnapshot($id: ID!, $first: Int!) {\n    resetEvent(id: $id) { id snapshot(first: $first) panelPushes { connectorName action panelKey inbound ok status message } }\n  }\n": typeof types.ResetEventSnapshotDocument,
    "\n  subscription ResetPerformed { resetPerformed { ...ResetEventFields } }\n": typeof types.ResetPerformedDocument,
    "\n  mutation ResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { ...ResetEventFields } }\n": typeof types.ResetUserTrafficDocument,
    "\n  mutation ResetServerTraffic($serverId: ID!, $reason: String) {\n    resetServerTraffic(serverId: $serverId, reason: $reason) { ...ResetEventFields }\n  }\n": typeof types.ResetServerTrafficDocument,
    "\n  mutation ResetAgentUsage($agentId: ID!, $reason: String) { resetAgentUsage(agentId: $agentId, reason: $reason) { ...ResetEventFields } }\n": typeof types.ResetAgentUsageDocument,
    "\n  mutation ResetAllTraffic($confirm: String!, $reason: String) { resetAllTraffic(confirm: $confirm, reason: $reason) { ...ResetEventFields } }\n": typeof types.ResetAllTrafficDocument,
    "\n  mutation DeleteDepletedUsers($serverId: ID) { deleteDepletedUsers(serverId: $serverId) { ...ResetEventFields } }\n": typeof types.DeleteDepletedUsersDocument,
    "\n  query ResetSchedules { resetSchedules { ...ResetScheduleFields } }\n": typeof types.ResetSchedulesDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) { previewSchedule(cron: $cron, timeZone: $timeZone, count: $count) }\n": typeof types.PreviewScheduleDocument,
    "\n  mutation CreateResetSchedule($input: ResetScheduleInput!) { createResetSchedule(input: $input) { ...ResetScheduleFields } }\n": typeof types.CreateResetScheduleDocument,
    "\n  mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) {\n    updateResetSchedule(id: $id, input: $input) { ...ResetScheduleFields }\n  }\n": typeof types.UpdateResetScheduleDocument,
    "\n  mutation DeleteResetSchedule($id: ID!) { deleteResetSchedule(id: $id) }\n": typeof types.DeleteResetScheduleDocument,
    "\n  query TrafficReports($first: Int, $after: String) {\n    trafficReports(first: $first, after: $after) {\n      nodes { ...TrafficReportFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.TrafficReportsDocument,
    "\n  mutation CreateTrafficReport { createTrafficReport { ...TrafficReportFields } }\n": typeof types.CreateTrafficReportDocument,
    "\n  query ResetTargets { servers { id name status } agents { id username status } }\n": typeof types.ResetTargetsDocument,
    "\n  fragment SettingsFields on Settings {\n    trackingEnabled retentionDays enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet agentsCanResetUsers timeZone\n  }\n": typeof types.SettingsFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey { id name prefix createdAt lastUsedAt revokedAt }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query System {\n    systemInfo {\n      version database jobsBackend pubsub uptimeSeconds\n      jobs { name repeatInterval nextRunAt lastRunAt lastFinishedAt failCount failReason }\n    }\n  }\n": typeof types.SystemDocument,
    "\n  query Settings { settings { ...SettingsFields } }\n": typeof types.SettingsDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { ...SettingsFields } }\n": typeof types.UpdateSettingsDocument,
    "\n  query ApiKeys { apiKeys { ...ApiKeyFields } }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) { secret apiKey { ...ApiKeyFields } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment GlobalStatsFields on GlobalStats { users agents servers used up down lifetime samples }\n": typeof types.GlobalStatsFieldsFragmentDoc,
    "\n  fragment UsagePointFields on UsagePoint { at up down total }\n": typeof types.UsagePointFieldsFragmentDoc,
    "\n  fragment ServerFields on Server { id name kind status tokenPrefix up down lifetime samples lastSeenAt createdAt }\n": typeof types.ServerFieldsFragmentDoc,
    "\n  query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    globalStats { ...GlobalStatsFields }\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n": typeof types.AdminTrafficDocument,
    "\n  query GlobalStats { globalStats { ...GlobalStatsFields } }\n": typeof types.GlobalStatsDocument,
    "\n  query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n": typeof types.AgentOwnTrafficDocument,
    "\n  query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {\n    usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { ...UsagePointFields }\n  }\n": typeof types.UsageSeriesDocument,
    "\n  query TopUsers($first: Int) { topUsers(first: $first) { ...UserFields } }\n": typeof types.TopUsersDocument,
    "\n  query UserUsage($userId: ID!, $days: Int) {\n    userUsage(userId: $userId, days: $days) { serverId serverName protocol up down total samples lastSeenAt }\n  }\n": typeof types.UserUsageDocument,
    "\n  subscription UsageUpdated($userId: ID, $agentId: ID) {\n    usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }\n  }\n": typeof types.UsageUpdatedDocument,
    "\n  query DatabaseInfo {\n    databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt }\n  }\n": typeof types.DatabaseInfoDocument,
    "\n  mutation CleanupSamples { cleanupSamples { deleted before } }\n": typeof types.CleanupSamplesDocument,
    "\n  query Servers { servers { ...ServerFields } }\n": typeof types.ServersDocument,
    "\n  mutation CreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { ...ServerFields } } }\n": typeof types.CreateServerDocument,
    "\n  mutation UpdateServer($id: ID!, $input: UpdateServerInput!) { updateServer(id: $id, input: $input) { ...ServerFields } }\n": typeof types.UpdateServerDocument,
    "\n  mutation RotateServerToken($id: ID!) { rotateServerToken(id: $id) { token server { ...ServerFields } } }\n": typeof types.RotateServerTokenDocument,
    "\n  fragment UserFields on User {\n    id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress createdAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId throttled\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes { ...UserFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) { user(id: $id) { ...UserFields } }\n": typeof types.UserDocument,
    "\n  query UserSearch($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) { nodes { id username agentUsername status used dataLimit } totalCount }\n  }\n": typeof types.UserSearchDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserFields } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserFields } }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) { deleteUser(id: $id) }\n": typeof types.DeleteUserDocument,
    "\n  subscription UserChanged($agentId: ID) {\n    userChanged(agentId: $agentId) { kind userId user { ...UserFields } }\n  }\n": typeof types.UserChangedDocument,
    "\n  subscription UserStatusChanged { userStatusChanged { userId agentId from to reason } }\n": typeof types.UserStatusChangedDocument,
    "\n  fragment VoucherFields on Voucher { userId code password status used expiresAt state }\n": typeof types.VoucherFieldsFragmentDoc,
    "\n  fragment VoucherBatchFields on VoucherBatch {\n    id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt\n    vouchers { ...VoucherFields }\n  }\n": typeof types.VoucherBatchFieldsFragmentDoc,
    "\n  query VouchersPage($agentId: ID) {\n    voucherBatches(agentId: $agentId) { ...VoucherBatchFields }\n    routers { ...AgentRouterFields }\n    speedProfiles { id name up down validity }\n  }\n": typeof types.VouchersPageDocument,
    "\n  query VoucherBatches($agentId: ID) { voucherBatches(agentId: $agentId) { ...VoucherBatchFields } }\n": typeof types.VoucherBatchesDocument,
    "\n  query VoucherBatch($id: ID!) { voucherBatch(id: $id) { ...VoucherBatchFields } }\n": typeof types.VoucherBatchDocument,
    "\n  mutation GenerateVouchers($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ...VoucherBatchFields } }\n": typeof types.GenerateVouchersDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id username role status trafficLimit maxUsers quotaMode userCount createdAt lastLoginAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  fragment TrafficFields on AgentTraffic {\n    agentId username status limit quotaMode charged allocated remaining lifetime percent exceeded soldOut\n    maxUsers users userSlotsLeft activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers\n  }\n": types.TrafficFieldsFragmentDoc,
    "\n  fragment UserCounts on Query {\n    total: users(first: 1) { totalCount }\n    active: users(first: 1, filter: { status: ACTIVE }) { totalCount }\n    disabled: users(first: 1, filter: { status: DISABLED }) { totalCount }\n    limited: users(first: 1, filter: { status: LIMITED }) { totalCount }\n    expired: users(first: 1, filter: { status: EXPIRED }) { totalCount }\n    suspended: users(first: 1, filter: { status: SUSPENDED }) { totalCount }\n  }\n": types.UserCountsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token expiresAt account { id username role } }\n  }\n": types.LoginDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AdminDashboard {\n    agents { ...AccountFields }\n    ...UserCounts\n  }\n": types.AdminDashboardDocument,
    "\n  query AgentDashboard {\n    me { ...AccountFields }\n    ...UserCounts\n  }\n": types.AgentDashboardDocument,
    "\n  query AgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { ...TrafficFields } }\n": types.AgentTrafficDocument,
    "\n  query AgentsTraffic { agentsTraffic { ...TrafficFields } }\n": types.AgentsTrafficDocument,
    "\n  query AgentsWithTraffic {\n    agents { ...AccountFields }\n    agentsTraffic { ...TrafficFields }\n  }\n": types.AgentsWithTrafficDocument,
    "\n  mutation CheckAgent($agentId: ID!) { checkAgent(agentId: $agentId) { ...TrafficFields } }\n": types.CheckAgentDocument,
    "\n  mutation CheckAllAgents { checkAllAgents { ...TrafficFields } }\n": types.CheckAllAgentsDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AccountFields } }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { ...AccountFields } }\n": types.UpdateAgentDocument,
    "\n  mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {\n    setAgentTrafficLimit(agentId: $agentId, limit: $limit) { ...AccountFields }\n  }\n": types.SetAgentTrafficLimitDocument,
    "\n  query AgentOptions { agents { id username status } }\n": types.AgentOptionsDocument,
    "\n  query AgentChoices { agents { ...AgentChoiceFields } }\n": types.AgentChoicesDocument,
    "\n  query MyChoice { me { ...AgentChoiceFields } }\n": types.MyChoiceDocument,
    "\n  fragment AgentChoiceFields on Account { id username status overLimitAction throttleProfileId }\n": types.AgentChoiceFieldsFragmentDoc,
    "\n  fragment AlertFields on Alert {\n    id kind subjectId subjectName agentId threshold used limit percent at acknowledgedAt delivery overLimitAction\n  }\n": types.AlertFieldsFragmentDoc,
    "\n  query Alerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      nodes { ...AlertFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n    unacknowledgedAlerts\n  }\n": types.AlertsDocument,
    "\n  query UnacknowledgedAlerts { unacknowledgedAlerts }\n": types.UnacknowledgedAlertsDocument,
    "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ...AlertFields } }\n": types.AcknowledgeAlertDocument,
    "\n  mutation AcknowledgeAlerts { acknowledgeAlerts }\n": types.AcknowledgeAlertsDocument,
    "\n  subscription AlertRaised { alertRaised { ...AlertFields } }\n": types.AlertRaisedDocument,
    "\n  fragment RouterFields on Router {\n    id name host port tls username status lastError lastContactAt nextAttemptAt identity version latencyMs serverId createdAt\n  }\n": types.RouterFieldsFragmentDoc,
    "\n  fragment AgentRouterFields on Router { id name status lastContactAt nextAttemptAt createdAt }\n": types.AgentRouterFieldsFragmentDoc,
    "\n  fragment SpeedProfileFields on SpeedProfile { id name up down upBps downBps price validity }\n": types.SpeedProfileFieldsFragmentDoc,
    "\n  fragment AssignmentFields on BandwidthAssignment {\n    id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName\n    state lastError attempts nextAttemptAt appliedAt updatedAt\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment SessionFields on ActiveSession {\n    id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate\n    queueName limitUp limitDown assignmentId state throttled\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment RouterLoginFields on RouterLogin {\n    id routerId routerName kind name userId username userStatus throttled held managed state lastError batchId updatedAt\n  }\n": types.RouterLoginFieldsFragmentDoc,
    "\n  query BandwidthPage {\n    routers { ...RouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n": types.BandwidthPageDocument,
    "\n  query AgentBandwidthPage {\n    routers { ...AgentRouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n": types.AgentBandwidthPageDocument,
    "\n  mutation CreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { ...RouterFields } }\n": types.CreateRouterDocument,
    "\n  mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ...RouterFields } }\n": types.UpdateRouterDocument,
    "\n  mutation DeleteRouter($id: ID!) { deleteRouter(id: $id) }\n": types.DeleteRouterDocument,
    "\n  mutation TestRouter($id: ID!) {\n    testRouter(id: $id) { ok identity version latencyMs error router { ...RouterFields } }\n  }\n": types.TestRouterDocument,
    "\n  mutation SyncRouter($id: ID!) { syncRouter(id: $id) { ...RouterFields } }\n": types.SyncRouterDocument,
    "\n  query SpeedProfiles { speedProfiles { ...SpeedProfileFields } }\n": types.SpeedProfilesDocument,
    "\n  mutation CreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { ...SpeedProfileFields } }\n": types.CreateSpeedProfileDocument,
    "\n  mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {\n    updateSpeedProfile(id: $id, input: $input) { ...SpeedProfileFields }\n  }\n": types.UpdateSpeedProfileDocument,
    "\n  mutation DeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n": types.DeleteSpeedProfileDocument,
    "\n  mutation SetBandwidthLimit($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ...AssignmentFields } }\n": types.SetBandwidthLimitDocument,
    "\n  mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }\n": types.RemoveBandwidthLimitDocument,
    "\n  subscription ActiveSessions($routerId: ID!) { activeSessions(routerId: $routerId) { ...SessionFields } }\n": types.ActiveSessionsDocument,
    "\n  query RouterLogins($routerId: ID, $userId: ID) { routerLogins(routerId: $routerId, userId: $userId) { ...RouterLoginFields } }\n": types.RouterLoginsDocument,
    "\n  fragment ConnectorFields on Connector {\n    id name kind url username hasPassword hasTotpSecret hasApiToken pollSeconds deleteDepleted\n    status lastError lastSyncAt nextAttemptAt version latencyMs panelUsers unmappedUsers heldUsers createdAt\n  }\n": types.ConnectorFieldsFragmentDoc,
    "\n  fragment PanelUserFields on PanelUser {\n    connectorId connectorName inbound panelKey username enabled held panelStatus up down dataLimit expiresAt readAt resetPending\n  }\n": types.PanelUserFieldsFragmentDoc,
    "\n  fragment ConnectorLogFields on ConnectorLogEntry { id at action panelKey inbound userId ok status message }\n": types.ConnectorLogFieldsFragmentDoc,
    "\n  query ConnectorsPage {\n    connectors { ...ConnectorFields }\n    agents { id username status }\n  }\n": types.ConnectorsPageDocument,
    "\n  query Connectors { connectors { ...ConnectorFields } }\n": types.ConnectorsDocument,
    "\n  query ConnectorDetail($connectorId: ID!, $search: String, $first: Int, $logFirst: Int) {\n    panelUsers(connectorId: $connectorId, search: $search, first: $first) { ...PanelUserFields }\n    unmapped: panelUsers(connectorId: $connectorId, unmappedOnly: true, first: $first) { ...PanelUserFields }\n    connectorLog(connectorId: $connectorId, first: $logFirst) { ...ConnectorLogFields }\n  }\n": types.ConnectorDetailDocument,
    "\n  mutation CreateConnector($input: CreateConnectorInput!) { createConnector(input: $input) { ...ConnectorFields } }\n": types.CreateConnectorDocument,
    "\n  mutation UpdateConnector($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { ...ConnectorFields } }\n": types.UpdateConnectorDocument,
    "\n  mutation DeleteConnector($id: ID!) { deleteConnector(id: $id) }\n": types.DeleteConnectorDocument,
    "\n  mutation TestConnector($id: ID!) {\n    testConnector(id: $id) { ok version userCount latencyMs error connector { ...ConnectorFields } }\n  }\n": types.TestConnectorDocument,
    "\n  mutation PollConnector($connectorId: ID!) {\n    pollConnector(connectorId: $connectorId) { ok error samples bytes disabled enabled failedPushes }\n  }\n": types.PollConnectorDocument,
    "\n  mutation ImportConnectorUsers($connectorId: ID!, $agentId: ID!) {\n    importConnectorUsers(connectorId: $connectorId, agentId: $agentId) { imported skipped unmapped skippedUsers { panelKey reason } }\n  }\n": types.ImportConnectorUsersDocument,
    "\n  query UsersPanels($filter: UserFilter, $first: Int) {\n    users(filter: $filter, first: $first) { nodes { id panels { ...PanelUserFields } } }\n  }\n": types.UsersPanelsDocument,
    "\n  fragment ResetEventFields on ResetEvent {\n    id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at\n  }\n": types.ResetEventFieldsFragmentDoc,
    "\n  fragment ResetScheduleFields on ResetSchedule {\n    id name scope targetId targetLabel cron timeZone enabled reason nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 5) createdAt\n  }\n": types.ResetScheduleFieldsFragmentDoc,
    "\n  fragment TrafficReportFields on TrafficReport {\n    id createdAt trigger scope targetId targetLabel resetEventId scheduleId users agents servers up down lifetime csvUrl jsonUrl\n  }\n": types.TrafficReportFieldsFragmentDoc,
    "\n  query ResetSettings { settings { agentsCanResetUsers timeZone } }\n": types.ResetSettingsDocument,
    "\n  query CanResetUsers { canResetUsers }\n": types.CanResetUsersDocument,
    "\n  query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {\n    resetEvents(filter: $filter, first: $first, after: $after) {\n      nodes { ...ResetEventFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.ResetEventsDocument,
    "\n  query ResetEventSnapshot($id: ID!, $first: Int!) {\n    resetEvent(id: $id) { id snapshot(first: $first) panelPushes { connectorName action panelKey inbound ok status message } }\n  }\n": types.ResetEventSnapshotDocument,
    "\n  subscription ResetPerformed { resetPerformed { ...ResetEventFields } }\n": types.ResetPerformedDocument,
    "\n  mutation ResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { ...ResetEventFields } }\n": types.ResetUserTrafficDocument,
    "\n  mutation ResetServerTraffic($serverId: ID!, $reason: String) {\n    resetServerTraffic(serverId: $serverId, reason: $reason) { ...ResetEventFields }\n  }\n": types.ResetServerTrafficDocument,
    "\n  mutation ResetAgentUsage($agentId: ID!, $reason: String) { resetAgentUsage(agentId: $agentId, reason: $reason) { ...ResetEventFields } }\n": types.ResetAgentUsageDocument,
    "\n  mutation ResetAllTraffic($confirm: String!, $reason: String) { resetAllTraffic(confirm: $confirm, reason: $reason) { ...ResetEventFields } }\n": types.ResetAllTrafficDocument,
    "\n  mutation DeleteDepletedUsers($serverId: ID) { deleteDepletedUsers(serverId: $serverId) { ...ResetEventFields } }\n": types.DeleteDepletedUsersDocument,
    "\n  query ResetSchedules { resetSchedules { ...ResetScheduleFields } }\n": types.ResetSchedulesDocument,
    "\n  query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) { previewSchedule(cron: $cron, timeZone: $timeZone, count: $count) }\n": types.PreviewScheduleDocument,
    "\n  mutation CreateResetSchedule($input: ResetScheduleInput!) { createResetSchedule(input: $input) { ...ResetScheduleFields } }\n": types.CreateResetScheduleDocument,
    "\n  mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) {\n    updateResetSchedule(id: $id, input: $input) { ...ResetScheduleFields }\n  }\n": types.UpdateResetScheduleDocument,
    "\n  mutation DeleteResetSchedule($id: ID!) { deleteResetSchedule(id: $id) }\n": types.DeleteResetScheduleDocument,
    "\n  query TrafficReports($first: Int, $after: String) {\n    trafficReports(first: $first, after: $after) {\n      nodes { ...TrafficReportFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.TrafficReportsDocument,
    "\n  mutation CreateTrafficReport { createTrafficReport { ...TrafficReportFields } }\n": types.CreateTrafficReportDocument,
    "\n  query ResetTargets { servers { id name status } agents { id username status } }\n": types.ResetTargetsDocument,
    "\n  fragment SettingsFields on Settings {\n    trackingEnabled retentionDays enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet agentsCanResetUsers timeZone\n  }\n": types.SettingsFieldsFragmentDoc,
    "\n  fragment ApiKeyFields on ApiKey { id name prefix createdAt lastUsedAt revokedAt }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query System {\n    systemInfo {\n      version database jobsBackend pubsub uptimeSeconds\n      jobs { name repeatInterval nextRunAt lastRunAt lastFinishedAt failCount failReason }\n    }\n  }\n": types.SystemDocument,
    "\n  query Settings { settings { ...SettingsFields } }\n": types.SettingsDocument,
    "\n  mutation UpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { ...SettingsFields } }\n": types.UpdateSettingsDocument,
    "\n  query ApiKeys { apiKeys { ...ApiKeyFields } }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) { secret apiKey { ...ApiKeyFields } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) }\n": types.RevokeApiKeyDocument,
    "\n  fragment GlobalStatsFields on GlobalStats { users agents servers used up down lifetime samples }\n": types.GlobalStatsFieldsFragmentDoc,
    "\n  fragment UsagePointFields on UsagePoint { at up down total }\n": types.UsagePointFieldsFragmentDoc,
    "\n  fragment ServerFields on Server { id name kind status tokenPrefix up down lifetime samples lastSeenAt createdAt }\n": types.ServerFieldsFragmentDoc,
    "\n  query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    globalStats { ...GlobalStatsFields }\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n": types.AdminTrafficDocument,
    "\n  query GlobalStats { globalStats { ...GlobalStatsFields } }\n": types.GlobalStatsDocument,
    "\n  query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n": types.AgentOwnTrafficDocument,
    "\n  query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {\n    usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { ...UsagePointFields }\n  }\n": types.UsageSeriesDocument,
    "\n  query TopUsers($first: Int) { topUsers(first: $first) { ...UserFields } }\n": types.TopUsersDocument,
    "\n  query UserUsage($userId: ID!, $days: Int) {\n    userUsage(userId: $userId, days: $days) { serverId serverName protocol up down total samples lastSeenAt }\n  }\n": types.UserUsageDocument,
    "\n  subscription UsageUpdated($userId: ID, $agentId: ID) {\n    usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }\n  }\n": types.UsageUpdatedDocument,
    "\n  query DatabaseInfo {\n    databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt }\n  }\n": types.DatabaseInfoDocument,
    "\n  mutation CleanupSamples { cleanupSamples { deleted before } }\n": types.CleanupSamplesDocument,
    "\n  query Servers { servers { ...ServerFields } }\n": types.ServersDocument,
    "\n  mutation CreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { ...ServerFields } } }\n": types.CreateServerDocument,
    "\n  mutation UpdateServer($id: ID!, $input: UpdateServerInput!) { updateServer(id: $id, input: $input) { ...ServerFields } }\n": types.UpdateServerDocument,
    "\n  mutation RotateServerToken($id: ID!) { rotateServerToken(id: $id) { token server { ...ServerFields } } }\n": types.RotateServerTokenDocument,
    "\n  fragment UserFields on User {\n    id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress createdAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId throttled\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes { ...UserFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) { user(id: $id) { ...UserFields } }\n": types.UserDocument,
    "\n  query UserSearch($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) { nodes { id username agentUsername status used dataLimit } totalCount }\n  }\n": types.UserSearchDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserFields } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserFields } }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) { deleteUser(id: $id) }\n": types.DeleteUserDocument,
    "\n  subscription UserChanged($agentId: ID) {\n    userChanged(agentId: $agentId) { kind userId user { ...UserFields } }\n  }\n": types.UserChangedDocument,
    "\n  subscription UserStatusChanged { userStatusChanged { userId agentId from to reason } }\n": types.UserStatusChangedDocument,
    "\n  fragment VoucherFields on Voucher { userId code password status used expiresAt state }\n": types.VoucherFieldsFragmentDoc,
    "\n  fragment VoucherBatchFields on VoucherBatch {\n    id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt\n    vouchers { ...VoucherFields }\n  }\n": types.VoucherBatchFieldsFragmentDoc,
    "\n  query VouchersPage($agentId: ID) {\n    voucherBatches(agentId: $agentId) { ...VoucherBatchFields }\n    routers { ...AgentRouterFields }\n    speedProfiles { id name up down validity }\n  }\n": types.VouchersPageDocument,
    "\n  query VoucherBatches($agentId: ID) { voucherBatches(agentId: $agentId) { ...VoucherBatchFields } }\n": types.VoucherBatchesDocument,
    "\n  query VoucherBatch($id: ID!) { voucherBatch(id: $id) { ...VoucherBatchFields } }\n": types.VoucherBatchDocument,
    "\n  mutation GenerateVouchers($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ...VoucherBatchFields } }\n": types.GenerateVouchersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id username role status trafficLimit maxUsers quotaMode userCount createdAt lastLoginAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrafficFields on AgentTraffic {\n    agentId username status limit quotaMode charged allocated remaining lifetime percent exceeded soldOut\n    maxUsers users userSlotsLeft activeUsers suspendedUsers limitedUsers expiredUsers disabledUsers\n  }\n"): typeof import('./graphql').TrafficFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserCounts on Query {\n    total: users(first: 1) { totalCount }\n    active: users(first: 1, filter: { status: ACTIVE }) { totalCount }\n    disabled: users(first: 1, filter: { status: DISABLED }) { totalCount }\n    limited: users(first: 1, filter: { status: LIMITED }) { totalCount }\n    expired: users(first: 1, filter: { status: EXPIRED }) { totalCount }\n    suspended: users(first: 1, filter: { status: SUSPENDED }) { totalCount }\n  }\n"): typeof import('./graphql').UserCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token expiresAt account { id username role } }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard {\n    agents { ...AccountFields }\n    ...UserCounts\n  }\n"): typeof import('./graphql').AdminDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentDashboard {\n    me { ...AccountFields }\n    ...UserCounts\n  }\n"): typeof import('./graphql').AgentDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentTraffic($agentId: ID!) { agentTraffic(agentId: $agentId) { ...TrafficFields } }\n"): typeof import('./graphql').AgentTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsTraffic { agentsTraffic { ...TrafficFields } }\n"): typeof import('./graphql').AgentsTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsWithTraffic {\n    agents { ...AccountFields }\n    agentsTraffic { ...TrafficFields }\n  }\n"): typeof import('./graphql').AgentsWithTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckAgent($agentId: ID!) { checkAgent(agentId: $agentId) { ...TrafficFields } }\n"): typeof import('./graphql').CheckAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckAllAgents { checkAllAgents { ...TrafficFields } }\n"): typeof import('./graphql').CheckAllAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { ...AccountFields } }\n"): typeof import('./graphql').CreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { ...AccountFields } }\n"): typeof import('./graphql').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgentTrafficLimit($agentId: ID!, $limit: Bytes) {\n    setAgentTrafficLimit(agentId: $agentId, limit: $limit) { ...AccountFields }\n  }\n"): typeof import('./graphql').SetAgentTrafficLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentOptions { agents { id username status } }\n"): typeof import('./graphql').AgentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentChoices { agents { ...AgentChoiceFields } }\n"): typeof import('./graphql').AgentChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChoice { me { ...AgentChoiceFields } }\n"): typeof import('./graphql').MyChoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentChoiceFields on Account { id username status overLimitAction throttleProfileId }\n"): typeof import('./graphql').AgentChoiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFields on Alert {\n    id kind subjectId subjectName agentId threshold used limit percent at acknowledgedAt delivery overLimitAction\n  }\n"): typeof import('./graphql').AlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      nodes { ...AlertFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n    unacknowledgedAlerts\n  }\n"): typeof import('./graphql').AlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnacknowledgedAlerts { unacknowledgedAlerts }\n"): typeof import('./graphql').UnacknowledgedAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ...AlertFields } }\n"): typeof import('./graphql').AcknowledgeAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlerts { acknowledgeAlerts }\n"): typeof import('./graphql').AcknowledgeAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertRaised { alertRaised { ...AlertFields } }\n"): typeof import('./graphql').AlertRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RouterFields on Router {\n    id name host port tls username status lastError lastContactAt nextAttemptAt identity version latencyMs serverId createdAt\n  }\n"): typeof import('./graphql').RouterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRouterFields on Router { id name status lastContactAt nextAttemptAt createdAt }\n"): typeof import('./graphql').AgentRouterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeedProfileFields on SpeedProfile { id name up down upBps downBps price validity }\n"): typeof import('./graphql').SpeedProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on BandwidthAssignment {\n    id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName\n    state lastError attempts nextAttemptAt appliedAt updatedAt\n  }\n"): typeof import('./graphql').AssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on ActiveSession {\n    id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate\n    queueName limitUp limitDown assignmentId state throttled\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RouterLoginFields on RouterLogin {\n    id routerId routerName kind name userId username userStatus throttled held managed state lastError batchId updatedAt\n  }\n"): typeof import('./graphql').RouterLoginFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BandwidthPage {\n    routers { ...RouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n"): typeof import('./graphql').BandwidthPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentBandwidthPage {\n    routers { ...AgentRouterFields }\n    speedProfiles { ...SpeedProfileFields }\n    bandwidthAssignments { ...AssignmentFields }\n    routerLogins { ...RouterLoginFields }\n  }\n"): typeof import('./graphql').AgentBandwidthPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { ...RouterFields } }\n"): typeof import('./graphql').CreateRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ...RouterFields } }\n"): typeof import('./graphql').UpdateRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRouter($id: ID!) { deleteRouter(id: $id) }\n"): typeof import('./graphql').DeleteRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRouter($id: ID!) {\n    testRouter(id: $id) { ok identity version latencyMs error router { ...RouterFields } }\n  }\n"): typeof import('./graphql').TestRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncRouter($id: ID!) { syncRouter(id: $id) { ...RouterFields } }\n"): typeof import('./graphql').SyncRouterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeedProfiles { speedProfiles { ...SpeedProfileFields } }\n"): typeof import('./graphql').SpeedProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { ...SpeedProfileFields } }\n"): typeof import('./graphql').CreateSpeedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {\n    updateSpeedProfile(id: $id, input: $input) { ...SpeedProfileFields }\n  }\n"): typeof import('./graphql').UpdateSpeedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }\n"): typeof import('./graphql').DeleteSpeedProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBandwidthLimit($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ...AssignmentFields } }\n"): typeof import('./graphql').SetBandwidthLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }\n"): typeof import('./graphql').RemoveBandwidthLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActiveSessions($routerId: ID!) { activeSessions(routerId: $routerId) { ...SessionFields } }\n"): typeof import('./graphql').ActiveSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouterLogins($routerId: ID, $userId: ID) { routerLogins(routerId: $routerId, userId: $userId) { ...RouterLoginFields } }\n"): typeof import('./graphql').RouterLoginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorFields on Connector {\n    id name kind url username hasPassword hasTotpSecret hasApiToken pollSeconds deleteDepleted\n    status lastError lastSyncAt nextAttemptAt version latencyMs panelUsers unmappedUsers heldUsers createdAt\n  }\n"): typeof import('./graphql').ConnectorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanelUserFields on PanelUser {\n    connectorId connectorName inbound panelKey username enabled held panelStatus up down dataLimit expiresAt readAt resetPending\n  }\n"): typeof import('./graphql').PanelUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorLogFields on ConnectorLogEntry { id at action panelKey inbound userId ok status message }\n"): typeof import('./graphql').ConnectorLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorsPage {\n    connectors { ...ConnectorFields }\n    agents { id username status }\n  }\n"): typeof import('./graphql').ConnectorsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connectors { connectors { ...ConnectorFields } }\n"): typeof import('./graphql').ConnectorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorDetail($connectorId: ID!, $search: String, $first: Int, $logFirst: Int) {\n    panelUsers(connectorId: $connectorId, search: $search, first: $first) { ...PanelUserFields }\n    unmapped: panelUsers(connectorId: $connectorId, unmappedOnly: true, first: $first) { ...PanelUserFields }\n    connectorLog(connectorId: $connectorId, first: $logFirst) { ...ConnectorLogFields }\n  }\n"): typeof import('./graphql').ConnectorDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConnector($input: CreateConnectorInput!) { createConnector(input: $input) { ...ConnectorFields } }\n"): typeof import('./graphql').CreateConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConnector($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { ...ConnectorFields } }\n"): typeof import('./graphql').UpdateConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConnector($id: ID!) { deleteConnector(id: $id) }\n"): typeof import('./graphql').DeleteConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnector($id: ID!) {\n    testConnector(id: $id) { ok version userCount latencyMs error connector { ...ConnectorFields } }\n  }\n"): typeof import('./graphql').TestConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollConnector($connectorId: ID!) {\n    pollConnector(connectorId: $connectorId) { ok error samples bytes disabled enabled failedPushes }\n  }\n"): typeof import('./graphql').PollConnectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportConnectorUsers($connectorId: ID!, $agentId: ID!) {\n    importConnectorUsers(connectorId: $connectorId, agentId: $agentId) { imported skipped unmapped skippedUsers { panelKey reason } }\n  }\n"): typeof import('./graphql').ImportConnectorUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPanels($filter: UserFilter, $first: Int) {\n    users(filter: $filter, first: $first) { nodes { id panels { ...PanelUserFields } } }\n  }\n"): typeof import('./graphql').UsersPanelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResetEventFields on ResetEvent {\n    id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at\n  }\n"): typeof import('./graphql').ResetEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResetScheduleFields on ResetSchedule {\n    id name scope targetId targetLabel cron timeZone enabled reason nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 5) createdAt\n  }\n"): typeof import('./graphql').ResetScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrafficReportFields on TrafficReport {\n    id createdAt trigger scope targetId targetLabel resetEventId scheduleId users agents servers up down lifetime csvUrl jsonUrl\n  }\n"): typeof import('./graphql').TrafficReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetSettings { settings { agentsCanResetUsers timeZone } }\n"): typeof import('./graphql').ResetSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanResetUsers { canResetUsers }\n"): typeof import('./graphql').CanResetUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {\n    resetEvents(filter: $filter, first: $first, after: $after) {\n      nodes { ...ResetEventFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').ResetEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetEventSnapshot($id: ID!, $first: Int!) {\n    resetEvent(id: $id) { id snapshot(first: $first) panelPushes { connectorName action panelKey inbound ok status message } }\n  }\n"): typeof import('./graphql').ResetEventSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResetPerformed { resetPerformed { ...ResetEventFields } }\n"): typeof import('./graphql').ResetPerformedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { ...ResetEventFields } }\n"): typeof import('./graphql').ResetUserTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetServerTraffic($serverId: ID!, $reason: String) {\n    resetServerTraffic(serverId: $serverId, reason: $reason) { ...ResetEventFields }\n  }\n"): typeof import('./graphql').ResetServerTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAgentUsage($agentId: ID!, $reason: String) { resetAgentUsage(agentId: $agentId, reason: $reason) { ...ResetEventFields } }\n"): typeof import('./graphql').ResetAgentUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAllTraffic($confirm: String!, $reason: String) { resetAllTraffic(confirm: $confirm, reason: $reason) { ...ResetEventFields } }\n"): typeof import('./graphql').ResetAllTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepletedUsers($serverId: ID) { deleteDepletedUsers(serverId: $serverId) { ...ResetEventFields } }\n"): typeof import('./graphql').DeleteDepletedUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetSchedules { resetSchedules { ...ResetScheduleFields } }\n"): typeof import('./graphql').ResetSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) { previewSchedule(cron: $cron, timeZone: $timeZone, count: $count) }\n"): typeof import('./graphql').PreviewScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResetSchedule($input: ResetScheduleInput!) { createResetSchedule(input: $input) { ...ResetScheduleFields } }\n"): typeof import('./graphql').CreateResetScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) {\n    updateResetSchedule(id: $id, input: $input) { ...ResetScheduleFields }\n  }\n"): typeof import('./graphql').UpdateResetScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResetSchedule($id: ID!) { deleteResetSchedule(id: $id) }\n"): typeof import('./graphql').DeleteResetScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrafficReports($first: Int, $after: String) {\n    trafficReports(first: $first, after: $after) {\n      nodes { ...TrafficReportFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').TrafficReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrafficReport { createTrafficReport { ...TrafficReportFields } }\n"): typeof import('./graphql').CreateTrafficReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetTargets { servers { id name status } agents { id username status } }\n"): typeof import('./graphql').ResetTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsFields on Settings {\n    trackingEnabled retentionDays enforcementIntervalMinutes alertWebhookUrl alertWebhookSecretSet agentsCanResetUsers timeZone\n  }\n"): typeof import('./graphql').SettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey { id name prefix createdAt lastUsedAt revokedAt }\n"): typeof import('./graphql').ApiKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query System {\n    systemInfo {\n      version database jobsBackend pubsub uptimeSeconds\n      jobs { name repeatInterval nextRunAt lastRunAt lastFinishedAt failCount failReason }\n    }\n  }\n"): typeof import('./graphql').SystemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings { settings { ...SettingsFields } }\n"): typeof import('./graphql').SettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: SettingsInput!) { updateSettings(input: $input) { ...SettingsFields } }\n"): typeof import('./graphql').UpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys { apiKeys { ...ApiKeyFields } }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) { secret apiKey { ...ApiKeyFields } }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlobalStatsFields on GlobalStats { users agents servers used up down lifetime samples }\n"): typeof import('./graphql').GlobalStatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsagePointFields on UsagePoint { at up down total }\n"): typeof import('./graphql').UsagePointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServerFields on Server { id name kind status tokenPrefix up down lifetime samples lastSeenAt createdAt }\n"): typeof import('./graphql').ServerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    globalStats { ...GlobalStatsFields }\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n"): typeof import('./graphql').AdminTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalStats { globalStats { ...GlobalStatsFields } }\n"): typeof import('./graphql').GlobalStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {\n    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }\n    topUsers(first: $first) { ...UserFields }\n  }\n"): typeof import('./graphql').AgentOwnTrafficDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {\n    usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { ...UsagePointFields }\n  }\n"): typeof import('./graphql').UsageSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUsers($first: Int) { topUsers(first: $first) { ...UserFields } }\n"): typeof import('./graphql').TopUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserUsage($userId: ID!, $days: Int) {\n    userUsage(userId: $userId, days: $days) { serverId serverName protocol up down total samples lastSeenAt }\n  }\n"): typeof import('./graphql').UserUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UsageUpdated($userId: ID, $agentId: ID) {\n    usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }\n  }\n"): typeof import('./graphql').UsageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseInfo {\n    databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt }\n  }\n"): typeof import('./graphql').DatabaseInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CleanupSamples { cleanupSamples { deleted before } }\n"): typeof import('./graphql').CleanupSamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Servers { servers { ...ServerFields } }\n"): typeof import('./graphql').ServersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { ...ServerFields } } }\n"): typeof import('./graphql').CreateServerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServer($id: ID!, $input: UpdateServerInput!) { updateServer(id: $id, input: $input) { ...ServerFields } }\n"): typeof import('./graphql').UpdateServerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateServerToken($id: ID!) { rotateServerToken(id: $id) { token server { ...ServerFields } } }\n"): typeof import('./graphql').RotateServerTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id username token agentId agentUsername status dataLimit used up down lifetime expiresAt macAddress createdAt\n    resetStrategy billingDay timeZone nextResetAt lastResetAt overLimitAction throttleProfileId throttled\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      nodes { ...UserFields }\n      totalCount\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) { user(id: $id) { ...UserFields } }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSearch($search: String, $first: Int) {\n    users(filter: { search: $search }, first: $first) { nodes { id username agentUsername status used dataLimit } totalCount }\n  }\n"): typeof import('./graphql').UserSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserFields } }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ...UserFields } }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) { deleteUser(id: $id) }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UserChanged($agentId: ID) {\n    userChanged(agentId: $agentId) { kind userId user { ...UserFields } }\n  }\n"): typeof import('./graphql').UserChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UserStatusChanged { userStatusChanged { userId agentId from to reason } }\n"): typeof import('./graphql').UserStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoucherFields on Voucher { userId code password status used expiresAt state }\n"): typeof import('./graphql').VoucherFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoucherBatchFields on VoucherBatch {\n    id agentId agentUsername routerId routerName speedProfile { id name up down } count dataLimit validitySeconds prefix createdAt\n    vouchers { ...VoucherFields }\n  }\n"): typeof import('./graphql').VoucherBatchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VouchersPage($agentId: ID) {\n    voucherBatches(agentId: $agentId) { ...VoucherBatchFields }\n    routers { ...AgentRouterFields }\n    speedProfiles { id name up down validity }\n  }\n"): typeof import('./graphql').VouchersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherBatches($agentId: ID) { voucherBatches(agentId: $agentId) { ...VoucherBatchFields } }\n"): typeof import('./graphql').VoucherBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherBatch($id: ID!) { voucherBatch(id: $id) { ...VoucherBatchFields } }\n"): typeof import('./graphql').VoucherBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateVouchers($input: GenerateVouchersInput!) { generateVouchers(input: $input) { ...VoucherBatchFields } }\n"): typeof import('./graphql').GenerateVouchersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
