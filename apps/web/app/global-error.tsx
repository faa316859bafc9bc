'use client';

import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <div className="auth-page">
          <div className="card error-page" style={{ padding: 32 }}>
            <h1>Something went wrong</h1>
            <p className="muted" style={{ margin: '8px 0 18px' }}>
              The portal hit an unexpected error.
            </p>
            <button type="button" className="btn primary" onClick={reset}>
              Try again
            </button>
          </div>
        </div>
      </body>
    </html>
  );
}
