'use client';

import { useCallback, useEffect, useState } from 'react';
import type { LiveState } from '@/components/live/useSubscription';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconPlus } from '@/components/ui/Icons';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { gql } from '@/lib/graphql/client';
import { CONNECTORS, DELETE_CONNECTOR, POLL_CONNECTOR } from '@/lib/graphql/documents/connectors';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import { ConnectorDetail } from './ConnectorDetail';
import { ConnectorFormModal } from './ConnectorFormModal';
import { ConnectorsCard } from './ConnectorsCard';
import { ConnectorTestModal } from './ConnectorTestModal';
import { formatGb } from './format';
import type { Connector, ConnectorPollResult, ImportAgent } from './types';

/** Status, last sync and counts move on the API's own schedule: re-read this often while the page is visible. */
export const CONNECTORS_POLL_MS = 3000;

type Dialog = { kind: 'create' } | { kind: 'edit'; connector: Connector } | { kind: 'test'; connector: Connector } | { kind: 'remove'; connector: Connector } | null;

function pick(list: Connector[], wanted: string | null): Connector | null {
  return list.find((c) => c.id === wanted) ?? list[0] ?? null;
}

/**
 * A connector a mutation answered, into the list. Those answers (test, update) carry no unmapped /
 * held counts (the API fills them only in `connectors`), so the ones on screen are kept until the next read.
 */
function upsert(list: Connector[], c: Connector): Connector[] {
  const old = list.find((x) => x.id === c.id);
  if (!old) return [...list, c];
  const merged = { ...c, unmappedUsers: old.unmappedUsers, heldUsers: old.heldUsers };
  return list.map((x) => (x.id === c.id ? merged : x));
}

function syncSummary(c: Connector, r: ConnectorPollResult): string {
  const moved = BigInt(r.bytes) > 0n ? `${formatGb(r.bytes)} counted from ${r.samples} ${r.samples === 1 ? 'user' : 'users'}` : 'no new traffic';
  const pushed = r.disabled || r.enabled ? `; ${r.disabled} disabled and ${r.enabled} enabled in the panel` : '';
  return `${c.name} synced: ${moved}${pushed}.`;
}

/** The Connectors page: the panels (status, last sync live), add / test / sync / edit / remove, and the chosen panel's users, imports and push log. */
export function ConnectorsView({ initial, agents, initialConnectorId }: { initial: Connector[]; agents: ImportAgent[]; initialConnectorId: string | null }) {
  const [connectors, setConnectors] = useState(initial);
  const [live, setLive] = useState<LiveState>('live');
  const [chosen, setChosen] = useState<string | null>(initialConnectorId);
  const selected = pick(connectors, chosen);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useNotice(8000);
  const [error, setError] = useState<{ code: string; message: string; title?: string } | null>(null);
  const [syncingId, setSyncingId] = useState<string | null>(null);
  /** Bumped after anything of ours that changes a panel's users or log, so the detail re-reads at once. */
  const [bump, setBump] = useState(0);
  const close = () => setDialog(null);

  const reload = useCallback(() => {
    gql(CONNECTORS)
      .then((d) => {
        setConnectors(d.connectors);
        setLive('live');
      })
      .catch(() => setLive('offline'));
  }, []);
  useEffect(() => {
    const t = setInterval(() => document.visibilityState === 'visible' && reload(), CONNECTORS_POLL_MS);
    return () => clearInterval(t);
  }, [reload]);

  function select(id: string) {
    setChosen(id);
    const url = new URL(window.location.href);
    url.searchParams.set('connector', id);
    window.history.replaceState(null, '', url);
  }

  async function sync(c: Connector) {
    setSyncingId(c.id);
    setError(null);
    try {
      const r = (await gql(POLL_CONNECTOR, { connectorId: c.id })).pollConnector;
      if (!r.ok) setError({ code: 'UNAVAILABLE', title: `Couldn’t sync ${c.name}`, message: r.error ?? 'The panel did not answer.' });
      else if (r.failedPushes > 0) setError({ code: 'UNAVAILABLE', title: `${c.name} synced, but the panel refused ${r.failedPushes} ${r.failedPushes === 1 ? 'change' : 'changes'}`, message: 'See its answers in the push log below; they are tried again on the next poll.' });
      else setNotice(syncSummary(c, r));
    } catch (err) {
      setError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setSyncingId(null);
      select(c.id);
      reload();
      setBump((n) => n + 1);
    }
  }

  const addButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> Add connector
    </Button>
  );

  return (
    <div className="stack">
      <PageHead
        title="Connectors"
        subtitle="The VPN panels (Marzban, PasarGuard, 3x-ui) the portal logs into: every panel user’s traffic is counted here, and users who may not be online are disabled there."
        actions={connectors.length > 0 ? addButton : undefined}
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {error && (
        <div className="row" style={{ alignItems: 'flex-start' }}>
          <div style={{ flex: 1 }}>
            <ErrorAlert code={error.code} title={error.title} message={error.message} />
          </div>
          <button type="button" className="btn ghost sm" onClick={() => setError(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <ConnectorsCard
        connectors={connectors}
        selectedId={selected?.id ?? null}
        syncingId={syncingId}
        live={live}
        addButton={addButton}
        actions={{
          onSelect: (c) => select(c.id),
          onTest: (c) => setDialog({ kind: 'test', connector: c }),
          onSync: (c) => void sync(c),
          onEdit: (c) => setDialog({ kind: 'edit', connector: c }),
          onRemove: (c) => setDialog({ kind: 'remove', connector: c }),
        }}
      />
      {selected && (
        <ConnectorDetail
          key={selected.id}
          connector={selected}
          connectors={connectors}
          onSelect={select}
          agents={agents}
          bump={bump}
          onImported={(agent, r) => {
            setNotice(`Imported ${r.imported} ${r.imported === 1 ? 'user' : 'users'} of ${selected.name} for ${agent}.`);
            reload();
          }}
        />
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ConnectorFormModal
          connector={dialog.kind === 'edit' ? dialog.connector : undefined}
          onClose={close}
          onSaved={(c, created) => {
            setConnectors((list) => upsert(list, c));
            if (created) select(c.id);
            setNotice(created ? `${c.name} added. It is polled within seconds; Test checks the address and login now.` : `${c.name} saved.`);
            close();
          }}
        />
      )}
      {dialog?.kind === 'test' && <ConnectorTestModal connector={dialog.connector} onClose={close} onTested={(c) => setConnectors((list) => upsert(list, c))} />}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${dialog.connector.name}?`}
          confirmLabel="Remove connector"
          onClose={close}
          onConfirm={async () => {
            const c = dialog.connector;
            await gql(DELETE_CONNECTOR, { id: c.id });
            setConnectors((list) => list.filter((x) => x.id !== c.id));
            setNotice(`${c.name} removed. The panel is no longer polled.`);
          }}
        >
          The portal stops polling this panel and forgets its users list and push log. Traffic already counted stays in the totals. The panel itself is left as it is
          {dialog.connector.heldUsers > 0
            ? `: the ${dialog.connector.heldUsers} ${dialog.connector.heldUsers === 1 ? 'user' : 'users'} we disabled there stay disabled until someone enables them in the panel.`
            : '.'}
        </ConfirmDialog>
      )}
    </div>
  );
}
