import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { homeFor, safeCallbackUrl } from '@/lib/areas';
import { getAppSession } from '@/lib/session';
import { LoginForm } from './LoginForm';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const reason = one(params.reason);
  const session = await getAppSession();
  // Already signed in (and not sent here because the API refused the token): go home.
  if (session && reason !== 'expired') redirect(safeCallbackUrl(one(params.callbackUrl)) ?? homeFor(session.user.role));

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <div className="brand">
          <div className="brand-mark">TM</div>
          <div>
            <div className="brand-name">Traffic Manager</div>
            <div className="brand-sub">Operator portal</div>
          </div>
        </div>
        <h1>Sign in</h1>
        <p className="lead">Use your administrator or agent account.</p>
        <LoginForm callbackUrl={safeCallbackUrl(one(params.callbackUrl))} expired={reason === 'expired'} initialError={one(params.error) ?? null} />
      </div>
    </div>
  );
}
