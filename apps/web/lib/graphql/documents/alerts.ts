/** Alerts (75 / 90 / 100 % of a user's or an agent's limit). */
import { graphql } from '../generated';

export const ALERT_FIELDS = graphql(`
  fragment AlertFields on Alert {
    id kind subjectId subjectName agentId threshold used limit percent at acknowledgedAt delivery overLimitAction
  }
`);

/** Alerts the caller sees (an agent: its own and its users'), newest first. */
export const ALERTS = graphql(`
  query Alerts($filter: AlertFilter, $first: Int, $after: String) {
    alerts(filter: $filter, first: $first, after: $after) {
      nodes { ...AlertFields }
      totalCount
      pageInfo { endCursor hasNextPage }
    }
    unacknowledgedAlerts
  }
`);

export const UNACKNOWLEDGED_ALERTS = graphql(`
  query UnacknowledgedAlerts { unacknowledgedAlerts }
`);

export const ACKNOWLEDGE_ALERT = graphql(`
  mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ...AlertFields } }
`);

/** Acknowledges every unacknowledged alert the caller sees; answers how many. */
export const ACKNOWLEDGE_ALERTS = graphql(`
  mutation AcknowledgeAlerts { acknowledgeAlerts }
`);

export const ALERT_RAISED = graphql(`
  subscription AlertRaised { alertRaised { ...AlertFields } }
`);
