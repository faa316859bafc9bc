'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; variant?: 'primary' | 'danger' | 'ghost' | ''; size?: 'sm' };

/** A button that shows a spinner and disables itself while `pending`. */
export function Button({ pending, variant = '', size, className = '', children, disabled, ...rest }: Props) {
  return (
    <button
      className={`btn ${variant}${size ? ` ${size}` : ''} ${className}`.trim()}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && <span className="spinner" aria-hidden />}
      {children}
    </button>
  );
}

/** Submit button for <form action={…}>: pending while the action runs. */
export function SubmitButton(props: Omit<Props, 'pending' | 'type'>) {
  const { pending } = useFormStatus();
  return <Button type="submit" pending={pending} variant="primary" {...props} />;
}
