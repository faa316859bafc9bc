'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ErrorCode } from '@tm/shared';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { When } from '@/components/ui/When';
import { gql } from '@/lib/graphql/client';
import { IMPORT_CONNECTOR_USERS } from '@/lib/graphql/documents/connectors';
import { errorCode, errorMessage, GqlError } from '@/lib/graphql/errors';
import { PanelStateBadge } from './badges';
import { exactBytes, formatGb, importLimitText } from './format';
import type { Connector, ConnectorImportResult, ImportAgent, PanelUser } from './types';
import { PANEL_USERS_SHOWN } from './useConnectorDetail';

type Outcome = { kind: 'done'; agent: string; result: ConnectorImportResult } | { kind: 'error'; code: string; title?: string; message: string } | null;

/**
 * The panel's users that are none of ours, and the one-step import that makes them users of an
 * agent (each with the panel's data limit and expiry). All of them fit the agent's quota, or none is made.
 */
export function UnmappedCard({
  connector,
  unmapped,
  agents,
  onImported,
}: {
  connector: Connector;
  unmapped: PanelUser[] | null;
  agents: ImportAgent[];
  onImported: (agent: string, result: ConnectorImportResult) => void;
}) {
  const active = agents.filter((a) => a.status === 'ACTIVE');
  const [agentId, setAgentId] = useState('');
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const count = unmapped?.length ?? connector.unmappedUsers;
  const many = unmapped !== null && unmapped.length >= PANEL_USERS_SHOWN;

  // Nothing to import and nothing to report: the card stays out of the way.
  if (count === 0 && outcome === null) return null;

  async function importUsers() {
    const agent = active.find((a) => a.id === agentId);
    if (!agent) return;
    setPending(true);
    setOutcome(null);
    try {
      const d = await gql(IMPORT_CONNECTOR_USERS, { connectorId: connector.id, agentId: agent.id });
      setOutcome({ kind: 'done', agent: agent.username, result: d.importConnectorUsers });
      onImported(agent.username, d.importConnectorUsers);
    } catch (err) {
      const code = errorCode(err);
      if (code === ErrorCode.LIMIT_EXCEEDED && err instanceof GqlError) setOutcome({ kind: 'error', code, title: 'Doesn’t fit the agent’s quota', message: importLimitText(err, agent.username, count) });
      else setOutcome({ kind: 'error', code, message: errorMessage(err) });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card" data-testid="unmapped-card">
      <div className="card-head">
        <div>
          <h2>
            Unmapped users{' '}
            <span className="muted" data-testid="unmapped-count">
              · {many ? `${PANEL_USERS_SHOWN}+` : count}
            </span>
          </h2>
          <p>Users of {connector.name} that match none of ours by name. Their traffic isn’t counted until they are someone’s users: import them for an agent, or create users of the same names.</p>
        </div>
      </div>
      {count > 0 && (
        <div className="toolbar">
          {active.length === 0 ? (
            <span className="small muted">
              No active agent to import for. <Link href="/agents">Create an agent</Link> first.
            </span>
          ) : (
            <>
              <label className="label" htmlFor="import-agent">
                Import for
              </label>
              <select id="import-agent" className="select" value={agentId} onChange={(e) => setAgentId(e.target.value)} data-testid="import-agent">
                <option value="">Choose an agent…</option>
                {active.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.username}
                  </option>
                ))}
              </select>
              <Button variant="primary" size="sm" onClick={() => void importUsers()} pending={pending} disabled={!agentId}>
                Import {many ? 'all' : count} {count === 1 ? 'user' : 'users'}
              </Button>
              <span className="small muted">Each gets the panel’s data limit and expiry; the whole import must fit the agent’s quota.</span>
            </>
          )}
        </div>
      )}
      {outcome && (
        <div className="card-body" style={{ paddingBottom: count > 0 ? 0 : undefined }} data-testid="import-outcome">
          {outcome.kind === 'error' ? (
            <ErrorAlert code={outcome.code} title={outcome.title} message={outcome.message} />
          ) : (
            <ImportSummary agent={outcome.agent} result={outcome.result} onDismiss={() => setOutcome(null)} />
          )}
        </div>
      )}
      {unmapped && unmapped.length > 0 && (
        <div className="table-wrap">
          <table className="table dense compact" data-testid="unmapped-table">
            <thead>
              <tr>
                <th>{connector.kind === 'XUI' ? 'Client' : 'Panel user'}</th>
                <th>In the panel</th>
                <th className="num">Used</th>
                <th className="num">Data limit</th>
                <th>Expires</th>
              </tr>
            </thead>
            <tbody>
              {unmapped.map((u) => (
                <tr key={`${u.inbound}/${u.panelKey}`} data-testid={`unmapped-row-${u.panelKey}`}>
                  <td>
                    <span className="primary-cell mono">{u.panelKey}</span>
                    {u.inbound && <span className="sub"> · inbound {u.inbound}</span>}
                  </td>
                  <td className="nowrap">
                    <PanelStateBadge user={u} />
                  </td>
                  <td className="num nowrap" title={exactBytes(BigInt(u.up) + BigInt(u.down))}>
                    {formatGb(BigInt(u.up) + BigInt(u.down))}
                  </td>
                  <td className="num nowrap">{u.dataLimit ? formatGb(u.dataLimit) : <span className="muted">Unlimited</span>}</td>
                  <td className="nowrap">
                    <When iso={u.expiresAt} empty="Never" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ImportSummary({ agent, result, onDismiss }: { agent: string; result: ConnectorImportResult; onDismiss: () => void }) {
  return (
    <div className={`alert ${result.imported > 0 ? 'success' : 'info'}`} role="status" data-testid="import-result" style={{ alignItems: 'flex-start' }}>
      <div style={{ flex: 1 }}>
        <strong>
          {result.imported > 0 ? `Imported ${result.imported} ${result.imported === 1 ? 'user' : 'users'} for ${agent}.` : `Nothing imported for ${agent}.`}
        </strong>
        <div className="row wrap" style={{ gap: 6, marginTop: 6 }}>
          <Badge tone="green">{result.imported} imported</Badge>
          <Badge tone={result.skipped > 0 ? 'amber' : 'gray'}>{result.skipped} skipped</Badge>
          <Badge tone={result.unmapped > 0 ? 'amber' : 'gray'}>{result.unmapped} still unmapped</Badge>
        </div>
        {result.skippedUsers.length > 0 && (
          <ul className="small" style={{ margin: '8px 0 0', paddingLeft: 18 }} data-testid="import-skipped">
            {result.skippedUsers.map((s) => (
              <li key={s.panelKey}>
                <span className="mono">{s.panelKey}</span>: {s.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn ghost sm" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
