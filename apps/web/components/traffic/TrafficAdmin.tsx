'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { formatBytes } from '@tm/shared';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { describedBy, Field } from '@/components/ui/Field';
import { IconRefresh } from '@/components/ui/Icons';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { When } from '@/components/ui/When';
import { formatDate, formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { UPDATE_SETTINGS } from '@/lib/graphql/documents/system';
import { CLEANUP_SAMPLES } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { DatabaseInfo, Settings, SettingsInput, User } from '@/lib/graphql/models';
import { DatabaseTablesCard } from './DatabaseTablesCard';
import { UserBreakdownCard } from './UserBreakdownCard';

type Err = { code: string; message: string };
type Loaded<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

const MAX_RETENTION = 3650;

const retentionText = (days: number) => (days === 0 ? 'Forever' : days === 1 ? '1 day' : `${formatNumber(days)} days`);

/**
 * The Traffic page (seed 001's traffic UI): tracking switch and retention, the sample
 * database, cleanup, and one user's traffic per server × protocol over 1 / 7 / 30 / 90 days.
 */
export function TrafficAdmin({
  info,
  settings: settingsResult,
  user,
  userError,
  days,
}: {
  info: Loaded<DatabaseInfo>;
  settings: Loaded<Settings>;
  user: User | null;
  userError: Err | null;
  days: number;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [refreshing, startRefresh] = useTransition();
  const [navigating, startNavigation] = useTransition();
  const [notice, setNotice] = useNotice(10_000);
  const [dialog, setDialog] = useState<'cleanup' | 'tracking-off' | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  // Settings: the server's value, replaced by what our own mutations return.
  const [settingsSource, setSettingsSource] = useState(settingsResult);
  const [settings, setSettings] = useState<Settings | null>(settingsResult.ok ? settingsResult.data : null);
  if (settingsSource !== settingsResult) {
    setSettingsSource(settingsResult);
    if (settingsResult.ok) setSettings(settingsResult.data);
  }
  const [settingsError, setSettingsError] = useState<Err | null>(null);
  const [enabling, setEnabling] = useState(false);
  const [retention, setRetention] = useState(settings ? String(settings.retentionDays) : '');
  const [retentionError, setRetentionError] = useState<string | null>(null);
  const [savingRetention, setSavingRetention] = useState(false);

  function refresh() {
    setRefreshKey((n) => n + 1);
    startRefresh(() => router.refresh());
  }

  function go(params: { user?: string | null; days?: number }) {
    const q = new URLSearchParams();
    const u = params.user === undefined ? user?.id : params.user;
    if (u) q.set('user', u);
    const d = params.days ?? days;
    if (d !== 30) q.set('days', String(d));
    const qs = q.toString();
    startNavigation(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  async function saveSettings(input: SettingsInput): Promise<Settings> {
    const d = await gql(UPDATE_SETTINGS, { input });
    setSettings(d.updateSettings);
    setRetention(String(d.updateSettings.retentionDays));
    startRefresh(() => router.refresh());
    return d.updateSettings;
  }

  async function enableTracking() {
    setEnabling(true);
    setSettingsError(null);
    try {
      await saveSettings({ trackingEnabled: true });
      setNotice('Tracking is on. Traffic sources are counted again.');
    } catch (err) {
      setSettingsError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setEnabling(false);
    }
  }

  async function onSaveRetention(e: FormEvent) {
    e.preventDefault();
    const text = retention.trim();
    if (!/^\d{1,5}$/.test(text) || Number(text) > MAX_RETENTION) {
      setRetentionError(`A whole number of days from 0 to ${MAX_RETENTION} (0 = keep forever)`);
      return;
    }
    setRetentionError(null);
    setSettingsError(null);
    setSavingRetention(true);
    try {
      const s = await saveSettings({ retentionDays: Number(text) });
      setNotice(s.retentionDays === 0 ? 'Raw samples are now kept forever.' : `Raw samples are now kept for ${retentionText(s.retentionDays)}.`);
    } catch (err) {
      setSettingsError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setSavingRetention(false);
    }
  }

  const db = info.ok ? info.data : null;
  const tracking = settings?.trackingEnabled ?? true;
  const retentionDays = settings?.retentionDays ?? db?.retentionDays ?? 0;
  const retentionChanged = settings !== null && retention.trim() !== String(settings.retentionDays);

  return (
    <div className="stack">
      <PageHead
        title="Traffic"
        subtitle="Tracking and retention, the sample database, and any user's traffic per server and protocol."
        actions={
          <>
            <Button onClick={refresh} pending={refreshing} aria-label="Refresh">
              {!refreshing && <IconRefresh />} Refresh
            </Button>
            <Button variant="primary" onClick={() => setDialog('cleanup')} disabled={!settings && !db}>
              Clean up old data now
            </Button>
          </>
        }
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {settings && !settings.trackingEnabled && (
        <div className="alert warn" role="status" data-testid="tracking-off">
          <div>
            <strong>Tracking is off.</strong> Traffic sources get “503 Service Unavailable” and nothing is counted: no usage,
            no limits enforced on new traffic. Turn tracking back on below.
          </div>
        </div>
      )}

      {!info.ok ? (
        <ErrorAlert code={info.code} message={`Database information is unavailable: ${info.message}`} />
      ) : (
        db && (
          <div className="grid stats four" data-testid="database-info">
            <Stat label="Database" value={<span style={{ fontSize: 20 }}>{db.database}</span>} hint={db.sizeBytes ? `${formatBytes(db.sizeBytes)} on disk` : 'Size not reported'} testId="db-engine" />
            <Stat label="Unique users" value={formatNumber(db.uniqueUsers)} hint="Users with samples stored" testId="db-unique-users" />
            <Stat label="Unique servers" value={formatNumber(db.uniqueServers)} hint="Servers with samples stored" testId="db-unique-servers" />
            <Stat label="Retention" value={retentionText(db.retentionDays)} hint={db.retentionDays === 0 ? 'Raw samples are never deleted' : 'Raw samples older than this are deleted'} testId="db-retention" />
          </div>
        )
      )}

      <div className="grid two">
        <section className="card" data-testid="tracking-card">
          <div className="card-head">
            <div>
              <h2>Tracking</h2>
              <p>Whether reports from traffic sources are counted, and how long raw samples are kept.</p>
            </div>
          </div>
          <div className="card-body stack" style={{ gap: 18 }}>
            {!settingsResult.ok && !settings ? (
              <ErrorAlert code={settingsResult.code} message={settingsResult.message} />
            ) : (
              <>
                <div className="row" style={{ alignItems: 'flex-start', gap: 14 }}>
                  <button
                    type="button"
                    role="switch"
                    className="switch"
                    aria-checked={tracking}
                    aria-label="Traffic tracking"
                    disabled={enabling}
                    onClick={() => (tracking ? setDialog('tracking-off') : void enableTracking())}
                    data-testid="tracking-switch"
                  >
                    <span className="switch-knob" />
                  </button>
                  <div>
                    <div style={{ fontWeight: 600 }} data-testid="tracking-state">
                      {tracking ? 'Tracking is on' : 'Tracking is off'}
                      {enabling && <span className="spinner" style={{ marginLeft: 8, color: 'var(--primary)' }} aria-hidden />}
                    </div>
                    <div className="small muted">
                      {tracking
                        ? 'Every report from a server is counted against its user, the user’s agent and the system.'
                        : 'Servers are answered 503 and retry later; nothing they send is counted.'}
                    </div>
                  </div>
                </div>
                <form onSubmit={onSaveRetention} noValidate aria-label="Retention">
                  <Field id="retention-days" label="Keep raw samples for" error={retentionError} hint="0 = forever. Counters and hourly rollups (the charts) are always kept.">
                    <div className="row">
                      <div className="input-group" style={{ width: 170 }}>
                        <input
                          {...describedBy('retention-days', retentionError, true)}
                          className="input"
                          inputMode="numeric"
                          value={retention}
                          onChange={(e) => setRetention(e.target.value)}
                        />
                        <span className="input-suffix">days</span>
                      </div>
                      <Button type="submit" pending={savingRetention} disabled={!retentionChanged}>
                        Save
                      </Button>
                    </div>
                  </Field>
                </form>
                {settingsError && <ErrorAlert code={settingsError.code} message={settingsError.message} />}
              </>
            )}
            {db && (
              <div className="subsection">
                <h3>Raw samples kept</h3>
                <dl className="kv">
                  <dt>Oldest sample</dt>
                  <dd data-testid="db-oldest">
                    <When iso={db.oldestSampleAt} time empty="No samples yet" />
                  </dd>
                  <dt>Newest sample</dt>
                  <dd data-testid="db-newest">
                    <When iso={db.newestSampleAt} time empty="No samples yet" />
                  </dd>
                  <dt>Database size</dt>
                  <dd>{db.sizeBytes ? formatBytes(db.sizeBytes) : <span className="muted">Not reported</span>}</dd>
                </dl>
              </div>
            )}
          </div>
        </section>

        <DatabaseTablesCard db={db} />
      </div>

      <UserBreakdownCard user={user} userError={userError} days={days} navigating={navigating} refreshKey={refreshKey} go={go} />

      {dialog === 'cleanup' && (
        <ConfirmDialog
          title="Clean up old samples?"
          confirmLabel="Delete old samples"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const d = await gql(CLEANUP_SAMPLES);
            const { deleted, before } = d.cleanupSamples;
            setNotice(
              `Cleanup done: deleted ${formatNumber(deleted)} ${deleted === 1 ? 'sample' : 'samples'}${before ? ` older than ${formatDate(before)}` : ''}.`,
            );
            setRefreshKey((n) => n + 1);
            startRefresh(() => router.refresh());
          }}
        >
          {retentionDays === 0 ? (
            <>Retention is set to keep raw samples forever, so there is nothing old enough to delete. Set a retention period first to free space.</>
          ) : (
            <>
              Raw samples older than <b>{retentionText(retentionDays)}</b> are deleted for good. Usage counters, lifetime totals and
              the hourly rollups behind the charts are kept; per-user breakdowns over longer periods lose their older detail.
            </>
          )}
        </ConfirmDialog>
      )}
      {dialog === 'tracking-off' && (
        <ConfirmDialog
          title="Turn tracking off?"
          confirmLabel="Turn tracking off"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            setSettingsError(null);
            await saveSettings({ trackingEnabled: false });
            setNotice('Tracking is off. Nothing is counted until you turn it back on.');
          }}
        >
          Traffic sources will get <b>503 Service Unavailable</b> and <b>nothing will be counted</b> while tracking is off: users
          and agents are not charged, and limits are not enforced on that traffic. Most sources retry later, but traffic they
          don&apos;t re-send is lost for accounting.
        </ConfirmDialog>
      )}
    </div>
  );
}
