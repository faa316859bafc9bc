'use client';

import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Modal } from '@/components/ui/Modal';
import { useConnectionTest } from '@/components/ui/useConnectionTest';
import { gql } from '@/lib/graphql/client';
import { TEST_ROUTER } from '@/lib/graphql/documents/bandwidth';
import type { Router } from '@/lib/graphql/models';

/** Connects to the router now and shows what it answered: identity, version and latency, or why not. */
export function RouterTestModal({ router, onClose, onTested }: { router: Router; onClose: () => void; onTested: (r: Router) => void }) {
  const { state, testAgain } = useConnectionTest(router.id, (id) => gql(TEST_ROUTER, { id }).then((d) => d.testRouter), (r) => onTested(r.router));

  const running = state.kind === 'running';
  return (
    <Modal title={`Test ${router.name}`} description={<span className="mono">{`${router.username}@${router.host}:${router.port}${router.tls ? ' (TLS)' : ''}`}</span>} onClose={onClose} size="sm" busy={false}>
      <div className="form" data-testid="router-test" data-state={state.kind === 'done' ? (state.result.ok ? 'ok' : 'failed') : state.kind}>
        {running && (
          <div className="row muted" aria-live="polite">
            <span className="spinner" aria-hidden /> Connecting and logging in…
          </div>
        )}
        {state.kind === 'error' && <ErrorAlert code={state.code} message={state.message} />}
        {state.kind === 'done' && state.result.ok && (
          <>
            <div className="alert success" role="status">
              <div>
                <strong>Connected.</strong> The router answered and accepted the login.
              </div>
            </div>
            <dl className="kv">
              <dt>Identity</dt>
              <dd data-testid="test-identity">{state.result.identity ?? '—'}</dd>
              <dt>RouterOS</dt>
              <dd data-testid="test-version">{state.result.version ?? '—'}</dd>
              <dt>Latency</dt>
              <dd data-testid="test-latency">{state.result.latencyMs !== null ? `${state.result.latencyMs} ms` : '—'}</dd>
            </dl>
          </>
        )}
        {state.kind === 'done' && !state.result.ok && (
          <div className="alert" role="alert" data-testid="test-error">
            <div>
              <strong>Couldn&apos;t connect</strong>
              <div>{state.result.error ?? 'The router did not answer.'}</div>
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
