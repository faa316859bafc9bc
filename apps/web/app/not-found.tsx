import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="auth-page">
      <div className="card error-page card-body" style={{ padding: 32 }}>
        <h1>Page not found</h1>
        <p className="muted" style={{ margin: '8px 0 18px' }}>
          There is nothing at this address.
        </p>
        <Link className="btn primary" href="/">
          Go to your dashboard
        </Link>
      </div>
    </div>
  );
}
