'use client';

import { useState, type ReactNode } from 'react';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';

/** "Are you sure?" before anything destructive. Stays open with the API's error if the action fails. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = true,
  onConfirm,
  onClose,
  errorTitles,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** Titles for error codes where the generic one would mislead (e.g. CONFLICT → "In use"). */
  errorTitles?: Record<string, string>;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal title={title} onClose={onClose} size="sm" busy={pending} role="alertdialog">
      <div className="form">
        <div className="muted">{children}</div>
        {error && <ErrorAlert code={error.code} message={error.message} title={errorTitles?.[error.code]} />}
        <div className="form-actions">
          <Button type="button" onClick={onClose} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button type="button" variant={danger ? 'danger' : 'primary'} pending={pending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
