'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/Button';
import { IconDownload, IconPrinter } from '@/components/ui/Icons';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Voucher, VoucherBatch } from '@/lib/graphql/models';
import { profileSpeed } from '@/lib/over-limit';
import { CARDS_PER_PAGE, csvHref, dataText, formatValiditySeconds, isUsed } from '@/lib/vouchers';

/**
 * A batch as cards to cut out: the code big and monospace, the password when it differs, speed,
 * data and validity, and the hotspot's name. On paper (@media print in vouchers.css) the portal's
 * frame is hidden and 3 × 8 cards fill an A4 page.
 */
export function VoucherSheet({ batch, backHref }: { batch: VoucherBatch; backHref: string }) {
  const pages = Math.max(1, Math.ceil(batch.vouchers.length / CARDS_PER_PAGE));
  const used = batch.vouchers.filter(isUsed).length;
  return (
    <div className="voucher-print">
      <div className="print-toolbar no-print">
        <div>
          <Link href={backHref} className="small">
            ← Vouchers
          </Link>
          <h1>
            {batch.count} {batch.count === 1 ? 'voucher' : 'vouchers'} for {batch.routerName}
          </h1>
          <p className="muted">
            Made {formatDateTime(batch.createdAt)}
            {batch.agentUsername ? ` for ${batch.agentUsername}` : ''} · {pages} A4 {pages === 1 ? 'page' : 'pages'} of {CARDS_PER_PAGE} cards
            {used > 0 ? ` · ${used} already used` : ''}
          </p>
        </div>
        <div className="row">
          <a className="btn" href={csvHref(batch.id)} download>
            <IconDownload /> Download CSV
          </a>
          <Button variant="primary" onClick={() => window.print()} data-testid="print-button">
            <IconPrinter /> Print
          </Button>
        </div>
      </div>
      <div className="voucher-grid" data-testid="voucher-grid">
        {batch.vouchers.map((v) => (
          <VoucherCard key={v.userId} v={v} batch={batch} />
        ))}
      </div>
    </div>
  );
}

function VoucherCard({ v, batch }: { v: Voucher; batch: VoucherBatch }) {
  const password = v.password && v.password !== v.code ? v.password : null;
  return (
    <article className={`voucher-card${isUsed(v) ? ' used' : ''}`} data-testid="voucher-card">
      <header>
        <span className="vc-hotspot">{batch.routerName}</span>
        <span className="vc-profile">{batch.speedProfile?.name ?? 'Wi-Fi'}</span>
      </header>
      <div className="vc-main">
        <div className="vc-label">{password ? 'Username' : 'Code'}</div>
        <div className="vc-code" data-testid="voucher-code">
          {v.code}
        </div>
        {password && (
          <div className="vc-password">
            Password <b>{password}</b>
          </div>
        )}
      </div>
      <footer>
        <span>{batch.speedProfile ? profileSpeed(batch.speedProfile) : 'Full speed'}</span>
        <span>{dataText(batch.dataLimit)}</span>
        <span title={v.expiresAt ? `Works until ${formatDateTime(v.expiresAt)}` : 'Counted from the first login'}>
          {v.expiresAt ? `Until ${formatDate(v.expiresAt)}` : batch.validitySeconds === null ? 'No expiry' : `Valid ${formatValiditySeconds(batch.validitySeconds)}`}
        </span>
      </footer>
    </article>
  );
}
