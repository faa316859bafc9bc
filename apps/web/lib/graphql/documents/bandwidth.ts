/** The Bandwidth pages: routers, speed profiles, limits, live sessions, logins cut off on routers. */
import { graphql } from '../generated';

export const ROUTER_FIELDS = graphql(`
  fragment RouterFields on Router {
    id name host port tls username status lastError lastContactAt nextAttemptAt identity version latencyMs serverId createdAt
  }
`);

/** What an agent may read of a router (how to reach and log in to it is ADMIN only). */
export const AGENT_ROUTER_FIELDS = graphql(`
  fragment AgentRouterFields on Router { id name status lastContactAt nextAttemptAt createdAt }
`);

export const SPEED_PROFILE_FIELDS = graphql(`
  fragment SpeedProfileFields on SpeedProfile { id name up down upBps downBps price validity }
`);

export const ASSIGNMENT_FIELDS = graphql(`
  fragment AssignmentFields on BandwidthAssignment {
    id routerId routerName macAddress userId username profileId profileName up down upBps downBps queueName
    state lastError attempts nextAttemptAt appliedAt updatedAt
  }
`);

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on ActiveSession {
    id user userId username macAddress address uptimeSeconds uploadBytes downloadBytes uploadRate downloadRate
    queueName limitUp limitDown assignmentId state throttled
  }
`);

export const ROUTER_LOGIN_FIELDS = graphql(`
  fragment RouterLoginFields on RouterLogin {
    id routerId routerName kind name userId username userStatus throttled held managed state lastError batchId updatedAt
  }
`);

/** Everything the Bandwidth page renders on the server, in one request. */
export const BANDWIDTH_PAGE = graphql(`
  query BandwidthPage {
    routers { ...RouterFields }
    speedProfiles { ...SpeedProfileFields }
    bandwidthAssignments { ...AssignmentFields }
    routerLogins { ...RouterLoginFields }
  }
`);

/** The same for an agent: routers as agents may read them. */
export const AGENT_BANDWIDTH_PAGE = graphql(`
  query AgentBandwidthPage {
    routers { ...AgentRouterFields }
    speedProfiles { ...SpeedProfileFields }
    bandwidthAssignments { ...AssignmentFields }
    routerLogins { ...RouterLoginFields }
  }
`);

export const CREATE_ROUTER = graphql(`
  mutation CreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { ...RouterFields } }
`);

export const UPDATE_ROUTER = graphql(`
  mutation UpdateRouter($id: ID!, $input: UpdateRouterInput!) { updateRouter(id: $id, input: $input) { ...RouterFields } }
`);

export const DELETE_ROUTER = graphql(`
  mutation DeleteRouter($id: ID!) { deleteRouter(id: $id) }
`);

/** Connects now: identity, version and latency, or the error (ok: false, not an exception). */
export const TEST_ROUTER = graphql(`
  mutation TestRouter($id: ID!) {
    testRouter(id: $id) { ok identity version latencyMs error router { ...RouterFields } }
  }
`);

/** Reconciles the router's queues with the limits now. */
export const SYNC_ROUTER = graphql(`
  mutation SyncRouter($id: ID!) { syncRouter(id: $id) { ...RouterFields } }
`);

export const SPEED_PROFILES = graphql(`
  query SpeedProfiles { speedProfiles { ...SpeedProfileFields } }
`);

export const CREATE_SPEED_PROFILE = graphql(`
  mutation CreateSpeedProfile($input: SpeedProfileInput!) { createSpeedProfile(input: $input) { ...SpeedProfileFields } }
`);

export const UPDATE_SPEED_PROFILE = graphql(`
  mutation UpdateSpeedProfile($id: ID!, $input: UpdateSpeedProfileInput!) {
    updateSpeedProfile(id: $id, input: $input) { ...SpeedProfileFields }
  }
`);

/** CONFLICT while limits use the profile. */
export const DELETE_SPEED_PROFILE = graphql(`
  mutation DeleteSpeedProfile($id: ID!) { deleteSpeedProfile(id: $id) }
`);

export const SET_BANDWIDTH_LIMIT = graphql(`
  mutation SetBandwidthLimit($input: BandwidthLimitInput!) { setBandwidthLimit(input: $input) { ...AssignmentFields } }
`);

export const REMOVE_BANDWIDTH_LIMIT = graphql(`
  mutation RemoveBandwidthLimit($input: BandwidthTargetInput!) { removeBandwidthLimit(input: $input) }
`);

/** Emits at once, then every ~2 s while someone watches (an agent sees its own users' sessions). */
export const ACTIVE_SESSIONS_SUBSCRIPTION = graphql(`
  subscription ActiveSessions($routerId: ID!) { activeSessions(routerId: $routerId) { ...SessionFields } }
`);

/** Our users' hotspot users and PPP secrets on the routers (an agent: its own users'); `held` = cut off by us. */
export const ROUTER_LOGINS = graphql(`
  query RouterLogins($routerId: ID, $userId: ID) { routerLogins(routerId: $routerId, userId: $userId) { ...RouterLoginFields } }
`);
