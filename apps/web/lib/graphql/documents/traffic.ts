/** Traffic: global figures, series, top users, per-server usage, the database, traffic sources. */
import { graphql } from '../generated';

export const GLOBAL_STATS_FIELDS = graphql(`
  fragment GlobalStatsFields on GlobalStats { users agents servers used up down lifetime samples }
`);

export const USAGE_POINT_FIELDS = graphql(`
  fragment UsagePointFields on UsagePoint { at up down total }
`);

export const SERVER_FIELDS = graphql(`
  fragment ServerFields on Server { id name kind status tokenPrefix up down lifetime samples lastSeenAt createdAt }
`);

/** The admin dashboard's traffic half: global figures, the chart, the heaviest users. */
export const ADMIN_TRAFFIC = graphql(`
  query AdminTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
    globalStats { ...GlobalStatsFields }
    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }
    topUsers(first: $first) { ...UserFields }
  }
`);

export const GLOBAL_STATS = graphql(`
  query GlobalStats { globalStats { ...GlobalStatsFields } }
`);

/** An agent's own traffic: no userId/agentId = the caller (admin: global, agent: itself). */
export const AGENT_OWN_TRAFFIC = graphql(`
  query AgentOwnTraffic($bucket: UsageBucket, $from: DateTime, $first: Int) {
    usageSeries(bucket: $bucket, from: $from) { ...UsagePointFields }
    topUsers(first: $first) { ...UserFields }
  }
`);

export const USAGE_SERIES = graphql(`
  query UsageSeries($userId: ID, $agentId: ID, $bucket: UsageBucket, $from: DateTime, $to: DateTime) {
    usageSeries(userId: $userId, agentId: $agentId, bucket: $bucket, from: $from, to: $to) { ...UsagePointFields }
  }
`);

export const TOP_USERS = graphql(`
  query TopUsers($first: Int) { topUsers(first: $first) { ...UserFields } }
`);

export const USER_USAGE = graphql(`
  query UserUsage($userId: ID!, $days: Int) {
    userUsage(userId: $userId, days: $days) { serverId serverName protocol up down total samples lastSeenAt }
  }
`);

/** Usage as it is counted (coalesced by the API to at most one event per second per user/agent). */
export const USAGE_UPDATED = graphql(`
  subscription UsageUpdated($userId: ID, $agentId: ID) {
    usageUpdated(userId: $userId, agentId: $agentId) { scope userId agentId up down used lifetime at }
  }
`);

export const DATABASE_INFO = graphql(`
  query DatabaseInfo {
    databaseInfo { database tables { name rows } sizeBytes uniqueUsers uniqueServers retentionDays oldestSampleAt newestSampleAt }
  }
`);

export const CLEANUP_SAMPLES = graphql(`
  mutation CleanupSamples { cleanupSamples { deleted before } }
`);

export const SERVERS = graphql(`
  query Servers { servers { ...ServerFields } }
`);

export const CREATE_SERVER = graphql(`
  mutation CreateServer($input: CreateServerInput!) { createServer(input: $input) { token server { ...ServerFields } } }
`);

export const UPDATE_SERVER = graphql(`
  mutation UpdateServer($id: ID!, $input: UpdateServerInput!) { updateServer(id: $id, input: $input) { ...ServerFields } }
`);

export const ROTATE_SERVER_TOKEN = graphql(`
  mutation RotateServerToken($id: ID!) { rotateServerToken(id: $id) { token server { ...ServerFields } } }
`);
