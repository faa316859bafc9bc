/**
 * Which client API a 3x-ui panel speaks, told by the version its `server/status` reports. `panelVersion`
 * is there from v3.1.0 on, the release that moved client operations from the inbound controller
 * (`inbounds/updateClient/:clientId`, `inbounds/:id/delClient/:clientId`, …) to `clients/*` keyed by
 * email; v2.x and v3.0.x don't send it. A dev build reports `dev+<commit>`: counted as the newest.
 */
export interface XuiApiLevel {
  /** As the panel reports it; '' before v3.1.0. */
  version: string;
  /** False when `server/status` had nothing yet (its snapshot is taken by a job, so right after a panel start obj is null): read again next time. */
  known: boolean;
  /** v3.1.0: `panel/api/clients/*`, the inbound-scoped client routes gone. */
  clientsApi: boolean;
  /** v3.2.0: `clients/bulkResetTraffic`. */
  bulkReset: boolean;
  /** v3.5.0: `clients/bulkEnable` / `clients/bulkDisable`, which change `enable` and nothing else. */
  bulkEnable: boolean;
}

/** Is `version` (dotted numbers, an optional leading v) at least `min`? Anything else non-empty is a dev build: yes. */
function atLeast(version: string, min: string): boolean {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return true;
  const have = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  const want = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i] > want[i];
  return true;
}

/** From `server/status`'s obj. */
export function apiLevelOf(status: unknown): XuiApiLevel {
  const known = !!status && typeof status === 'object';
  const reported = known ? (status as Record<string, unknown>).panelVersion : undefined;
  const version = typeof reported === 'string' ? reported.trim() : '';
  if (!version) return { version: '', known, clientsApi: false, bulkReset: false, bulkEnable: false };
  return { version, known, clientsApi: atLeast(version, '3.1.0'), bulkReset: atLeast(version, '3.2.0'), bulkEnable: atLeast(version, '3.5.0') };
}
