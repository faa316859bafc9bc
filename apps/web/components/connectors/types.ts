/** The shapes the Connectors page passes around, from the generated operation and fragment types. */
import type * as G from '@/lib/graphql/generated/graphql';

export type { ConnectorKind, ConnectorStatus, CreateConnectorInput, UpdateConnectorInput } from '@/lib/graphql/generated/graphql';

/** A VPN panel we log into (its secrets never come back: only whether each is stored). */
export type Connector = G.ConnectorFieldsFragment;
/** One user (3x-ui: a client of an inbound) of a panel as the last poll saw it; `username` null = none of ours. */
export type PanelUser = G.PanelUserFieldsFragment;
/** A change pushed to a panel, with the panel's answer. */
export type ConnectorLogEntry = G.ConnectorLogFieldsFragment;
export type ConnectorTestResult = G.TestConnectorMutation['testConnector'];
export type ConnectorPollResult = G.PollConnectorMutation['pollConnector'];
export type ConnectorImportResult = G.ImportConnectorUsersMutation['importConnectorUsers'];
/** An agent users can be imported for. */
export type ImportAgent = G.ConnectorsPageQuery['agents'][number];
