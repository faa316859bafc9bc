import type { HttpSim } from './http-sim';

export type PanelKind = 'MARZBAN' | 'PASARGUARD' | 'XUI';

/** A user (Marzban, PasarGuard) or client (3x-ui) as a test or the demo adds it. Bytes as numbers. */
export interface SimUserSpec {
  /** Marzban/PasarGuard username; 3x-ui client email. */
  key: string;
  /** 3x-ui: the inbound id the client lives in (created on demand); ignored by the others. */
  inbound?: number;
  /** 3x-ui: the protocol of an inbound created on demand (vless when absent); ignored by the others. */
  protocol?: string;
  /** Bytes; 0 or absent = unlimited. */
  dataLimit?: number;
  expiresAt?: Date | null;
  /** Default true. */
  enabled?: boolean;
}

/** A user as the simulator holds it (what the panel's own database would say). */
export interface SimUserState {
  key: string;
  inbound: number | null;
  /** Enabled in the panel (Marzban status active/on_hold; 3x-ui client `enable`). */
  enabled: boolean;
  /** The panel's own status word (Marzban: active, disabled, limited, expired, on_hold; 3x-ui: enabled, disabled, depleted). */
  status: string;
  /** Cumulative since the last reset, as the panel reports them (Marzban: up = 0, down = used). */
  up: number;
  down: number;
  /** Current-period used bytes (Marzban used_traffic; 3x-ui up + down). */
  used: number;
  /** Bytes ever moved, resets included (what the simulator counted, for tests to compare against). */
  moved: number;
  dataLimit: number;
  expiresAt: string | null;
}

/** What every panel simulator lets a test or the demo do, besides speaking the panel's API. */
export interface PanelSimulator {
  readonly kind: PanelKind;
  readonly http: HttpSim;
  /** The base URL a connector is configured with (3x-ui: with its base path). */
  readonly url: string;
  start(): Promise<void>;
  /** Down: the port refuses until start() again (same port). */
  stop(): Promise<void>;
  addUser(spec: SimUserSpec): void;
  /** Deleted behind our back. */
  removeUser(key: string): void;
  /** Traffic moved by the user; the panel's counters (and its limit/expiry rules) follow. */
  addTraffic(key: string, up: number, down: number): void;
  /** A reset made in the panel, not by us. */
  resetUser(key: string): void;
  /** An operator enabling/disabling the user by hand in the panel. */
  setEnabled(key: string, enabled: boolean): void;
  user(key: string): SimUserState | undefined;
  users(): SimUserState[];
  /** Every token / session cookie the panel issued stops working (the next call must log in again). */
  expireSessions(): void;
}
