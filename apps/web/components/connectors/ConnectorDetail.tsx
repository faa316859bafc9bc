'use client';

import { useEffect, useState } from 'react';
import { PanelUsersCard } from './PanelUsersCard';
import { PushLogCard } from './PushLogCard';
import type { Connector, ConnectorImportResult, ImportAgent } from './types';
import { UnmappedCard } from './UnmappedCard';
import { useConnectorDetail } from './useConnectorDetail';

const DOT: Record<string, string> = { ONLINE: 'online', OFFLINE: 'offline', FAILED: 'offline' };

/** The chosen panel: its unmapped users (import), its users as we see them, and what we pushed to it. Keyed by the connector. */
export function ConnectorDetail({
  connector,
  connectors,
  onSelect,
  agents,
  bump,
  onImported,
}: {
  connector: Connector;
  connectors: Connector[];
  onSelect: (id: string) => void;
  agents: ImportAgent[];
  bump: number;
  onImported: (agent: string, result: ConnectorImportResult) => void;
}) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQuery(search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);
  // The panel's counts moving (a poll read it) or our own action: re-read the lists at once rather than on the next tick.
  const signature = `${bump}:${connector.lastSyncAt ?? ''}:${connector.heldUsers}:${connector.unmappedUsers}`;
  const state = useConnectorDetail(connector.id, query, signature);

  return (
    <>
      <UnmappedCard
        connector={connector}
        unmapped={state.unmapped}
        agents={agents}
        onImported={(agent, r) => {
          onImported(agent, r);
          state.refresh();
        }}
      />
      <PanelUsersCard
        connector={connector}
        state={state}
        search={search}
        onSearch={setSearch}
        picker={
          connectors.length > 1 ? (
            <div className="segmented" role="group" aria-label="Connector" data-testid="connector-picker">
              {connectors.map((c) => (
                <button key={c.id} type="button" aria-pressed={c.id === connector.id} onClick={() => onSelect(c.id)}>
                  <span className={`status-dot ${DOT[c.status] ?? ''}`} aria-hidden />
                  {c.name}
                </button>
              ))}
            </div>
          ) : undefined
        }
      />
      <PushLogCard connector={connector} log={state.log} />
    </>
  );
}
