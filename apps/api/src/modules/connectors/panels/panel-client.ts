/**
 * What the connectors module needs from a panel, whatever its kind. One implementation per panel
 * (marzban.client.ts covers Marzban and PasarGuard, xui.client.ts covers 3x-ui v2 and v3), each
 * speaking the panel's real HTTP API with Node's fetch. Clients hold their session (token, cookie,
 * CSRF token) and log in again once when it has expired; they know nothing of our database.
 */
export type ConnectorKind = 'MARZBAN' | 'PASARGUARD' | 'XUI';

export interface PanelCredentials {
  username: string | null;
  password: string | null;
  /** 3x-ui two-factor: the TOTP secret (base32) the panel shows; the client derives the current code. */
  totpSecret: string | null;
  /** Bearer API token where the panel has them (3x-ui v3); used instead of username/password when set. */
  apiToken: string | null;
}

export interface PanelConfig {
  kind: ConnectorKind;
  /** Scheme, host, port and (3x-ui) the web base path, without a trailing slash. */
  baseUrl: string;
  credentials: PanelCredentials;
  /** Per request; default 15 s. */
  timeoutMs?: number;
}

export interface PanelInfo {
  /** The panel's version string as it reports it ('' when it reports none). */
  version: string;
  userCount: number;
}

/** One user's (Marzban) or client's (3x-ui) counters and state as the panel reports them at a poll. */
export interface PanelUsage {
  /** Marzban/PasarGuard username; 3x-ui client email. Our users are matched on it. */
  key: string;
  /** 3x-ui inbound id as a string; '' for Marzban/PasarGuard. */
  inbound: string;
  /** 3x-ui inbound remark (our server is named after it); '' otherwise. */
  inboundName: string;
  /** 3x-ui inbound protocol (vless, vmess, trojan, shadowsocks…); '' for Marzban/PasarGuard. Becomes the samples' protocol. */
  protocol: string;
  /**
   * The cumulative counter we count from, client upload and download. Where the panel keeps a
   * counter that survives its own resets (Marzban `lifetime_used_traffic`) it is that one. Marzban
   * counts up and down together: up = 0, down = the total.
   */
  up: bigint;
  down: bigint;
  /** True when up/down survive a reset in the panel (a lifetime counter). */
  lifetime: boolean;
  /** The panel's current-period used bytes (what its own data limit is checked against). */
  used: bigint;
  /** Enabled in the panel: Marzban status active / on_hold; 3x-ui client `enable`. */
  enabled: boolean;
  /** The panel's status word, as it says it (active, disabled, limited, expired, on_hold; 3x-ui: enabled / disabled / depleted / expired). */
  status: string;
  /** Bytes; null = unlimited. */
  dataLimit: bigint | null;
  expiresAt: Date | null;
}

/** Which user a push is for. */
export interface PanelUserRef {
  key: string;
  inbound: string;
}

/** The panel's answer to a push, kept in the connector log / reset audit. */
export interface PanelAnswer {
  status: number;
  message: string;
}

/**
 * AUTH: credentials refused (status FAILED, with the panel's own message).
 * UNREACHABLE: connection refused, timeout, proxy 502/503/504 (status OFFLINE, retried with backoff).
 * REFUSED: the panel answered the call with an error (user not found, bad request): the operation failed.
 * PROTOCOL: the answer is not what this panel kind sends (wrong kind or base URL).
 */
export type PanelErrorKind = 'AUTH' | 'UNREACHABLE' | 'REFUSED' | 'PROTOCOL';

export class PanelError extends Error {
  constructor(
    readonly kind: PanelErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'PanelError';
  }
}

export interface PanelClient {
  readonly kind: ConnectorKind;
  /** Logs in if needed and reads version and user count. */
  info(): Promise<PanelInfo>;
  /** Every user/client with its counters (all pages). */
  listUsage(): Promise<PanelUsage[]>;
  /** Marzban/PasarGuard: status active/disabled. 3x-ui: the client's `enable`, sent back whole via updateClient. */
  setEnabled(user: PanelUserRef, enabled: boolean): Promise<PanelAnswer>;
  /** The user's traffic counters back to zero in the panel. */
  resetUsage(user: PanelUserRef): Promise<PanelAnswer>;
  /**
   * Every user's counters: 3x-ui one inbound's clients (`resetAllClientTraffics/:id`), or every inbound's when
   * `inbound` is ''; Marzban/PasarGuard: all users (`inbound` must be '').
   */
  resetAll(inbound: string): Promise<PanelAnswer>;
  deleteUser(user: PanelUserRef): Promise<PanelAnswer>;
}
