'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';
import { PageHead } from './PageHead';

/** A page whose data the API refused or couldn't serve: the error, and a retry. */
export function PageError({ title, code, message }: { title: string; code: string; message: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div className="stack">
      <PageHead title={title} />
      <ErrorAlert code={code} message={message} />
      <div>
        <Button pending={pending} onClick={() => start(() => router.refresh())}>
          Try again
        </Button>
      </div>
    </div>
  );
}
