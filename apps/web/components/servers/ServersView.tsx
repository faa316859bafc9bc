'use client';

import { useState } from 'react';
import { formatBytes } from '@tm/shared';
import { LIVE_REFETCH_MS, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { useUsageUpdates } from '@/components/live/useUsageUpdates';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconPlus, IconServers } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { When } from '@/components/ui/When';
import { formatNumber } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { ROTATE_SERVER_TOKEN, SERVERS, UPDATE_SERVER } from '@/lib/graphql/documents/traffic';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ResetEvent, Server, ServerWithToken } from '@/lib/graphql/models';
import { DepletedUsersDialog, ServerResetDialog } from '@/components/resets/TargetResetDialogs';
import { useResetPerformed } from '@/components/resets/useResetPerformed';
import { resetSummary } from '@/lib/resets';
import { CopyButton } from './CopyButton';
import { kindLabel } from './kinds';
import { ServerFormModal } from './ServerFormModal';
import { ServerTokenModal } from './ServerTokenModal';
import { useApiBaseUrl, webhookUrl } from './webhook';

type Dialog =
  | { kind: 'create' }
  | { kind: 'rename'; server: Server }
  | { kind: 'rotate'; server: Server }
  | { kind: 'disable'; server: Server }
  | { kind: 'token'; created: ServerWithToken; rotated: boolean }
  | { kind: 'reset'; server: Server }
  | { kind: 'depleted'; server: Server | null }
  | null;

const samplesOf = (s: Server) => formatNumber(Number(s.samples));

/** Traffic sources: list with usage, create (token shown once), rename, rotate token, disable / enable. Live. */
export function ServersView({ initial, live, publicApiUrl }: { initial: Server[]; live: LiveConfig; publicApiUrl: string | null }) {
  const [source, setSource] = useState(initial);
  const [servers, setServers] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setServers(initial);
  }
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useNotice(10_000);
  const [enabling, setEnabling] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ code: string; message: string } | null>(null);
  const base = useApiBaseUrl(live, publicApiUrl);
  const close = () => setDialog(null);

  function put(server: Server) {
    setServers((list) => (list.some((s) => s.id === server.id) ? list.map((s) => (s.id === server.id ? server : s)) : [...list, server]));
  }

  const refetch = useThrottle(() => {
    void gql(SERVERS)
      .then((d) => setServers(d.servers))
      .catch(() => undefined);
  }, LIVE_REFETCH_MS);
  const liveState = useUsageUpdates(live, {}, (u) => {
    if (u.scope === 'GLOBAL') refetch();
  });
  // Resets send no usage events: a reset anywhere may have cleared a server's period usage.
  useResetPerformed(live, () => refetch());

  function afterReset(event: ResetEvent) {
    setNotice(resetSummary(event));
    refetch();
  }

  async function setStatus(server: Server, status: 'ACTIVE' | 'DISABLED') {
    const d = await gql(UPDATE_SERVER, { id: server.id, input: { status } });
    put(d.updateServer);
    setNotice(status === 'ACTIVE' ? `${server.name} is enabled; its token works again.` : `${server.name} is disabled; reports with its token are refused.`);
  }

  const newButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> New server
    </Button>
  );

  return (
    <div className="stack">
      <PageHead
        title="Servers"
        subtitle="Traffic sources: each reports its users' usage with its own token."
        actions={
          servers.length > 0 ? (
            <>
              <Button onClick={() => setDialog({ kind: 'depleted', server: null })}>Delete depleted users</Button>
              {newButton}
            </>
          ) : undefined
        }
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {actionError && <ErrorAlert code={actionError.code} message={actionError.message} />}
      <section className="card">
        {servers.length === 0 ? (
          <EmptyState title="No servers yet" icon={<IconServers />} action={newButton}>
            Add a server for each VPN node, panel inbound or router. It gets a token to report its users&apos; traffic to the webhook.
          </EmptyState>
        ) : (
          <>
            <div className="toolbar">
              <span className="small muted">
                {servers.length} {servers.length === 1 ? 'server' : 'servers'} · {servers.filter((s) => s.status === 'ACTIVE').length} active
              </span>
              <span className="spacer" />
              <LiveIndicator state={liveState} hint="Usage and last-seen times update as traffic is counted" />
            </div>
            <div className="table-wrap">
              <table className="table dense" data-testid="servers-table">
                <thead>
                  <tr>
                    <th>Server</th>
                    <th>Status</th>
                    <th className="num">This period</th>
                    <th className="num">Lifetime</th>
                    <th>Last seen</th>
                    <th className="actions">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {servers.map((s) => {
                    const used = BigInt(s.up) + BigInt(s.down);
                    return (
                      <tr key={s.id} data-testid={`server-row-${s.name}`}>
                        <td>
                          <div className="primary-cell">{s.name}</div>
                          <div className="sub nowrap" data-testid="server-kind">
                            {kindLabel(s.kind)} · <When iso={s.createdAt} />
                          </div>
                          <div className="sub nowrap">
                            Token{' '}
                            <span className="mono" title="The first characters of the ingest token">
                              {s.tokenPrefix}…
                            </span>{' '}
                            <button type="button" className="inline-action" onClick={() => setDialog({ kind: 'rotate', server: s })} aria-label={`Rotate token of ${s.name}`}>
                              Rotate
                            </button>
                          </div>
                        </td>
                        <td>{s.status === 'ACTIVE' ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Disabled</Badge>}</td>
                        <td className="num nowrap" data-testid="server-used">
                          <div style={{ fontWeight: 600 }}>{formatBytes(used)}</div>
                          <div className="sub">
                            ↓ {formatBytes(s.down)} · ↑ {formatBytes(s.up)}
                          </div>
                        </td>
                        <td className="num nowrap" data-testid="server-lifetime">
                          <div>{formatBytes(s.lifetime)}</div>
                          <div className="sub" data-testid="server-samples">
                            {samplesOf(s)} {Number(s.samples) === 1 ? 'sample' : 'samples'}
                          </div>
                        </td>
                        <td className="nowrap" data-testid="server-last-seen">
                          <When iso={s.lastSeenAt} time empty="Never" />
                        </td>
                        <td className="actions">
                          <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'reset', server: s })} aria-label={`Reset usage on ${s.name}`}>
                            Reset
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => setDialog({ kind: 'depleted', server: s })}
                            aria-label={`Delete depleted users on ${s.name}`}
                            title="Delete the users of this server that reached their data limit or expired"
                          >
                            Clean up
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'rename', server: s })} aria-label={`Rename ${s.name}`}>
                            Rename
                          </Button>
                          {s.status === 'DISABLED' ? (
                            <Button
                              size="sm"
                              variant="ghost"
                              pending={enabling === s.id}
                              aria-label={`Enable ${s.name}`}
                              onClick={async () => {
                                setEnabling(s.id);
                                setActionError(null);
                                try {
                                  await setStatus(s, 'ACTIVE');
                                } catch (err) {
                                  setActionError({ code: errorCode(err), message: errorMessage(err) });
                                } finally {
                                  setEnabling(null);
                                }
                              }}
                            >
                              Enable
                            </Button>
                          ) : (
                            <Button size="sm" variant="ghost" className="danger-text" onClick={() => setDialog({ kind: 'disable', server: s })} aria-label={`Disable ${s.name}`}>
                              Disable
                            </Button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="card" data-testid="webhook-help">
        <div className="card-head">
          <div>
            <h2>Sending traffic</h2>
            <p>Every server posts its users&apos; usage here, with its own token in the X-Server-Token header.</p>
          </div>
        </div>
        <div className="card-body stack" style={{ gap: 10 }}>
          <div className="copy-line">
            <code id="webhook-url-page">POST {webhookUrl(base)}</code>
            <CopyButton text={webhookUrl(base)} targetId="webhook-url-page" ariaLabel="Copy webhook URL" />
          </div>
          <p className="small muted">
            Body: one JSON sample, a JSON array or NDJSON, e.g. <code>{'{"user_token":"alice","bytes_uploaded":1048576,"bytes_downloaded":2097152,"protocol":"vless"}'}</code>.
            Add an <code>id</code> to make re-sending safe. Answers 401 for a wrong or disabled token, 503 while tracking is off (see Traffic).
          </p>
        </div>
      </section>

      {dialog?.kind === 'create' && (
        <ServerFormModal
          onClose={close}
          onCreated={(created) => {
            put(created.server);
            setNotice(`Server ${created.server.name} created.`);
            setDialog({ kind: 'token', created, rotated: false });
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ServerFormModal
          server={dialog.server}
          onClose={close}
          onSaved={(server) => {
            put(server);
            setNotice(`Renamed to ${server.name}.`);
            close();
          }}
        />
      )}
      {dialog?.kind === 'token' && <ServerTokenModal created={dialog.created} rotated={dialog.rotated} live={live} publicApiUrl={publicApiUrl} onClose={close} />}
      {dialog?.kind === 'rotate' && (
        <ConfirmDialog
          title={`Rotate the token of ${dialog.server.name}?`}
          confirmLabel="Rotate token"
          onClose={close}
          onConfirm={async () => {
            const server = dialog.server;
            const d = await gql(ROTATE_SERVER_TOKEN, { id: server.id });
            put(d.rotateServerToken.server);
            // Replaces this dialog (ConfirmDialog's own close runs first, then the token is shown).
            setTimeout(() => setDialog({ kind: 'token', created: d.rotateServerToken, rotated: true }), 0);
          }}
        >
          The current token (<span className="mono">{dialog.server.tokenPrefix}…</span>) stops working at once: the server&apos;s reports
          are refused until you give it the new token, which is shown once.
        </ConfirmDialog>
      )}
      {dialog?.kind === 'reset' && <ServerResetDialog server={dialog.server} onClose={close} onDone={afterReset} />}
      {dialog?.kind === 'depleted' && <DepletedUsersDialog server={dialog.server} onClose={close} onDone={afterReset} />}
      {dialog?.kind === 'disable' && (
        <ConfirmDialog title={`Disable ${dialog.server.name}?`} confirmLabel="Disable server" onClose={close} onConfirm={() => setStatus(dialog.server, 'DISABLED')}>
          Its token stops working: reports from this server are refused and not counted. Its counted traffic is kept, and you can
          enable it again later with the same token.
        </ConfirmDialog>
      )}
    </div>
  );
}
