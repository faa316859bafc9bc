'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from '@/lib/graphql/client';
import { CONNECTOR_DETAIL } from '@/lib/graphql/documents/connectors';
import { errorCode, errorMessage } from '@/lib/graphql/errors';
import type { ConnectorLogEntry, PanelUser } from './types';

/** Rows read per list: a panel's users past this are reached with the search. */
export const PANEL_USERS_SHOWN = 200;
export const LOG_SHOWN = 50;
/** Polls move these on the API's schedule (and a status change pushes at once): re-read this often while the page is visible. */
export const DETAIL_POLL_MS = 3000;

export interface ConnectorDetailState {
  /** null until the first answer. */
  users: PanelUser[] | null;
  unmapped: PanelUser[] | null;
  log: ConnectorLogEntry[] | null;
  error: { code: string; message: string } | null;
  /** A search is being answered. */
  searching: boolean;
  refresh: () => void;
}

/** One connector's users (searchable), the ones that are none of ours, and its push log, kept current. `bump` re-reads at once whenever it changes. */
export function useConnectorDetail(connectorId: string, search: string, bump: string | number): ConnectorDetailState {
  const [data, setData] = useState<{ users: PanelUser[]; unmapped: PanelUser[]; log: ConnectorLogEntry[]; search: string } | null>(null);
  const [error, setError] = useState<ConnectorDetailState['error']>(null);
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    gql(CONNECTOR_DETAIL, { connectorId, search: search || null, first: PANEL_USERS_SHOWN, logFirst: LOG_SHOWN })
      .then((d) => {
        if (ticket !== latest.current) return;
        setData({ users: d.panelUsers, unmapped: d.unmapped, log: d.connectorLog, search });
        setError(null);
      })
      .catch((err: unknown) => {
        if (ticket === latest.current) setError({ code: errorCode(err), message: errorMessage(err) });
      });
  }, [connectorId, search]);

  useEffect(() => {
    load();
    const t = setInterval(() => document.visibilityState === 'visible' && load(), DETAIL_POLL_MS);
    return () => clearInterval(t);
  }, [load, bump]);

  return {
    users: data?.users ?? null,
    unmapped: data?.unmapped ?? null,
    log: data?.log ?? null,
    error,
    searching: data !== null && data.search !== search,
    refresh: load,
  };
}
