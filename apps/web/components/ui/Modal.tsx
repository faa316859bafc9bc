'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A dialog over the page. Escape or a click on the backdrop closes it (unless `busy`). */
export function Modal({
  title,
  description,
  onClose,
  children,
  size,
  busy,
  role = 'dialog',
  dismissible = true,
}: {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  size?: 'sm' | 'lg';
  busy?: boolean;
  role?: 'dialog' | 'alertdialog';
  /** false: a click on the backdrop doesn't close it (e.g. a secret shown once); Escape still does. */
  dismissible?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  const closeRef = useRef({ onClose, busy });
  useEffect(() => {
    closeRef.current = { onClose, busy };
  });

  // On open: focus the first field (or the marked button), close on Escape, and give focus back on close.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !closeRef.current.busy) closeRef.current.onClose();
    };
    document.addEventListener('keydown', onKey);
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button[data-autofocus]')?.focus();
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, []);

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && dismissible && !busy && onClose()}>
      <div ref={ref} className={`modal${size ? ` ${size}` : ''}`} role={role} aria-modal="true" aria-labelledby={titleId}>
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          {description && <p>{description}</p>}
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
