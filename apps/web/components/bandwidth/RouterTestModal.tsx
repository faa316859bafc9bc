'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Modal } from '@/components/ui/Modal';
import { gql } from '@/lib/graphql/client';
import { TEST_ROUTER } from '@/lib/graphql/documents/bandwidth';
import type { Router, RouterTestResult } from '@/lib/graphql/models';
import { errorCode, errorMessage } from '@/lib/graphql/errors';

type State = { kind: 'running' } | { kind: 'done'; result: RouterTestResult } | { kind: 'error'; code: string; message: string };

/** Connects to the router now and shows what it answered: identity, version and latency, or why not. */
export function RouterTestModal({ router, onClose, onTested }: { router: Router; onClose: () => void; onTested: (r: Router) => void }) {
  const [state, setState] = useState<State>({ kind: 'running' });
  const tested = useRef(onTested);
  useEffect(() => {
    tested.current = onTested;
  });

  // A test runs on open and on every "Test again" (`attempt`); the state goes back to running in
  // the click handler, or here during render when the dialog is handed another router.
  const [attempt, setAttempt] = useState(0);
  const [testedId, setTestedId] = useState(router.id);
  if (testedId !== router.id) {
    setTestedId(router.id);
    setState({ kind: 'running' });
  }

  useEffect(() => {
    gql(TEST_ROUTER, { id: router.id })
      .then((d) => {
        setState({ kind: 'done', result: d.testRouter });
        tested.current(d.testRouter.router);
      })
      .catch((err: unknown) => setState({ kind: 'error', code: errorCode(err), message: errorMessage(err) }));
  }, [router.id, attempt]);

  function testAgain() {
    setState({ kind: 'running' });
    setAttempt((n) => n + 1);
  }

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
