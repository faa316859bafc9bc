/** The Connectors page: VPN panels (Marzban, PasarGuard, 3x-ui) we log into, their users and what we pushed to them. Admins only. */
import { graphql } from '../generated';

export const CONNECTOR_FIELDS = graphql(`
  fragment ConnectorFields on Connector {
    id name kind url username hasPassword hasTotpSecret hasApiToken pollSeconds deleteDepleted
    status lastError lastSyncAt nextAttemptAt version latencyMs panelUsers unmappedUsers heldUsers createdAt
  }
`);

export const PANEL_USER_FIELDS = graphql(`
  fragment PanelUserFields on PanelUser {
    connectorId connectorName inbound panelKey username enabled held panelStatus up down dataLimit expiresAt readAt resetPending
  }
`);

export const CONNECTOR_LOG_FIELDS = graphql(`
  fragment ConnectorLogFields on ConnectorLogEntry { id at action panelKey inbound userId ok status message }
`);

/** What the page renders on the server: the connectors, and the agents users can be imported for. */
export const CONNECTORS_PAGE = graphql(`
  query ConnectorsPage {
    connectors { ...ConnectorFields }
    agents { id username status }
  }
`);

/** Re-read every few seconds: status, last sync and counts move on the API's own schedule. */
export const CONNECTORS = graphql(`
  query Connectors { connectors { ...ConnectorFields } }
`);

/** One connector's users as the last poll saw them (searchable), the ones that are none of ours, and the push log. */
export const CONNECTOR_DETAIL = graphql(`
  query ConnectorDetail($connectorId: ID!, $search: String, $first: Int, $logFirst: Int) {
    panelUsers(connectorId: $connectorId, search: $search, first: $first) { ...PanelUserFields }
    unmapped: panelUsers(connectorId: $connectorId, unmappedOnly: true, first: $first) { ...PanelUserFields }
    connectorLog(connectorId: $connectorId, first: $logFirst) { ...ConnectorLogFields }
  }
`);

export const CREATE_CONNECTOR = graphql(`
  mutation CreateConnector($input: CreateConnectorInput!) { createConnector(input: $input) { ...ConnectorFields } }
`);

export const UPDATE_CONNECTOR = graphql(`
  mutation UpdateConnector($id: ID!, $input: UpdateConnectorInput!) { updateConnector(id: $id, input: $input) { ...ConnectorFields } }
`);

export const DELETE_CONNECTOR = graphql(`
  mutation DeleteConnector($id: ID!) { deleteConnector(id: $id) }
`);

/** Logs in now: version, user count and latency, or the panel's own message (ok: false, not an exception). */
export const TEST_CONNECTOR = graphql(`
  mutation TestConnector($id: ID!) {
    testConnector(id: $id) { ok version userCount latencyMs error connector { ...ConnectorFields } }
  }
`);

/** Polls now and says what the poll did (usage counted, users disabled / enabled in the panel). */
export const POLL_CONNECTOR = graphql(`
  mutation PollConnector($connectorId: ID!) {
    pollConnector(connectorId: $connectorId) { ok error samples bytes disabled enabled failedPushes }
  }
`);

/** The panel's users that are none of ours become users of the agent; all of them fit its quota, or none is made (LIMIT_EXCEEDED). */
export const IMPORT_CONNECTOR_USERS = graphql(`
  mutation ImportConnectorUsers($connectorId: ID!, $agentId: ID!) {
    importConnectorUsers(connectorId: $connectorId, agentId: $agentId) { imported skipped unmapped skippedUsers { panelKey reason } }
  }
`);

/** The panels the users shown on the admin users list live in (one request for the whole page). */
export const USERS_PANELS = graphql(`
  query UsersPanels($filter: UserFilter, $first: Int) {
    users(filter: $filter, first: $first) { nodes { id panels { ...PanelUserFields } } }
  }
`);
