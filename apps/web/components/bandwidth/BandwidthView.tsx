'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useThrottle, type LiveConfig } from '@/components/live/useSubscription';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Notice, useNotice } from '@/components/ui/Notice';
import { PageHead } from '@/components/ui/PageHead';
import { gql } from '@/lib/graphql/client';
import { AGENT_BANDWIDTH_PAGE, BANDWIDTH_PAGE, REMOVE_BANDWIDTH_LIMIT } from '@/lib/graphql/documents/bandwidth';
import type { BandwidthAssignment, Router, RouterLogin, SpeedProfile } from '@/lib/graphql/models';
import { formatLimitPair } from '@/lib/rates';
import { limitStateLabel } from './badges';
import { LimitsCard } from './LimitsCard';
import { targetInput, targetOfAssignment, targetOfSession, type LimitTarget } from './limit-target';
import { ProfilesCard } from './ProfilesCard';
import { RoutersCard } from './RoutersCard';
import { SessionsCard } from './SessionsCard';
import { SetLimitModal } from './SetLimitModal';
import { CutOffCard } from './CutOffCard';
import { useRouterLogins } from './useRouterLogins';

export interface BandwidthData {
  routers: Router[];
  speedProfiles: SpeedProfile[];
  bandwidthAssignments: BandwidthAssignment[];
  /** The first reading of who is cut off (kept current by the card itself). */
  routerLogins?: RouterLogin[];
}

/** Routers' status and the limits' states change on the API's own schedule: re-read them this often. */
const REFRESH_MS = 10_000;

type Dialog = { kind: 'set'; target: LimitTarget | null } | { kind: 'remove'; target: LimitTarget } | null;

function pickRouter(routers: Router[], wanted: string | null): string | null {
  if (wanted && routers.some((r) => r.id === wanted)) return wanted;
  return (routers.find((r) => r.status === 'ONLINE') ?? routers[0])?.id ?? null;
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/**
 * The Bandwidth page. Admins: routers, who is online (live), limits and speed profiles. Agents: their
 * own users online and their limits (set / change / remove), without router or profile management.
 */
export function BandwidthView({ isAdmin, initial, initialRouterId, live }: { isAdmin: boolean; initial: BandwidthData; initialRouterId: string | null; live: LiveConfig }) {
  const [source, setSource] = useState(initial);
  const [data, setData] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setData(initial);
  }
  const { routers, speedProfiles: profiles, bandwidthAssignments: assignments } = data;
  const [chosen, setChosen] = useState<string | null>(initialRouterId);
  const routerId = pickRouter(routers, chosen);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useNotice(8000);
  /** A limit that was saved but the router didn't take: shown while that limit stays FAILED. */
  const [failedLimit, setFailedLimit] = useState<{ id: string; text: string } | null>(null);
  const warning = failedLimit && data.bandwidthAssignments.some((a) => a.id === failedLimit.id && a.state === 'FAILED') ? failedLimit.text : null;
  const close = () => setDialog(null);
  const logins = useRouterLogins(live, initial.routerLogins ?? null);

  const refresh = useThrottle(() => {
    void gql(isAdmin ? BANDWIDTH_PAGE : AGENT_BANDWIDTH_PAGE)
      .then(setData)
      .catch(() => undefined);
  }, 1500);
  useEffect(() => {
    const t = setInterval(() => document.visibilityState === 'visible' && refresh(), REFRESH_MS);
    return () => clearInterval(t);
  }, [refresh]);

  // A session's limit changed state (applied, waiting, failed…): the limits table follows.
  const lastSignature = useRef<string | null>(null);
  const onLimitStates = useCallback(
    (signature: string) => {
      if (lastSignature.current !== null && lastSignature.current !== signature) refresh();
      lastSignature.current = signature;
    },
    [refresh],
  );

  function selectRouter(id: string) {
    setChosen(id);
    lastSignature.current = null;
    const url = new URL(window.location.href);
    url.searchParams.set('router', id);
    window.history.replaceState(null, '', url);
  }

  const setRouters = (fn: (list: Router[]) => Router[]) => setData((d) => ({ ...d, routers: fn(d.routers) }));
  const setProfiles = (fn: (list: SpeedProfile[]) => SpeedProfile[]) => setData((d) => ({ ...d, speedProfiles: fn(d.speedProfiles) }));

  return (
    <div className="stack">
      <PageHead
        title="Bandwidth"
        subtitle={isAdmin ? 'Who is online on your MikroTik hotspots, how fast, and the speed limit of each device.' : 'Your users online on the hotspots, how fast, and their speed limits.'}
      />
      <Notice text={notice} onClose={() => setNotice(null)} />
      {warning && (
        <div className="alert warn" role="status" data-testid="limit-warning" style={{ alignItems: 'center' }}>
          <div style={{ flex: 1 }}>{warning}</div>
          <button type="button" className="btn ghost sm" onClick={() => setFailedLimit(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {isAdmin && (
        <RoutersCard
          routers={routers}
          notify={setNotice}
          onSaved={(r) => setRouters((list) => upsert(list, r))}
          onDeleted={(id) => {
            setRouters((list) => list.filter((r) => r.id !== id));
            setData((d) => ({ ...d, bandwidthAssignments: d.bandwidthAssignments.filter((a) => a.routerId !== id) }));
          }}
        />
      )}
      <SessionsCard
        routers={routers}
        routerId={routerId}
        onSelectRouter={selectRouter}
        live={live}
        isAdmin={isAdmin}
        onSetLimit={(r, s) => setDialog({ kind: 'set', target: targetOfSession(r, s, assignments) })}
        onRemoveLimit={(r, s) => setDialog({ kind: 'remove', target: targetOfSession(r, s, assignments) })}
        onLimitStates={onLimitStates}
      />
      <CutOffCard state={logins} isAdmin={isAdmin} />
      <LimitsCard
        assignments={assignments}
        isAdmin={isAdmin}
        canAdd={routers.length > 0}
        onAdd={() => setDialog({ kind: 'set', target: null })}
        onChange={(a) => setDialog({ kind: 'set', target: targetOfAssignment(a) })}
        onRemove={(a) => setDialog({ kind: 'remove', target: targetOfAssignment(a) })}
      />
      {isAdmin && (
        <ProfilesCard
          profiles={profiles}
          notify={setNotice}
          onSaved={(p) => setProfiles((list) => upsert(list, p))}
          onDeleted={(id) => setProfiles((list) => list.filter((p) => p.id !== id))}
        />
      )}

      {dialog?.kind === 'set' && (
        <SetLimitModal
          target={dialog.target}
          routers={routers}
          routerId={routerId}
          profiles={profiles}
          isAdmin={isAdmin}
          onClose={close}
          onDone={(a, label) => {
            setData((d) => ({ ...d, bandwidthAssignments: upsert(d.bandwidthAssignments, a) }));
            const what = `Limit ${formatLimitPair(a.down, a.up)} for ${label}`;
            if (a.state === 'FAILED') {
              setNotice(null);
              setFailedLimit({ id: a.id, text: `${what} is saved, but ${a.routerName} didn't take it: ${a.lastError ?? 'no answer'}. It is tried again on its own.` });
            } else {
              setFailedLimit(null);
              setNotice(`${what}: ${limitStateLabel(a.state).toLowerCase()}${a.state === 'WAITING' ? ' (applied when the device connects)' : ''}.`);
            }
            close();
            refresh();
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove the limit of ${dialog.target.label}?`}
          confirmLabel="Remove limit"
          onClose={close}
          onConfirm={async () => {
            const t = dialog.target;
            await gql(REMOVE_BANDWIDTH_LIMIT, { input: targetInput(t, isAdmin) });
            setData((d) => ({ ...d, bandwidthAssignments: d.bandwidthAssignments.filter((a) => !(a.routerId === t.routerId && a.macAddress === t.macAddress)) }));
            setNotice(`Limit removed: ${t.label} is no longer shaped on ${t.routerName}.`);
            refresh();
          }}
        >
          Its queue on {dialog.target.routerName} is deleted, so <span className="mono">{dialog.target.macAddress}</span> runs at full speed
          {dialog.target.current ? ` instead of ${formatLimitPair(dialog.target.current.down, dialog.target.current.up)}` : ''}.
        </ConfirmDialog>
      )}
    </div>
  );
}
