'use client';

import { useEffect, useState } from 'react';
import { gql } from '@/lib/graphql/client';
import { USERS_PANELS } from '@/lib/graphql/documents/connectors';
import type { UserFilter } from '@/lib/graphql/models';
import { UserPanelBadge } from './badges';
import type { PanelUser } from './types';

/** Panels push on their own poll, a few seconds after a status change: re-read this often while the page is visible. */
const PANELS_POLL_MS = 5000;

/**
 * The panels (connectors) each user shown on the admin users list lives in, by user id: one request
 * for the rows shown, re-read every few seconds and whenever the rows or their statuses change.
 * `enabled` false (agents: `User.panels` is for admins) reads nothing.
 */
export function useUserPanels(enabled: boolean, filter: UserFilter, users: { id: string; status: string }[]): Record<string, PanelUser[]> {
  const [panels, setPanels] = useState<Record<string, PanelUser[]>>({});
  const first = Math.min(500, Math.max(users.length, 1));
  const signature = users.map((u) => `${u.id}:${u.status}`).join(',');
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (!enabled || !signature) return;
    let gone = false;
    const load = () => {
      gql(USERS_PANELS, { filter: JSON.parse(filterKey) as UserFilter, first })
        .then((d) => {
          if (!gone) setPanels(Object.fromEntries(d.users.nodes.map((u) => [u.id, u.panels])));
        })
        .catch(() => undefined); // The badges are extra: the list works without them.
    };
    load();
    const t = setInterval(() => document.visibilityState === 'visible' && load(), PANELS_POLL_MS);
    return () => {
      gone = true;
      clearInterval(t);
    };
  }, [enabled, filterKey, first, signature]);
  return panels;
}

/** One badge per panel the user lives in: enabled there, disabled by us (held), or disabled by hand in the panel. */
export function UserPanelBadges({ panels }: { panels: PanelUser[] | undefined }) {
  if (!panels?.length) return null;
  return (
    <div className="badges" style={{ marginTop: 4 }} data-testid="user-panels">
      {panels.map((p) => (
        <UserPanelBadge
          key={`${p.connectorId}/${p.inbound}/${p.panelKey}`}
          user={p}
          connector={p.inbound ? `${p.connectorName} #${p.inbound}` : p.connectorName}
          named={panels.length > 1}
        />
      ))}
    </div>
  );
}
