'use client';

import { useEffect, useRef, useState } from 'react';
import { errorCode, errorMessage } from '@/lib/graphql/errors';

export type ConnectionTestState<R> = { kind: 'running' } | { kind: 'done'; result: R } | { kind: 'error'; code: string; message: string };

/**
 * A connection test (a router, a panel) that runs when its dialog opens and on every "Test again":
 * `run` asks the API, `onResult` hears the answer. Handed another id, the test starts over.
 */
export function useConnectionTest<R>(id: string, run: (id: string) => Promise<R>, onResult: (result: R) => void): { state: ConnectionTestState<R>; testAgain: () => void } {
  const [state, setState] = useState<ConnectionTestState<R>>({ kind: 'running' });
  const latest = useRef({ run, onResult });
  useEffect(() => {
    latest.current = { run, onResult };
  });

  // The state goes back to running in testAgain, or here during render when handed another id.
  const [attempt, setAttempt] = useState(0);
  const [testedId, setTestedId] = useState(id);
  if (testedId !== id) {
    setTestedId(id);
    setState({ kind: 'running' });
  }

  useEffect(() => {
    latest.current
      .run(id)
      .then((result) => {
        setState({ kind: 'done', result });
        latest.current.onResult(result);
      })
      .catch((err: unknown) => setState({ kind: 'error', code: errorCode(err), message: errorMessage(err) }));
  }, [id, attempt]);

  const testAgain = () => {
    setState({ kind: 'running' });
    setAttempt((n) => n + 1);
  };
  return { state, testAgain };
}
