/**
 * What changed between the 3x-ui releases this simulator models, so a simulator built with
 * `version: '3.6.0'` behaves like that release. Each flag names the tag that brought it (read in the
 * panel's own source at that tag).
 */
export interface XuiFeatures {
  /**
   * v3.1.0: client operations moved to `/panel/api/clients/*`, keyed by email (web/controller/client.go);
   * the inbound-scoped client routes are gone; inbounds write settings/streamSettings/sniffing as nested
   * JSON; client_traffics lost `allTime`; `server/status` reports `panelVersion`; an inbound may lose its
   * last client; some English texts changed.
   */
  clientsApi: boolean;
  /** v3.2.0: `clients/bulkResetTraffic`. */
  bulkResetTraffic: boolean;
  /** v3.2.0: deleting an email that has no client record looks for it in the inbounds, and says so when it is nowhere. */
  deleteLooksInInbounds: boolean;
  /** v3.3.0: `inbounds/get/:id` preloads clientStats. */
  detailStats: boolean;
  /** v3.3.0: a client update drops `flow` where the inbound can't carry it (only VLESS over TCP with TLS or REALITY can). */
  flowNeedsTls: boolean;
  /** v3.4.0: a client update keeps the stored uuid/password/auth when the body omits them (before, new ones were made). */
  keepsCredentials: boolean;
  /** v3.4.0: resetting a disabled client's traffic enables it again (ResetTrafficByEmail, BulkResetTraffic). */
  resetEnables: boolean;
  /** v3.4.0: a client attached to several inbounds shows its one counters row in each inbound's clientStats. */
  sharedStats: boolean;
  /** v3.4.0: `clients/get/:email` adds externalLinks and usedTraffic. */
  clientDetail: boolean;
  /** v3.5.0: `clients/bulkEnable` and `clients/bulkDisable`, which change nothing but `enable`. */
  bulkEnable: boolean;
}

/** Compares dotted versions numerically ('3.10.0' > '3.9.1'); a non-numeric one (a dev build) counts as newest. */
export function atLeast(version: string, min: string): boolean {
  const parse = (v: string) => (/^v?\d+(\.\d+)*$/.test(v) ? v.replace(/^v/, '').split('.').map(Number) : null);
  const have = parse(version);
  const want = parse(min)!;
  if (!have) return true;
  for (let i = 0; i < want.length; i++) {
    const d = (have[i] ?? 0) - want[i];
    if (d !== 0) return d > 0;
  }
  return true;
}

export function featuresOf(major: 2 | 3, version: string): XuiFeatures {
  const since = (min: string) => major === 3 && atLeast(version, min);
  return {
    clientsApi: since('3.1.0'),
    bulkResetTraffic: since('3.2.0'),
    deleteLooksInInbounds: since('3.2.0'),
    detailStats: since('3.3.0'),
    flowNeedsTls: since('3.3.0'),
    keepsCredentials: since('3.4.0'),
    resetEnables: since('3.4.0'),
    sharedStats: since('3.4.0'),
    clientDetail: since('3.4.0'),
    bulkEnable: since('3.5.0'),
  };
}
