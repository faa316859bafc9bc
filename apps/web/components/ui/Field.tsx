import type { ReactNode } from 'react';

/** A labelled form field with an optional hint and error (wired up with aria-describedby). */
export function Field({ id, label, hint, error, full, children }: { id: string; label: string; hint?: ReactNode; error?: string | null; full?: boolean; children: ReactNode }) {
  return (
    <div className={`field${full ? ' full' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Props for an input inside <Field>: invalid state and description. */
export function describedBy(id: string, error?: string | null, hint?: boolean) {
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}
