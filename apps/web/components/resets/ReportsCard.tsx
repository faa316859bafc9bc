'use client';

import { useState } from 'react';
import { formatBytes } from '@tm/shared';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconDownload, IconTraffic } from '@/components/ui/Icons';
import { TableFoot } from '@/components/ui/TableFoot';
import { When } from '@/components/ui/When';
import { formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { CREATE_TRAFFIC_REPORT, TRAFFIC_REPORTS } from '@/lib/graphql/documents/resets';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { TrafficReport, TrafficReportConnection } from '@/lib/graphql/models';
import { REPORTS_PAGE_SIZE, scopeLabel, targetText, triggerLabel } from '@/lib/resets';

type Err = { code: string; message: string };

/** The portal's download route for a report file: the API path needs the session's token, added server-side. */
export function reportHref(apiPath: string, fallback: string): string {
  const file = apiPath.split('/').pop() || fallback;
  return `/api/reports/${encodeURIComponent(file)}`;
}

const total = (r: TrafficReport) => (BigInt(r.up) + BigInt(r.down)).toString();

/** Traffic reports (stored before each scheduled reset, or on demand), downloadable as CSV or JSON. */
export function ReportsCard({ initial, loadError, onNotice }: { initial: TrafficReportConnection | null; loadError: Err | null; onNotice: (text: string) => void }) {
  const [source, setSource] = useState(initial);
  const [list, setList] = useState<TrafficReportConnection>(initial ?? { nodes: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } });
  if (source !== initial) {
    setSource(initial);
    if (initial) setList(initial);
  }
  const [creating, setCreating] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<Err | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  async function create() {
    setCreating(true);
    setError(null);
    try {
      const r = (await gql(CREATE_TRAFFIC_REPORT)).createTrafficReport;
      setList((prev) => ({ ...prev, nodes: [r, ...prev.nodes.filter((x) => x.id !== r.id)], totalCount: prev.totalCount + 1 }));
      setFlash(r.id);
      onNotice(`Report created: ${formatNumber(r.users)} ${r.users === 1 ? 'user' : 'users'}, ${formatBytes(total(r))} this period.`);
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setCreating(false);
    }
  }

  async function loadMore() {
    if (!list.pageInfo.endCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const d = await gql(TRAFFIC_REPORTS, { first: REPORTS_PAGE_SIZE, after: list.pageInfo.endCursor });
      setList((prev) => {
        const seen = new Set(prev.nodes.map((x) => x.id));
        return { nodes: [...prev.nodes, ...d.trafficReports.nodes.filter((x) => !seen.has(x.id))], totalCount: d.trafficReports.totalCount, pageInfo: d.trafficReports.pageInfo };
      });
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setLoadingMore(false);
    }
  }

  const createButton = (
    <Button size="sm" onClick={create} pending={creating} disabled={!!loadError && !initial}>
      Create report now
    </Button>
  );

  return (
    <section className="card" data-testid="traffic-reports">
      <div className="card-head">
        <div>
          <h2>Reports</h2>
          <p>Every counter as it stood, stored before each scheduled reset or on demand. Download as CSV or JSON.</p>
        </div>
        {createButton}
      </div>
      {error && (
        <div style={{ padding: '14px 20px 0' }}>
          <ErrorAlert code={error.code} message={error.message} />
        </div>
      )}
      {loadError && !initial ? (
        <div className="card-body">
          <ErrorAlert code={loadError.code} message={`Reports are unavailable: ${loadError.message}`} />
        </div>
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No reports yet" icon={<IconTraffic />} action={createButton}>
          A report is stored before each scheduled reset. Create one now to keep a record of this period&apos;s usage.
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table dense" data-testid="reports-table">
              <thead>
                <tr>
                  <th>Created</th>
                  <th>Trigger</th>
                  <th>Covers</th>
                  <th className="num">Users</th>
                  <th className="num">This period</th>
                  <th className="num">Lifetime</th>
                  <th className="actions">Download</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((r) => (
                  <tr key={r.id} className={flash === r.id ? 'flash' : undefined} data-testid={`report-row-${r.id}`}>
                    <td className="nowrap">
                      <When iso={r.createdAt} time />
                    </td>
                    <td className="nowrap">{r.trigger === 'MANUAL' ? <Badge tone="gray" plain>On demand</Badge> : triggerLabel(r.trigger)}</td>
                    <td>
                      <div className="nowrap">{r.scope === 'ALL' ? 'Everything' : `${scopeLabel(r.scope)}: ${targetText(r.scope, r.targetLabel, r.targetId)}`}</div>
                      <div className="sub">
                        {formatNumber(r.agents)} {r.agents === 1 ? 'agent' : 'agents'} · {formatNumber(r.servers)} {r.servers === 1 ? 'server' : 'servers'}
                      </div>
                    </td>
                    <td className="num">{formatNumber(r.users)}</td>
                    <td className="num nowrap">
                      <div style={{ fontWeight: 600 }} title={`${BigInt(total(r)).toLocaleString('en-US')} bytes`}>
                        {formatBytes(total(r))}
                      </div>
                      <div className="sub">
                        ↓ {formatBytes(r.down)} · ↑ {formatBytes(r.up)}
                      </div>
                    </td>
                    <td className="num nowrap">{formatBytes(r.lifetime)}</td>
                    <td className="actions">
                      <a className="btn sm ghost" href={reportHref(r.csvUrl, `${r.id}.csv`)} download data-testid="report-csv">
                        <IconDownload /> Download CSV
                      </a>
                      <a className="btn sm ghost" href={reportHref(r.jsonUrl, `${r.id}.json`)} download data-testid="report-json">
                        <IconDownload /> Download JSON
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TableFoot
            shown={list.nodes.length}
            total={`${formatNumber(list.totalCount)} ${list.totalCount === 1 ? 'report' : 'reports'}`}
            testId="reports-count"
            hasNextPage={list.pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
          />
        </>
      )}
    </section>
  );
}
