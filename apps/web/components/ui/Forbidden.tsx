import Link from 'next/link';
import { IconLock } from './Icons';

/** 403: shown instead of a page the signed-in role may not see. */
export function Forbidden() {
  return (
    <div className="card error-page" style={{ padding: 32 }} data-testid="forbidden">
      <div className="empty-icon">
        <IconLock />
      </div>
      <div className="small muted" style={{ fontWeight: 650, letterSpacing: '0.08em', marginBottom: 6 }}>
        ERROR 403
      </div>
      <h1>You don&apos;t have access to this page</h1>
      <p className="muted" style={{ margin: '8px 0 20px' }}>
        This part of the portal is for administrators. Your account can manage its own users from your dashboard.
      </p>
      <Link className="btn primary" href="/">
        Go to your dashboard
      </Link>
    </div>
  );
}
