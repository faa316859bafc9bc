'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { TableFoot } from '@/components/ui/TableFoot';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Notice, useNotice } from '@/components/ui/Notice';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { IconPlus } from '@/components/ui/Icons';
import { PageHead } from '@/components/ui/PageHead';
import { gql } from '@/lib/graphql/client';
import { DELETE_USER, USER, USERS } from '@/lib/graphql/documents/users';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { AgentChoice, ResetEvent, SpeedProfile, User, UserChange, UserConnection, UserFilter } from '@/lib/graphql/models';
import { indexProfiles } from '@/lib/over-limit';
import { LIVE_REFETCH_MS, useThrottle } from '@/components/live/useSubscription';
import { UserResetDialog } from '@/components/resets/TargetResetDialogs';
import { useResetPerformed } from '@/components/resets/useResetPerformed';
import { resetSummary } from '@/lib/resets';
import { USERS_PAGE_SIZE } from '@/lib/users';
import { UserTrafficModal } from '@/components/traffic/UserTrafficModal';
import { useUserPanels } from '@/components/connectors/UserPanels';
import { UserFormModal, type AgentOption } from './UserFormModal';
import { UsersTable } from './UsersTable';
import { UsersEmpty, UsersToolbar } from './UsersToolbar';
import { applyChange, applyStatusChanges, fromConnection, type ListState } from './list-state';
import { useStatusChanges, useUserChanges, type LiveConfig } from './useUserChanges';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'delete'; user: User } | { kind: 'traffic'; user: User } | { kind: 'reset'; user: User } | null;

export interface UsersViewProps {
  isAdmin: boolean;
  title: string;
  subtitle: string;
  filter: UserFilter;
  initial: UserConnection;
  /** Admin only: agents for the owner filter and the create form. */
  agents?: AgentOption[];
  /** Agent only: its own id, for what it can still allot in the create form. */
  ownAgentId?: string;
  /** Offer "Reset usage" (admins; agents when settings allow). */
  canReset: boolean;
  /** settings.timeZone for new users' reset cycle; null when the caller can't read it. */
  defaultTimeZone?: string | null;
  /** Agents' over-limit choices by id (admin: every agent; agent: itself), for "as agent". */
  agentChoices?: Record<string, AgentChoice>;
  /** Speed profiles, for the throttle badges and the form; null when they couldn't be read. */
  speedProfiles?: SpeedProfile[] | null;
  live: LiveConfig;
}

/**
 * The users list: filters in the URL (server renders the first page), "Load more" pages in
 * the browser, create/edit/delete in dialogs, and live changes from `userChanged`.
 */
export function UsersView({
  isAdmin,
  title,
  subtitle,
  filter,
  initial,
  agents,
  ownAgentId,
  canReset,
  defaultTimeZone = null,
  agentChoices = {},
  speedProfiles = null,
  live,
}: UsersViewProps) {
  const profileIndex = indexProfiles(speedProfiles);
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();

  // List state, reset whenever the server sends a new first page (filters changed).
  const [source, setSource] = useState(initial);
  const [list, setList] = useState<ListState>(() => fromConnection(initial));
  if (source !== initial) {
    setSource(initial);
    setList(fromConnection(initial));
  }
  const { nodes, totalCount, pageInfo } = list;
  const panels = useUserPanels(isAdmin, filter, nodes);

  const [loadingMore, setLoadingMore] = useState(false);
  const [listError, setListError] = useState<{ code: string; message: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useNotice();
  const [flash, setFlash] = useState<Record<string, number>>({});
  const [search, setSearch] = useState(filter.search ?? '');

  const filterRef = useRef(filter);
  filterRef.current = filter;
  const listRef = useRef(list);
  listRef.current = list;

  function markFlash(id: string) {
    setFlash((f) => ({ ...f, [id]: (f[id] ?? 0) + 1 }));
  }

  /** One place that applies a change to the list: from this session's mutations and from the subscription. */
  function apply(change: UserChange) {
    setList((prev) => applyChange(prev, change, filterRef.current));
    if (change.user) markFlash(change.user.id);
  }

  const liveState = useUserChanges(live, isAdmin ? (filter.agentId ?? undefined) : undefined, apply);
  useStatusChanges(live, (changes) => {
    const f = filterRef.current;
    const mine = changes.filter((c) => !f.agentId || c.agentId === f.agentId);
    if (!mine.length) return;
    const shown = new Set(list.nodes.map((u) => u.id));
    setList((prev) => applyStatusChanges(prev, mine, f));
    mine.filter((c) => shown.has(c.userId)).forEach((c) => markFlash(c.userId));
    // Users who now match a status filter aren't in the list yet: reload the first page.
    if (f.status && mine.some((c) => c.to === f.status && !shown.has(c.userId))) startNavigation(() => router.refresh());
    // Whether each one is cut off or throttled isn't in the event: the rows are re-read.
    else if (mine.some((c) => shown.has(c.userId))) reloadShown();
  });

  // Resets send no usage or user events: reload the rows shown (their used and status) when one happens.
  const reloadShown = useThrottle(() => {
    const before = new Map(listRef.current.nodes.map((u) => [u.id, u]));
    const first = Math.min(500, Math.max(listRef.current.nodes.length, USERS_PAGE_SIZE));
    void gql(USERS, { filter: filterRef.current, first })
      .then((d) => {
        setList(fromConnection(d.users));
        d.users.nodes.filter((u) => before.has(u.id) && before.get(u.id)?.used !== u.used).forEach((u) => markFlash(u.id));
      })
      .catch(() => undefined);
  }, LIVE_REFETCH_MS);
  useResetPerformed(live, () => reloadShown());

  /** After this session's own reset: the user's new figures at once. */
  async function afterReset(event: ResetEvent, user: User) {
    setNotice(resetSummary(event));
    try {
      const d = await gql(USER, { id: user.id });
      if (d.user) apply({ kind: 'UPDATED', userId: user.id, user: d.user });
    } catch {
      reloadShown();
    }
  }

  // Debounced search → URL.
  useEffect(() => {
    const current = filter.search ?? '';
    if (search.trim() === current) return;
    const t = setTimeout(() => navigate({ q: search.trim() || undefined }), 350);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  function navigate(change: { q?: string; status?: string; agent?: string }) {
    const params = new URLSearchParams();
    const merged = {
      q: 'q' in change ? change.q : filter.search,
      status: 'status' in change ? change.status : filter.status,
      agent: 'agent' in change ? change.agent : filter.agentId,
    };
    for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
    const qs = params.toString();
    startNavigation(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  async function loadMore() {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    setListError(null);
    try {
      const data = await gql(USERS, { filter, first: USERS_PAGE_SIZE, after: pageInfo.endCursor });
      setList((prev) => {
        const seen = new Set(prev.nodes.map((u) => u.id));
        return {
          nodes: [...prev.nodes, ...data.users.nodes.filter((u) => !seen.has(u.id))],
          totalCount: data.users.totalCount,
          pageInfo: data.users.pageInfo,
        };
      });
    } catch (err) {
      setListError({ code: errorCode(err), message: errorMessage(err) });
    } finally {
      setLoadingMore(false);
    }
  }

  const filtered = !!(filter.search || filter.status || filter.agentId);
  const newButton = (
    <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
      <IconPlus /> New user
    </Button>
  );

  return (
    <div className="stack">
      <PageHead title={title} subtitle={subtitle} actions={newButton} />
      <Notice text={notice} onClose={() => setNotice(null)} />
      <section className="card">
        <UsersToolbar
          search={search}
          onSearch={setSearch}
          status={filter.status ?? ''}
          agentId={filter.agentId ?? ''}
          agents={isAdmin ? agents : undefined}
          navigate={navigate}
          navigating={navigating}
          liveState={liveState}
        />

        {nodes.length === 0 ? (
          <UsersEmpty
            filtered={filtered}
            newButton={newButton}
            onClear={() => {
              setSearch('');
              startNavigation(() => router.replace(pathname, { scroll: false }));
            }}
          />
        ) : (
          <UsersTable
            users={nodes}
            showOwner={isAdmin}
            flash={flash}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onDelete={(user) => setDialog({ kind: 'delete', user })}
            onTraffic={(user) => setDialog({ kind: 'traffic', user })}
            onReset={canReset ? (user) => setDialog({ kind: 'reset', user }) : undefined}
            agentChoices={agentChoices}
            profiles={profileIndex}
            panels={panels}
          />
        )}

        {listError && (
          <div style={{ padding: '0 20px 14px' }}>
            <ErrorAlert code={listError.code} message={listError.message} />
          </div>
        )}
        {nodes.length > 0 && (
          <TableFoot
            shown={nodes.length}
            total={`${totalCount} ${totalCount === 1 ? 'user' : 'users'}`}
            testId="users-count"
            hasNextPage={pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
          />
        )}
      </section>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          isAdmin={isAdmin}
          agents={agents}
          defaultAgentId={filter.agentId ?? undefined}
          ownAgentId={ownAgentId}
          defaultTimeZone={defaultTimeZone}
          agentChoices={agentChoices}
          speedProfiles={speedProfiles}
          onClose={() => setDialog(null)}
          onSaved={(user, created) => {
            apply({ kind: created ? 'CREATED' : 'UPDATED', userId: user.id, user });
            setNotice(created ? `User ${user.username} created.` : `Saved ${user.username}.`);
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'traffic' && (
        <UserTrafficModal
          user={nodes.find((u) => u.id === dialog.user.id) ?? dialog.user}
          onClose={() => setDialog(null)}
          onReset={canReset ? (user) => setDialog({ kind: 'reset', user }) : undefined}
        />
      )}
      {dialog?.kind === 'reset' && (
        <UserResetDialog user={dialog.user} isAdmin={isAdmin} onClose={() => setDialog(null)} onDone={(event) => void afterReset(event, dialog.user)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete ${dialog.user.username}?`}
          confirmLabel="Delete user"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const user = dialog.user;
            await gql(DELETE_USER, { id: user.id });
            apply({ kind: 'DELETED', userId: user.id, user: null });
            setNotice(`User ${user.username} deleted.`);
          }}
        >
          The user loses access at once and their token stops working. Traffic they already used stays counted in the
          agent&apos;s usage. This can&apos;t be undone.
        </ConfirmDialog>
      )}
    </div>
  );
}
