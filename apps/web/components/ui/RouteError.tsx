'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';
import { IconAlert } from './Icons';

/** Body of error.tsx: what failed, and a retry that refetches the server data. */
export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="card error-page" style={{ padding: 32 }} role="alert" data-testid="route-error">
      <div className="empty-icon">
        <IconAlert />
      </div>
      <h1>This page couldn&apos;t load</h1>
      <p className="muted" style={{ margin: '8px 0 6px' }}>
        {error.message && !error.digest ? error.message : 'The portal hit an error while talking to the API. It may be restarting; try again in a moment.'}
      </p>
      {error.digest && <p className="small muted">Reference: {error.digest}</p>}
      <div className="row" style={{ justifyContent: 'center', marginTop: 18 }}>
        <button
          type="button"
          className="btn primary"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          Try again
        </button>
      </div>
    </div>
  );
}
