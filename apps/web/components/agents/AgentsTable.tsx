'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LIVE_REFETCH_MS, useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { useUsageUpdates } from '@/components/live/useUsageUpdates';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { Notice, useNotice } from '@/components/ui/Notice';
import { IconAgents, IconPlus, IconRefresh } from '@/components/ui/Icons';
import { LiveIndicator } from '@/components/ui/LiveIndicator';
import { PageHead } from '@/components/ui/PageHead';
import { When } from '@/components/ui/When';
import { gql } from '@/lib/graphql/client';
import { AGENTS_TRAFFIC, CHECK_AGENT, CHECK_ALL_AGENTS, UPDATE_AGENT } from '@/lib/graphql/documents/accounts';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { Account, AgentTraffic, SpeedProfile } from '@/lib/graphql/models';
import { AgentResetDialog } from '@/components/resets/TargetResetDialogs';
import { useResetPerformed } from '@/components/resets/useResetPerformed';
import { resetSummary } from '@/lib/resets';
import { byAgent, checkAllSummary, checkSummary, remainingText } from '@/lib/quota';
import { AgentFormModal } from './AgentFormModal';
import { AgentLimitCell, AgentStatusCell, AgentUsageCell } from './AgentRowCells';
import { indexProfiles } from '@/lib/over-limit';

type Dialog = { kind: 'create' } | { kind: 'edit'; agent: Account } | { kind: 'disable'; agent: Account } | { kind: 'reset'; agent: Account } | null;
type Err = { code: string; message: string };

/**
 * The agents: each one's standing against its limit (usage bar, remaining, users), edit,
 * disable, and enforcement on demand ("Check now" per agent, "Check all agents"). Live: charged
 * usage follows `usageUpdated`.
 */
export function AgentsTable({
  agents,
  traffic: initialTraffic,
  defaultTimeZone = null,
  speedProfiles = null,
  live,
}: {
  agents: Account[];
  traffic: Record<string, AgentTraffic>;
  /** settings.timeZone, for a new agent's reset cycle. */
  defaultTimeZone?: string | null;
  /** For the over-limit badges and the form's "Slow down to"; null = unknown (the form reads them). */
  speedProfiles?: SpeedProfile[] | null;
  live: LiveConfig;
}) {
  const profileIndex = indexProfiles(speedProfiles);
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [enabling, setEnabling] = useState<string | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [notice, setNotice] = useNotice(10_000);
  const [actionError, setActionError] = useState<Err | null>(null);
  const [flash, setFlash] = useState<Record<string, number>>({});
  const close = () => setDialog(null);

  // Standings: the server's, replaced by checks and live refetches until the server sends new ones.
  const [source, setSource] = useState(initialTraffic);
  const [traffic, setTraffic] = useState(initialTraffic);
  if (source !== initialTraffic) {
    setSource(initialTraffic);
    setTraffic(initialTraffic);
  }

  const markFlash = (ids: string[]) => setFlash((f) => Object.fromEntries([...Object.entries(f), ...ids.map((id) => [id, (f[id] ?? 0) + 1])]));

  const refetch = useThrottle(() => {
    void gql(AGENTS_TRAFFIC)
      .then((d) => setTraffic(byAgent(d.agentsTraffic)))
      .catch(() => undefined);
  }, LIVE_REFETCH_MS);
  const liveState = useUsageUpdates(live, {}, (u) => {
    if (u.scope === 'AGENT') refetch();
  });
  // Resets send no usage events; an agent reset (or a global one) clears charged usage and resumes users.
  useResetPerformed(live, (e) => {
    refetch();
    if (e.scope === 'AGENT' || e.scope === 'ALL') router.refresh();
  });

  async function setStatus(agent: Account, status: 'ACTIVE' | 'DISABLED') {
    await gql(UPDATE_AGENT, { id: agent.id, input: { status } });
    setNotice(`${agent.username} is now ${status === 'ACTIVE' ? 'active' : 'disabled'}.`);
    router.refresh();
  }

  async function checkOne(agent: Account) {
    setChecking(agent.id);
    setActionError(null);
    try {
      const t = (await gql(CHECK_AGENT, { agentId: agent.id })).checkAgent;
      setNotice(checkSummary(traffic[agent.id], t));
      setTraffic((prev) => ({ ...prev, [t.agentId]: t }));
      markFlash([t.agentId]);
    } catch (err) {
      setActionError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setChecking(null);
    }
  }

  async function checkAll() {
    setChecking('*');
    setActionError(null);
    try {
      const list = (await gql(CHECK_ALL_AGENTS)).checkAllAgents;
      setNotice(checkAllSummary(list));
      setTraffic((prev) => ({ ...prev, ...byAgent(list) }));
      markFlash(list.map((t) => t.agentId));
    } catch (err) {
      setActionError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setChecking(null);
    }
  }

  const newButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> New agent
    </Button>
  );

  return (
    <div className="stack">
      <PageHead
        title="Agents"
        subtitle="Resellers: each has a login, a traffic limit and its own users."
        actions={
          agents.length > 0 ? (
            <>
              <LiveIndicator state={liveState} hint="Charged usage updates as traffic is counted" />
              <Button onClick={checkAll} pending={checking === '*'} disabled={checking !== null && checking !== '*'} title="Enforce every agent's limit now">
                {checking !== '*' && <IconRefresh />} Check all agents
              </Button>
              {newButton}
            </>
          ) : undefined
        }
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {actionError && <ErrorAlert code={actionError.code} message={actionError.message} />}
      <section className="card">
        {agents.length === 0 ? (
          <EmptyState title="No agents yet" icon={<IconAgents />} action={newButton}>
            Create an agent to give a reseller a login and a traffic allowance to sell from.
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table dense" data-testid="agents-table">
              <thead>
                <tr>
                  <th>Agent</th>
                  <th>Status</th>
                  <th>Limit</th>
                  <th style={{ minWidth: 200 }}>Charged usage</th>
                  <th className="num">Remaining</th>
                  <th className="num">Users</th>
                  <th className="actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {agents.map((a) => {
                  const t = traffic[a.id];
                  return (
                    <tr key={`${a.id}:${flash[a.id] ?? 0}`} className={flash[a.id] ? 'flash' : undefined} data-testid={`agent-row-${a.username}`}>
                      <td>
                        <div className="primary-cell">{a.username}</div>
                        <div className="sub nowrap">
                          {a.lastLoginAt ? (
                            <>
                              Signed in <When iso={a.lastLoginAt} />
                            </>
                          ) : (
                            'Never signed in'
                          )}
                        </div>
                      </td>
                      <AgentStatusCell traffic={t} status={a.status} />
                      <AgentLimitCell agent={a} traffic={t} profiles={profileIndex} />
                      <AgentUsageCell agent={a} traffic={t} />
                      <td className="num nowrap" data-testid="agent-remaining">
                        {t ? (
                          <span className={t.soldOut ? 'text-red' : undefined}>{remainingText(t)}</span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="num nowrap">
                        <div data-testid="agent-users">
                          {t?.users ?? a.userCount}
                          <span className="muted"> / {(t ? t.maxUsers : a.maxUsers) ?? '∞'}</span>
                        </div>
                        {t && t.suspendedUsers > 0 && <div className="sub">{t.suspendedUsers} suspended</div>}
                      </td>
                      <td className="actions">
                        <Button
                          size="sm"
                          onClick={() => checkOne(a)}
                          pending={checking === a.id}
                          disabled={checking !== null && checking !== a.id}
                          aria-label={`Check ${a.username} now`}
                          title="Enforce this agent's limit now"
                        >
                          Check now
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'edit', agent: a })} aria-label={`Edit ${a.username}`}>
                          Edit
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => setDialog({ kind: 'reset', agent: a })} aria-label={`Reset charged usage of ${a.username}`}>
                          Reset
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
          defaultTimeZone={defaultTimeZone}
          speedProfiles={speedProfiles}
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
          speedProfiles={speedProfiles}
          onClose={close}
          onSaved={(a) => {
            setNotice(`Saved ${a.username}.`);
            close();
            router.refresh();
          }}
        />
      )}
      {dialog?.kind === 'reset' && (
        <AgentResetDialog
          agent={dialog.agent}
          traffic={traffic[dialog.agent.id]}
          onClose={close}
          onDone={(event) => {
            setNotice(resetSummary(event));
            markFlash([dialog.agent.id]);
            refetch();
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
