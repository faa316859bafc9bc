/** GraphQL operations of the Bandwidth pages (routers, speed profiles, limits, live sessions). */

export const ROUTER_FIELDS = `
  id name host port tls username status lastError lastContactAt nextAttemptAt identity version latencyMs serverId createdAt
`;
export const SPEED_PROFILE_FIELDS = `id name up down upBps downBps price validity`;
export const ASSIGNMENT_FIELDS = `
  id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName
  state lastError attempts nextAttemptAt appliedAt updatedAt
`;
export const SESSION_FIELDS = `
  id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate
  queueName limitUp limitDown assignmentId state throttled
`;

/** What an agent may read of a router (how to reach and log in to it is ADMIN only). */
export const AGENT_ROUTER_FIELDS = `id name status lastContactAt nextAttemptAt createdAt`;

export const ROUTER_LOGIN_FIELDS = `id routerId routerName kind name userId username userStatus throttled held managed state lastError batchId updatedAt`;

const bandwidthPage = (routerFields: string) => /* GraphQL */ `
  query BandwidthPage {
    routers { ${routerFields} }
    speedProfiles { ${SPEED_PROFILE_FIELDS} }
    bandwidthAssignments { ${ASSIGNMENT_FIELDS} }
    routerLogins { ${ROUTER_LOGIN_FIELDS} }
  }
`;
/** Everything the Bandwidth page renders on the server, in one request. */
export const BANDWIDTH_PAGE = bandwidthPage(ROUTER_FIELDS);
export const AGENT_BANDWIDTH_PAGE = bandwidthPage(AGENT_ROUTER_FIELDS);

export const ROUTERS = /* GraphQL */ `
  query Routers { routers { ${ROUTER_FIELDS} } }
`;

export const CREATE_ROUTER = /* GraphQL */ `
  mutation CreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { ${ROUTER_FIELDS} } }
`;

export const UPDATE_ROUTER = /* GraphQL */ `
  mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ${ROUTER_FIELDS} } }
`;

export const DELETE_ROUTER = /* GraphQL */ `
  mutation DeleteRouter($id: ID!) { deleteRouter(id: $id) }
`;

/** Connects now: identity, version and latency, or the error (ok: false, not an exception). */
export const TEST_ROUTER = /* GraphQL */ `
  mutation TestRouter($id: ID!) {
    testRouter(id: $id) { ok identity version latencyMs error router { ${ROUTER_FIELDS} } }
  }
`;

/** Reconciles the router's queues with the limits now. */
export const SYNC_ROUTER = /* GraphQL */ `
  mutation SyncRouter($id: ID!) { syncRouter(id: $id) { ${ROUTER_FIELDS} } }
`;

export const SPEED_PROFILES = /* GraphQL */ `
  query SpeedProfiles { speedProfiles { ${SPEED_PROFILE_FIELDS} } }
`;

export const CREATE_SPEED_PROFILE = /* GraphQL */ `
  mutation CreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { ${SPEED_PROFILE_FIELDS} } }
`;

export const UPDATE_SPEED_PROFILE = /* GraphQL */ `
  mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {
    updateSpeedProfile(id: $id, input: $input) { ${SPEED_PROFILE_FIELDS} }
  }
`;

/** CONFLICT while limits use the profile. */
export const DELETE_SPEED_PROFILE = /* GraphQL */ `
  mutation DeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }
`;

/** An agent gets its own users' limits only. */
export const BANDWIDTH_ASSIGNMENTS = /* GraphQL */ `
  query BandwidthAssignments($routerId: ID) { bandwidthAssignments(routerId: $routerId) { ${ASSIGNMENT_FIELDS} } }
`;

export const SET_BANDWIDTH_LIMIT = /* GraphQL */ `
  mutation SetBandwidthLimit($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ${ASSIGNMENT_FIELDS} } }
`;

export const REMOVE_BANDWIDTH_LIMIT = /* GraphQL */ `
  mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }
`;

/** Emits at once, then every ~2 s while someone watches (an agent sees its own users' sessions). */
export const ACTIVE_SESSIONS_SUBSCRIPTION = /* GraphQL */ `
  subscription ActiveSessions($routerId: ID!) { activeSessions(routerId: $routerId) { ${SESSION_FIELDS} } }
`;

export const ACTIVE_SESSIONS = /* GraphQL */ `
  query ActiveSessionsNow($routerId: ID!) { activeSessions(routerId: $routerId) { ${SESSION_FIELDS} } }
`;

/** Our users' hotspot users and PPP secrets on the routers (an agent: its own users'); `held` = cut off by us. */
export const ROUTER_LOGINS = /* GraphQL */ `
  query RouterLogins($routerId: ID, $userId: ID) { routerLogins(routerId: $routerId, userId: $userId) { ${ROUTER_LOGIN_FIELDS} } }
`;

