'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { LIVE_REFETCH_MS, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { useUsageUpdates } from '@/components/live/useUsageUpdates';
import { Ago } from '@/components/ui/Ago';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconDownload, IconPlus, IconPrinter, IconTicket } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { PageHead } from '@/components/ui/PageHead';
import { gql } from '@/lib/graphql/client';
import type { RouterSummary, VoucherBatch } from '@/lib/graphql/models';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import { VOUCHER_BATCHES } from '@/lib/graphql/documents/vouchers';
import { profileSpeed } from '@/lib/over-limit';
import { batchCounts, csvHref, dataText, formatValiditySeconds, printHref } from '@/lib/vouchers';
import { GenerateVouchersModal, type VoucherProfile } from './GenerateVouchersModal';

export interface VouchersData {
  voucherBatches: VoucherBatch[];
  routers: RouterSummary[];
  speedProfiles: VoucherProfile[];
}

/**
 * Vouchers: generate a batch of hotspot logins (router, agent, count, speed, data, validity), and
 * every batch so far with how many are used, its CSV and its printable page. Usage is live.
 */
export function VouchersView({
  isAdmin,
  initial,
  agents = [],
  ownAgentId,
  live,
}: {
  isAdmin: boolean;
  initial: VouchersData;
  agents?: { id: string; username: string; status?: string }[];
  ownAgentId?: string;
  live: LiveConfig;
}) {
  const [source, setSource] = useState(initial);
  const [batches, setBatches] = useState(initial.voucherBatches);
  if (source !== initial) {
    setSource(initial);
    setBatches(initial.voucherBatches);
  }
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState<VoucherBatch | null>(null);
  const [loadError, setLoadError] = useState<{ code: string; message: string } | null>(null);
  const base = isAdmin ? '/vouchers' : '/agent/vouchers';
  const { routers, speedProfiles } = initial;

  // Vouchers being used move bytes: re-read the batches (used / unused) as usage is counted.
  const refetch = useThrottle(() => {
    void gql(VOUCHER_BATCHES)
      .then((d) => {
        setBatches(d.voucherBatches);
        setLoadError(null);
      })
      .catch((err) => setLoadError({ code: errorCode(err), message: errorMessage(err) }));
  }, LIVE_REFETCH_MS * 2);
  // Coming back to the page (the router cache may hold an older render): read the batches afresh.
  useEffect(() => refetch(), [refetch]);
  const liveState = useUsageUpdates(live, {}, (u) => {
    if (u.scope !== 'GLOBAL' || isAdmin) refetch();
  });

  const generate = (
    <Button variant="primary" onClick={() => setOpen(true)} disabled={routers.length === 0} title={routers.length === 0 ? 'Add a router on the Bandwidth page first' : undefined}>
      <IconPlus /> Generate vouchers
    </Button>
  );

  return (
    <div className="stack">
      <PageHead
        title="Vouchers"
        subtitle={isAdmin ? 'Print-and-sell hotspot logins: each code is a user with its own speed, data and time.' : 'Print-and-sell hotspot logins for your customers, drawn from your traffic.'}
        actions={
          <>
            <LiveIndicator state={liveState} hint="Used counts follow traffic as it is counted" />
            {generate}
          </>
        }
      />
      {made && (
        <div className="alert success" role="status" data-testid="voucher-made" style={{ alignItems: 'center' }}>
          <div style={{ flex: 1 }}>
            <b>
              {made.count} {made.count === 1 ? 'voucher' : 'vouchers'} made
            </b>{' '}
            on {made.routerName}
            {made.agentUsername ? ` for ${made.agentUsername}` : ''}. Print them or download the codes.
          </div>
          <Link className="btn sm" href={printHref(base, made.id)}>
            <IconPrinter /> Print
          </Link>
          <a className="btn sm" href={csvHref(made.id)} download>
            <IconDownload /> Download CSV
          </a>
          <button type="button" className="btn ghost sm" onClick={() => setMade(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {loadError && <ErrorAlert code={loadError.code} message={loadError.message} title="Couldn't refresh the batches" />}
      <section className="card" data-testid="batches-card">
        <div className="card-head">
          <div>
            <h2>Batches</h2>
            <p>Newest first. A voucher counts as used from its first login; its validity runs from then.</p>
          </div>
        </div>
        {batches.length === 0 ? (
          <EmptyState title="No vouchers yet" icon={<IconTicket />} action={routers.length > 0 ? generate : undefined}>
            {routers.length === 0
              ? isAdmin
                ? 'Add a MikroTik router on the Bandwidth page first: vouchers are hotspot logins on it.'
                : 'An administrator adds the hotspot routers; then you can make vouchers for them here.'
              : 'Make a batch of codes with a speed, a data allowance and a validity, then print them as cards or download them as CSV.'}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table dense" data-testid="batches-table">
              <thead>
                <tr>
                  <th>Created</th>
                  <th>{isAdmin ? 'Router · agent' : 'Router'}</th>
                  <th className="num">Vouchers</th>
                  <th>Speed</th>
                  <th className="num">Data each</th>
                  <th>Valid for</th>
                  <th style={{ minWidth: 140 }}>Used</th>
                  <th className="actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {batches.map((b) => {
                  const c = batchCounts(b);
                  const pct = b.vouchers.length ? (c.used / b.vouchers.length) * 100 : 0;
                  return (
                    <tr key={b.id} data-testid={`batch-row-${b.id}`}>
                      <td className="nowrap">
                        <div className="primary-cell">
                          <Ago iso={b.createdAt} />
                        </div>
                        <div className="sub mono">{b.prefix ? `${b.prefix}…` : `#${b.id}`}</div>
                      </td>
                      <td>
                        <div>{b.routerName}</div>
                        {isAdmin && <div className="sub">{b.agentUsername ? `for ${b.agentUsername}` : 'Admin-owned'}</div>}
                      </td>
                      <td className="num" data-testid="batch-count">
                        {b.count}
                      </td>
                      <td className="nowrap" data-testid="batch-profile">
                        {b.speedProfile ? (
                          <>
                            <div>{b.speedProfile.name}</div>
                            <div className="sub mono">{profileSpeed(b.speedProfile)}</div>
                          </>
                        ) : (
                          <span className="muted">Full speed</span>
                        )}
                      </td>
                      <td className="num nowrap" data-testid="batch-data">
                        {dataText(b.dataLimit)}
                      </td>
                      <td className="nowrap" data-testid="batch-validity">
                        {formatValiditySeconds(b.validitySeconds)}
                      </td>
                      <td data-testid="batch-used">
                        <div className="usage-text small">
                          <span>
                            <b>{c.used}</b> used · {c.unused} unused
                          </span>
                        </div>
                        <div className="bar thin" role="progressbar" aria-label={`Batch ${b.id} used`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
                          <span style={{ width: `${pct}%` }} />
                        </div>
                        {(c.expired > 0 || c.failed > 0) && (
                          <div className="sub">
                            {c.expired > 0 && `${c.expired} expired`}
                            {c.expired > 0 && c.failed > 0 && ' · '}
                            {c.failed > 0 && <span className="text-red">{c.failed} not on the router</span>}
                          </div>
                        )}
                      </td>
                      <td className="actions">
                        <a className="btn sm ghost" href={csvHref(b.id)} download data-testid="batch-csv" aria-label={`Download CSV of batch ${b.id}`}>
                          <IconDownload /> CSV
                        </a>
                        <Link className="btn sm ghost" href={printHref(base, b.id)} data-testid="batch-print" aria-label={`Print batch ${b.id}`}>
                          <IconPrinter /> Print
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open && (
        <GenerateVouchersModal
          isAdmin={isAdmin}
          routers={routers}
          profiles={speedProfiles}
          agents={agents}
          ownAgentId={ownAgentId}
          onClose={() => setOpen(false)}
          onDone={(batch) => {
            setBatches((list) => [batch, ...list.filter((b) => b.id !== batch.id)]);
            setMade(batch);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
