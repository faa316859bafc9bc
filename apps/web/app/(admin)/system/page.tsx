import type { Metadata } from 'next';
import { Role } from '@tm/shared';
import { ApiKeysCard } from '@/components/system/ApiKeysCard';
import { LimitsSettingsCard } from '@/components/system/LimitsSettingsCard';
import { ResetSettingsCard } from '@/components/system/ResetSettingsCard';
import { Badge } from '@/components/ui/Badge';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PageHead } from '@/components/ui/PageHead';
import { Stat } from '@/components/ui/Stat';
import { When } from '@/components/ui/When';
import { formatUptime } from '@/lib/format';
import { API_KEYS, SETTINGS, SYSTEM } from '@/lib/graphql/documents/system';
import { serverGqlResult } from '@/lib/graphql/server';
import { requireRole } from '@/lib/session';

export const metadata: Metadata = { title: 'System' };

export default async function SystemPage() {
  await requireRole(Role.ADMIN);
  const [system, keys, settings] = await Promise.all([
    serverGqlResult(SYSTEM),
    serverGqlResult(API_KEYS),
    serverGqlResult(SETTINGS),
  ]);

  return (
    <div className="stack">
      <PageHead title="System" subtitle="The API, its storage and background jobs, limit enforcement and alerts, resets, and keys for integrations." />
      {!system.ok ? (
        <ErrorAlert code={system.code} message={system.message} />
      ) : (
        <>
          <div className="grid stats" data-testid="system-info">
            <Stat label="Version" value={<span style={{ fontSize: 20 }}>{system.data.systemInfo.version}</span>} />
            <Stat label="Database" value={<span style={{ fontSize: 20 }}>{system.data.systemInfo.database}</span>} />
            <Stat label="Jobs backend" value={<span style={{ fontSize: 20 }}>{system.data.systemInfo.jobsBackend}</span>} />
            <Stat label="Pub/sub" value={<span style={{ fontSize: 20 }}>{system.data.systemInfo.pubsub}</span>} />
            <Stat label="Uptime" value={<span style={{ fontSize: 20 }}>{formatUptime(system.data.systemInfo.uptimeSeconds)}</span>} />
          </div>
          {settings.ok ? (
            <>
              <LimitsSettingsCard initial={settings.data.settings} />
              <ResetSettingsCard initial={settings.data.settings} />
            </>
          ) : (
            <ErrorAlert code={settings.code} message={settings.message} />
          )}
          <section className="card">
            <div className="card-head">
              <div>
                <h2>Background jobs</h2>
                <p>Periodic checks and resets, run by the job scheduler.</p>
              </div>
            </div>
            {system.data.systemInfo.jobs.length === 0 ? (
              <EmptyState title="No jobs scheduled">Jobs appear here once the scheduler has started.</EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table" data-testid="jobs-table">
                  <thead>
                    <tr>
                      <th>Job</th>
                      <th>Every</th>
                      <th>Next run</th>
                      <th>Last run</th>
                      <th>Last finished</th>
                      <th>Health</th>
                    </tr>
                  </thead>
                  <tbody>
                    {system.data.systemInfo.jobs.map((j) => (
                      <tr key={j.name}>
                        <td className="primary-cell">{j.name}</td>
                        <td>{j.repeatInterval ?? <span className="muted">Once</span>}</td>
                        <td className="nowrap">
                          <When iso={j.nextRunAt} time />
                        </td>
                        <td className="nowrap">
                          <When iso={j.lastRunAt} time empty="Not yet" />
                        </td>
                        <td className="nowrap">
                          <When iso={j.lastFinishedAt} time empty="Not yet" />
                        </td>
                        <td>
                          {j.failCount ? (
                            <span title={j.failReason ?? undefined}>
                              <Badge tone="red">
                                {j.failCount} {j.failCount === 1 ? 'failure' : 'failures'}
                              </Badge>
                              {j.failReason && <div className="sub small muted">{j.failReason}</div>}
                            </span>
                          ) : (
                            <Badge tone="green">OK</Badge>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      {keys.ok ? <ApiKeysCard keys={keys.data.apiKeys} /> : <ErrorAlert code={keys.code} message={keys.message} />}
    </div>
  );
}
