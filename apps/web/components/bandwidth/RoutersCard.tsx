'use client';

import { useState } from 'react';
import { Ago } from '@/components/ui/Ago';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconPlus, IconRouter } from '@/components/ui/Icons';
import { gql } from '@/lib/graphql/client';
import { DELETE_ROUTER, SYNC_ROUTER } from '@/lib/graphql/documents/bandwidth';
import type { Router } from '@/lib/graphql/models';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import { RouterStatusBadge } from './badges';
import { RouterFormModal } from './RouterFormModal';
import { RouterTestModal } from './RouterTestModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; router: Router } | { kind: 'test'; router: Router } | { kind: 'delete'; router: Router } | null;

/** The MikroTik routers the portal manages: status, RouterOS, last contact; add, edit, test, sync, delete. */
export function RoutersCard({
  routers,
  onSaved,
  onDeleted,
  notify,
}: {
  routers: Router[];
  onSaved: (r: Router) => void;
  onDeleted: (id: string) => void;
  notify: (text: string) => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [syncing, setSyncing] = useState<string | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const close = () => setDialog(null);

  async function sync(r: Router) {
    setSyncing(r.id);
    setError(null);
    try {
      const d = await gql(SYNC_ROUTER, { id: r.id });
      onSaved(d.syncRouter);
      notify(d.syncRouter.status === 'ONLINE' ? `${r.name} synced: its queues match the limits.` : `${r.name} couldn't be synced: ${d.syncRouter.lastError ?? 'it is offline'}.`);
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setSyncing(null);
    }
  }

  const addButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> Add router
    </Button>
  );

  return (
    <section className="card" data-testid="routers-card">
      <div className="card-head">
        <div>
          <h2>Routers</h2>
          <p>MikroTik hotspots the portal reads sessions from and puts speed limits on.</p>
        </div>
        {routers.length > 0 && addButton}
      </div>
      {error && (
        <div className="card-body" style={{ paddingBottom: 0 }}>
          <ErrorAlert code={error.code} message={error.message} />
        </div>
      )}
      {routers.length === 0 ? (
        <EmptyState title="No routers yet" icon={<IconRouter />} action={addButton}>
          Add a MikroTik router with its API user. The portal then shows who is online and shapes each user&apos;s speed with a simple queue.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table dense" data-testid="routers-table">
            <thead>
              <tr>
                <th>Router</th>
                <th>Status</th>
                <th>RouterOS</th>
                <th className="num">Latency</th>
                <th>Last contact</th>
                <th className="actions">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {routers.map((r) => (
                <tr key={r.id} data-testid={`router-row-${r.name}`}>
                  <td>
                    <div className="primary-cell">{r.name}</div>
                    <div className="sub mono nowrap" data-testid="router-address">
                      {r.username}@{r.host}:{r.port}
                      {r.tls && ' · TLS'}
                    </div>
                  </td>
                  <td>
                    <RouterStatusBadge status={r.status} />
                    {r.lastError && (
                      <div className="text-red-soft" data-testid="router-error">
                        {r.lastError}
                      </div>
                    )}
                    {r.status === 'OFFLINE' && r.nextAttemptAt && (
                      <div className="sub nowrap">
                        Next try <Ago iso={r.nextAttemptAt} empty="" />
                      </div>
                    )}
                  </td>
                  <td className="nowrap" data-testid="router-os">
                    {r.identity || r.version ? (
                      <>
                        <div>{r.identity ?? '—'}</div>
                        <div className="sub">{r.version ?? ''}</div>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num nowrap" data-testid="router-latency">
                    {r.latencyMs !== null ? `${r.latencyMs} ms` : <span className="muted">—</span>}
                  </td>
                  <td className="nowrap" data-testid="router-contact">
                    <Ago iso={r.lastContactAt} />
                  </td>
                  <td className="actions">
                    <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'test', router: r })} aria-label={`Test connection to ${r.name}`}>
                      Test connection
                    </Button>
                    <Button size="sm" variant="ghost" pending={syncing === r.id} onClick={() => void sync(r)} aria-label={`Sync ${r.name} now`}>
                      Sync now
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'edit', router: r })} aria-label={`Edit ${r.name}`}>
                      Edit
                    </Button>
                    <Button size="sm" variant="ghost" className="danger-text" onClick={() => setDialog({ kind: 'delete', router: r })} aria-label={`Delete ${r.name}`}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <RouterFormModal
          router={dialog.kind === 'edit' ? dialog.router : undefined}
          onClose={close}
          onSaved={(r, created) => {
            onSaved(r);
            notify(created ? `Router ${r.name} added. Test the connection to check the address and login.` : `Router ${r.name} saved.`);
            close();
          }}
        />
      )}
      {dialog?.kind === 'test' && <RouterTestModal router={dialog.router} onClose={close} onTested={onSaved} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete ${dialog.router.name}?`}
          confirmLabel="Delete router"
          onClose={close}
          onConfirm={async () => {
            const r = dialog.router;
            await gql(DELETE_ROUTER, { id: r.id });
            onDeleted(r.id);
            notify(`Router ${r.name} deleted.`);
          }}
        >
          The portal stops reading its sessions and deletes the speed limits kept for it. Its traffic source is disabled; traffic already
          counted from this router stays in the totals.
        </ConfirmDialog>
      )}
    </section>
  );
}
