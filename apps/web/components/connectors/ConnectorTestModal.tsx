'use client';

import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Modal } from '@/components/ui/Modal';
import { useConnectionTest } from '@/components/ui/useConnectionTest';
import { gql } from '@/lib/graphql/client';
import { TEST_CONNECTOR } from '@/lib/graphql/documents/connectors';
import { formatNumber } from '@/lib/format';
import { connectorKindLabel } from './badges';
import type { Connector } from './types';

/** Logs in to the panel now and shows what it answered: its version, how many users it has and how long it took, or its own error. */
export function ConnectorTestModal({ connector, onClose, onTested }: { connector: Connector; onClose: () => void; onTested: (c: Connector) => void }) {
  const { state, testAgain } = useConnectionTest(connector.id, (id) => gql(TEST_CONNECTOR, { id }).then((d) => d.testConnector), (r) => onTested(r.connector));

  const running = state.kind === 'running';
  return (
    <Modal
      title={`Test ${connector.name}`}
      description={
        <>
          {connectorKindLabel(connector.kind)} at <span className="mono">{connector.url}</span>
        </>
      }
      onClose={onClose}
      size="sm"
    >
      <div className="form" data-testid="connector-test" data-state={state.kind === 'done' ? (state.result.ok ? 'ok' : 'failed') : state.kind}>
        {running && (
          <div className="row muted" aria-live="polite">
            <span className="spinner" aria-hidden /> Logging in to the panel…
          </div>
        )}
        {state.kind === 'error' && <ErrorAlert code={state.code} message={state.message} />}
        {state.kind === 'done' && state.result.ok && (
          <>
            <div className="alert success" role="status">
              <div>
                <strong>Connected.</strong> The panel accepted the login.
              </div>
            </div>
            <dl className="kv">
              <dt>Panel version</dt>
              <dd data-testid="test-version">{state.result.version ?? '—'}</dd>
              <dt>Users</dt>
              <dd data-testid="test-users">{state.result.userCount !== null ? formatNumber(state.result.userCount) : '—'}</dd>
              <dt>Latency</dt>
              <dd data-testid="test-latency">{state.result.latencyMs !== null ? `${state.result.latencyMs} ms` : '—'}</dd>
            </dl>
          </>
        )}
        {state.kind === 'done' && !state.result.ok && (
          <div className="alert" role="alert" data-testid="test-error">
            <div>
              <strong>Couldn&apos;t log in</strong>
              <div>{state.result.error ?? 'The panel did not answer.'}</div>
            </div>
          </div>
        )}
        <div className="form-actions">
          <Button type="button" onClick={testAgain} pending={running}>
            Test again
          </Button>
          <Button type="button" variant="primary" onClick={onClose} data-autofocus>
            Done
          </Button>
        </div>
      </div>
    </Modal>
  );
}
