/** Resets: the audit log, resets by hand, schedules, traffic reports. */
import { graphql } from '../generated';

export const RESET_EVENT_FIELDS = graphql(`
  fragment ResetEventFields on ResetEvent {
    id scope targetId targetLabel actorId actorKind actorLabel reason trigger ok error affectedUsers bytesCleared reportId scheduleId at
  }
`);

export const RESET_SCHEDULE_FIELDS = graphql(`
  fragment ResetScheduleFields on ResetSchedule {
    id name scope targetId targetLabel cron timeZone enabled reason nextRunAt lastRunAt lastEventId lastOk nextRuns(count: 5) createdAt
  }
`);

export const TRAFFIC_REPORT_FIELDS = graphql(`
  fragment TrafficReportFields on TrafficReport {
    id createdAt trigger scope targetId targetLabel resetEventId scheduleId users agents servers up down lifetime csvUrl jsonUrl
  }
`);

/** What resets may do and the default zone (admins; an agent may be refused). */
export const RESET_SETTINGS = graphql(`
  query ResetSettings { settings { agentsCanResetUsers timeZone } }
`);

/** Whether the caller may reset its users' traffic (admins always; agents when settings allow). */
export const CAN_RESET_USERS = graphql(`
  query CanResetUsers { canResetUsers }
`);

/** The audit log, newest first (an agent: its own users' events). */
export const RESET_EVENTS = graphql(`
  query ResetEvents($filter: ResetEventFilter, $first: Int, $after: String) {
    resetEvents(filter: $filter, first: $first, after: $after) {
      nodes { ...ResetEventFields }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/** One event with the before-values it zeroed. */
export const RESET_EVENT_SNAPSHOT = graphql(`
  query ResetEventSnapshot($id: ID!, $first: Int!) {
    resetEvent(id: $id) { id snapshot(first: $first) panelPushes { connectorName action panelKey inbound ok status message } }
  }
`);

export const RESET_PERFORMED = graphql(`
  subscription ResetPerformed { resetPerformed { ...ResetEventFields } }
`);

export const RESET_USER_TRAFFIC = graphql(`
  mutation ResetUserTraffic($userId: ID!, $reason: String) { resetUserTraffic(userId: $userId, reason: $reason) { ...ResetEventFields } }
`);

export const RESET_SERVER_TRAFFIC = graphql(`
  mutation ResetServerTraffic($serverId: ID!, $reason: String) {
    resetServerTraffic(serverId: $serverId, reason: $reason) { ...ResetEventFields }
  }
`);

export const RESET_AGENT_USAGE = graphql(`
  mutation ResetAgentUsage($agentId: ID!, $reason: String) { resetAgentUsage(agentId: $agentId, reason: $reason) { ...ResetEventFields } }
`);

/** `confirm` must be exactly "RESET ALL" (the API checks it too). */
export const RESET_ALL_TRAFFIC = graphql(`
  mutation ResetAllTraffic($confirm: String!, $reason: String) { resetAllTraffic(confirm: $confirm, reason: $reason) { ...ResetEventFields } }
`);

/** Deletes users past their data limit or expiry (one server's, or everywhere); their traffic stays charged. */
export const DELETE_DEPLETED_USERS = graphql(`
  mutation DeleteDepletedUsers($serverId: ID) { deleteDepletedUsers(serverId: $serverId) { ...ResetEventFields } }
`);

export const RESET_SCHEDULES = graphql(`
  query ResetSchedules { resetSchedules { ...ResetScheduleFields } }
`);

/** The next runs of a cron in a zone; BAD_USER_INPUT says what is wrong with either. */
export const PREVIEW_SCHEDULE = graphql(`
  query PreviewSchedule($cron: String!, $timeZone: String, $count: Int!) { previewSchedule(cron: $cron, timeZone: $timeZone, count: $count) }
`);

export const CREATE_RESET_SCHEDULE = graphql(`
  mutation CreateResetSchedule($input: ResetScheduleInput!) { createResetSchedule(input: $input) { ...ResetScheduleFields } }
`);

export const UPDATE_RESET_SCHEDULE = graphql(`
  mutation UpdateResetSchedule($id: ID!, $input: ResetSchedulePatch!) {
    updateResetSchedule(id: $id, input: $input) { ...ResetScheduleFields }
  }
`);

export const DELETE_RESET_SCHEDULE = graphql(`
  mutation DeleteResetSchedule($id: ID!) { deleteResetSchedule(id: $id) }
`);

export const TRAFFIC_REPORTS = graphql(`
  query TrafficReports($first: Int, $after: String) {
    trafficReports(first: $first, after: $after) {
      nodes { ...TrafficReportFields }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const CREATE_TRAFFIC_REPORT = graphql(`
  mutation CreateTrafficReport { createTrafficReport { ...TrafficReportFields } }
`);

/** Targets for the schedule form: servers and agents (users are searched as you type). */
export const RESET_TARGETS = graphql(`
  query ResetTargets { servers { id name status } agents { id username status } }
`);
