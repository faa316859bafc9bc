'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { AccountStatusBadge, QuotaModeBadge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Notice, useNotice } from '@/components/ui/Notice';
import { IconAgents, IconPlus } from '@/components/ui/Icons';
import { PageHead } from '@/components/ui/PageHead';
import { UsageBar } from '@/components/ui/UsageBar';
import { When } from '@/components/ui/When';
import { formatLimit } from '@/lib/format';
import { gql } from '@/lib/graphql/client';
import { UPDATE_AGENT } from '@/lib/graphql/documents';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { Account, AgentTraffic } from '@/lib/graphql/types';
import { AgentFormModal } from './AgentFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; agent: Account } | { kind: 'disable'; agent: Account } | null;

export function AgentsTable({ agents, traffic }: { agents: Account[]; traffic: Record<string, AgentTraffic> }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [enabling, setEnabling] = useState<string | null>(null);
  const [notice, setNotice] = useNotice();
  const [actionError, setActionError] = useState<{ code: string; message: string } | null>(null);
  const close = () => setDialog(null);

  async function setStatus(agent: Account, status: 'ACTIVE' | 'DISABLED') {
    await gql(UPDATE_AGENT, { id: agent.id, input: { status } });
    setNotice(`${agent.username} is now ${status === 'ACTIVE' ? 'active' : 'disabled'}.`);
    router.refresh();
  }

  const newButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> New agent
    </Button>
  );

  return (
    <div className="stack">
      <PageHead title="Agents" subtitle="Resellers: each has a login, a traffic limit and its own users." actions={agents.length > 0 ? newButton : undefined} />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {actionError && <ErrorAlert code={actionError.code} message={actionError.message} />}
      <section className="card">
        {agents.length === 0 ? (
          <EmptyState title="No agents yet" icon={<IconAgents />} action={newButton}>
            Create an agent to give a reseller a login and a traffic allowance to sell from.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="agents-table">
              <thead>
                <tr>
                  <th>Agent</th>
                  <th>Status</th>
                  <th>Traffic limit</th>
                  <th>Charged usage</th>
                  <th>Quota mode</th>
                  <th className="num">Users</th>
                  <th>Created</th>
                  <th className="actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {agents.map((a) => {
                  const t = traffic[a.id];
                  return (
                    <tr key={a.id} data-testid={`agent-row-${a.username}`}>
                      <td>
                        <div className="primary-cell">{a.username}</div>
                        <div className="sub">
                          {a.lastLoginAt ? (
                            <>
                              Last sign-in <When iso={a.lastLoginAt} />
                            </>
                          ) : (
                            'Never signed in'
                          )}
                        </div>
                      </td>
                      <td>
                        <AccountStatusBadge status={a.status} />
                      </td>
                      <td className="nowrap" data-testid="agent-limit">
                        {formatLimit(a.trafficLimit)}
                      </td>
                      <td>{t ? <UsageBar used={t.quotaMode === 'ALLOCATION' ? t.allocated : t.charged} limit={t.limit} label={`${a.username} usage`} /> : <span className="muted">—</span>}</td>
                      <td>
                        <QuotaModeBadge mode={a.quotaMode} />
                      </td>
                      <td className="num nowrap" data-testid="agent-users">
                        {a.userCount}
                        <span className="muted"> / {a.maxUsers ?? '∞'}</span>
                      </td>
                      <td className="nowrap">
                        <When iso={a.createdAt} />
                      </td>
                      <td className="actions">
                        <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'edit', agent: a })} aria-label={`Edit ${a.username}`}>
                          Edit
                        </Button>
                        {a.status === 'DISABLED' ? (
                          <Button
                            size="sm"
                            variant="ghost"
                            pending={enabling === a.id}
                            onClick={async () => {
                              setEnabling(a.id);
                              setActionError(null);
                              try {
                                await setStatus(a, 'ACTIVE');
                              } catch (err) {
                                setActionError({ code: errorCode(err), message: errorMessage(err) });
                              } finally {
                                setEnabling(null);
                              }
                            }}
                            aria-label={`Enable ${a.username}`}
                          >
                            Enable
                          </Button>
                        ) : (
                          <Button size="sm" variant="ghost" className="danger-text" onClick={() => setDialog({ kind: 'disable', agent: a })} aria-label={`Disable ${a.username}`}>
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
        )}
      </section>

      {dialog?.kind === 'create' && (
        <AgentFormModal
          onClose={close}
          onSaved={(a) => {
            setNotice(`Agent ${a.username} created. They can sign in now.`);
            close();
            router.refresh();
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <AgentFormModal
          agent={dialog.agent}
          onClose={close}
          onSaved={(a) => {
            setNotice(`Saved ${a.username}.`);
            close();
            router.refresh();
          }}
        />
      )}
      {dialog?.kind === 'disable' && (
        <ConfirmDialog title={`Disable ${dialog.agent.username}?`} confirmLabel="Disable agent" onClose={close} onConfirm={() => setStatus(dialog.agent, 'DISABLED')}>
          The agent can no longer sign in or manage users. Their users and counted traffic are kept; you can enable the agent again
          later.
        </ConfirmDialog>
      )}
    </div>
  );
}
