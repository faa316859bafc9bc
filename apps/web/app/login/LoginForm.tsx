'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';

const INVALID = 'Invalid username or password';

/** next-auth's `error` → what the form shows. Throttling and outages come through as their own text. */
function describe(error: string): string {
  if (error === 'CredentialsSignin') return INVALID;
  if (error === 'SessionRequired') return 'Sign in to continue.';
  if (/^[A-Z][A-Za-z]+$/.test(error)) return 'Sign-in failed. Try again.';
  return error;
}

export function LoginForm({ callbackUrl, expired, initialError }: { callbackUrl: string | null; expired: boolean; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ? describe(initialError) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError('Enter your username and password.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await signIn('credentials', { username, password, redirect: false });
      if (!res || res.error || !res.ok) {
        setError(describe(res?.error ?? 'Sign-in failed. Try again.'));
        setPending(false);
        return;
      }
      router.replace(callbackUrl ?? '/');
      router.refresh();
    } catch {
      setError("Can't reach the portal. Check your connection.");
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {expired && !error && (
        <div className="alert info" role="status">
          Your session has ended. Sign in again.
        </div>
      )}
      {error && (
        <div className="alert" role="alert" data-testid="login-error">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor="username">Username</label>
        <input id="username" name="username" className="input" autoComplete="username" autoFocus required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" className="input" autoComplete="current-password" required />
      </div>
      <Button type="submit" variant="primary" className="block" pending={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
