'use client';

import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from '@tm/shared';
import { gql } from '@/lib/graphql/client';
import { AGENT_TRAFFIC } from '@/lib/graphql/documents/accounts';
import type { AgentTraffic } from '@/lib/graphql/models';
import { slotsText } from '@/lib/quota';

export type Standing = { state: 'none' } | { state: 'loading' } | { state: 'error' } | { state: 'ready'; t: AgentTraffic };

/** An agent's standing for the user form (agentTraffic), refetched when the agent changes or on demand. */
export function useStanding(agentId: string | null | undefined): [Standing, () => void] {
  const [standing, setStanding] = useState<Standing>(agentId ? { state: 'loading' } : { state: 'none' });
  const [tick, setTick] = useState(0);
  const [forId, setForId] = useState(agentId);
  if (forId !== agentId) {
    setForId(agentId);
    setStanding(agentId ? { state: 'loading' } : { state: 'none' });
  }
  useEffect(() => {
    if (!agentId) return;
    let live = true;
    gql(AGENT_TRAFFIC, { agentId })
      .then((d) => live && setStanding({ state: 'ready', t: d.agentTraffic }))
      .catch(() => live && setStanding({ state: 'error' }));
    return () => {
      live = false;
    };
  }, [agentId, tick]);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return [standing, refresh];
}

/** "You can still allot 12.50 GB · 3 user slots left", or why nothing fits. */
export function allotSentence(t: AgentTraffic, self: boolean, withSlots: boolean): { text: string; tone: 'info' | 'warn' } {
  const who = self ? 'You' : t.username;
  const slots = withSlots ? slotsText(t.userSlotsLeft) : null;
  const tail = slots ? ` · ${slots}` : '';
  if (t.limit == null || t.remaining == null) {
    return { text: `${self ? 'You have' : `${t.username} has`} no traffic limit: any data limit fits${tail}`, tone: withSlots && t.userSlotsLeft === 0 ? 'warn' : 'info' };
  }
  if (t.soldOut || t.remaining === '0') {
    const why = t.exceeded ? 'the traffic limit is reached' : `the whole ${formatBytes(t.limit)} limit is granted`;
    return { text: `Nothing left to allot: ${why}${tail}`, tone: 'warn' };
  }
  return { text: `${who} can still allot ${formatBytes(t.remaining)}${tail}`, tone: withSlots && t.userSlotsLeft === 0 ? 'warn' : 'info' };
}

/** The box above the data limit: how much the owning agent can still allot. */
export function AllotInfo({ standing, self, withSlots }: { standing: Standing; self: boolean; withSlots: boolean }) {
  if (standing.state === 'none') return null;
  if (standing.state === 'loading') {
    return (
      <div className="alert info allot" data-testid="allot-info" data-state="loading">
        <span className="spinner" aria-hidden /> Checking what {self ? 'you' : 'the agent'} can still allot…
      </div>
    );
  }
  if (standing.state === 'error') {
    return (
      <div className="alert warn allot" data-testid="allot-info" data-state="error">
        Couldn&apos;t load what {self ? 'you' : 'the agent'} can still allot; the server checks it when you save.
      </div>
    );
  }
  const { text, tone } = allotSentence(standing.t, self, withSlots);
  return (
    <div className={`alert ${tone} allot`} role="status" data-testid="allot-info" data-state="ready">
      {text}
    </div>
  );
}
