'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { formatBytes } from '@tm/shared';
import { Button } from '@/components/ui/Button';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { Modal } from '@/components/ui/Modal';
import { formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { RESET_ALL_TRAFFIC } from '@/lib/graphql/documents/resets';
import { GLOBAL_STATS } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { GlobalStats, ResetEvent } from '@/lib/graphql/models';
import { RESET_ALL_PHRASE } from '@/lib/resets';
import { failedReset } from './ResetDialog';

/**
 * The global reset: what it clears (the system's period usage now), an optional reason, and the
 * phrase RESET ALL typed exactly before the button works. The API checks the phrase too.
 */
export function ResetAllDialog({ onClose, onDone }: { onClose: () => void; onDone: (event: ResetEvent) => void }) {
  const [phrase, setPhrase] = useState('');
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [stats, setStats] = useState<GlobalStats | null>(null);
  const confirmed = phrase === RESET_ALL_PHRASE;

  useEffect(() => {
    let live = true;
    gql(GLOBAL_STATS)
      .then((d) => live && setStats(d.globalStats))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!confirmed) return;
    setPending(true);
    setError(null);
    try {
      const event = (await gql(RESET_ALL_TRAFFIC, { confirm: phrase, reason: reason.trim() || null })).resetAllTraffic;
      if (!event.ok) throw failedReset(event);
      onDone(event);
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
      setPending(false);
    }
  }

  return (
    <Modal
      title="Reset all traffic?"
      description="Every user's, server's and agent's period usage goes back to zero, and the system's too."
      onClose={onClose}
      busy={pending}
      role="alertdialog"
    >
      <form className="form" onSubmit={onSubmit} noValidate data-testid="reset-all-form">
        <div className="alert warn" data-testid="reset-all-what">
          <div>
            {stats ? (
              <>
                <strong>{formatBytes(stats.used)}</strong> used this period will be cleared, across {formatNumber(stats.users)}{' '}
                {stats.users === 1 ? 'user' : 'users'}, {formatNumber(stats.servers)} {stats.servers === 1 ? 'server' : 'servers'} and{' '}
                {formatNumber(stats.agents)} {stats.agents === 1 ? 'agent' : 'agents'}.
              </>
            ) : (
              'All period usage will be cleared.'
            )}{' '}
            Lifetime totals stay. Users stopped by their data limit become active again. A snapshot of every counter is kept in the audit
            log, but the counters can&apos;t be put back.
          </div>
        </div>
        {error && <ErrorAlert code={error.code} message={error.message} />}
        <Field id="reset-all-reason" label="Reason (optional)" hint="Kept in the audit log.">
          <input
            {...describedBy('reset-all-reason', null, true)}
            className="input"
            maxLength={500}
            placeholder="e.g. New billing period"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <Field id="reset-all-phrase" label={`Type ${RESET_ALL_PHRASE} to confirm`} hint="Exactly as shown, in capitals.">
          <input
            {...describedBy('reset-all-phrase', null, true)}
            className="input mono"
            autoComplete="off"
            spellCheck={false}
            placeholder={RESET_ALL_PHRASE}
            value={phrase}
            onChange={(e) => setPhrase(e.target.value)}
          />
        </Field>
        <div className="form-actions">
          <Button type="button" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={pending} disabled={!confirmed}>
            Reset all traffic
          </Button>
        </div>
      </form>
    </Modal>
  );
}
