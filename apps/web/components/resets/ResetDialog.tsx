'use client';

import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { describedBy, Field } from '@/components/ui/Field';
import { GqlError } from '@/lib/graphql/errors';
import type { ResetEvent } from '@/lib/graphql/models';

export const RESET_FAILED = 'RESET_FAILED';

/** A reset the API ran and logged but that failed inside (ok = false): shown like an API error. */
export function failedReset(e: ResetEvent): GqlError {
  return new GqlError(RESET_FAILED, `The reset failed and is recorded in the audit log: ${e.error ?? 'no reason given'}`);
}

/**
 * "Reset …?" before a reset: what will be cleared, an optional reason for the audit log, and the
 * API's refusal (FORBIDDEN, NOT_FOUND) or an in-reset failure shown in place.
 */
export function ResetDialog({
  title,
  confirmLabel,
  children,
  withReason = true,
  run,
  onDone,
  onClose,
}: {
  title: string;
  confirmLabel: string;
  /** What will be cleared. */
  children: ReactNode;
  withReason?: boolean;
  run: (reason: string | null) => Promise<ResetEvent>;
  onDone: (event: ResetEvent) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      onClose={onClose}
      onConfirm={async () => {
        const event = await run(reason.trim() || null);
        if (!event.ok) throw failedReset(event);
        onDone(event);
      }}
    >
      <div className="stack" style={{ gap: 14 }}>
        <div data-testid="reset-what">{children}</div>
        {withReason && (
          <Field id="reset-reason" label="Reason (optional)" hint="Kept in the audit log with who reset and when.">
            <input
              {...describedBy('reset-reason', null, true)}
              className="input"
              maxLength={500}
              placeholder="e.g. Renewed for another month"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
        )}
      </div>
    </ConfirmDialog>
  );
}
