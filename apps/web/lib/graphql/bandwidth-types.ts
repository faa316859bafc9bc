/** Types of the bandwidth API (routers, speed profiles, limits, live sessions), beside the rest in types.ts. */
import type { Bytes, DateTime } from './types';

export type RouterStatus = 'UNKNOWN' | 'ONLINE' | 'OFFLINE';

/** A MikroTik router the API talks to (its password never leaves the API). */
/** What agents read of a router. */
export interface RouterSummary {
  id: string;
  name: string;
  status: RouterStatus;
  lastContactAt: DateTime | null;
  /** When an OFFLINE router is tried again. */
  nextAttemptAt: DateTime | null;
  createdAt: DateTime;
}

/** A router as admins see it; the connection details are ADMIN only (absent for agents). */
export interface Router extends RouterSummary {
  host?: string;
  port?: number;
  tls?: boolean;
  username?: string;
  lastError?: string | null;
  /** /system/identity name, from the last successful contact. */
  identity?: string | null;
  /** RouterOS version, e.g. "7.18.2 (stable)". */
  version?: string | null;
  latencyMs?: number | null;
  /** The traffic source (server) the router's usage is counted under. */
  serverId?: string;
}

export interface RouterTestResult {
  ok: boolean;
  identity: string | null;
  version: string | null;
  latencyMs: number | null;
  error: string | null;
  router: Router;
}

export interface CreateRouterInput {
  name: string;
  host: string;
  port?: number | null;
  username: string;
  password: string;
  tls?: boolean;
}

/** Omitted fields are unchanged; no password = keep the stored one. */
export type UpdateRouterInput = Partial<CreateRouterInput>;

/**
 * PENDING not tried yet · APPLIED the queue on the router matches · WAITING no hotspot session for
 * that MAC now · INACTIVE the user is suspended/limited/expired/disabled · FAILED the router refused or is down.
 */
export type BandwidthState = 'PENDING' | 'APPLIED' | 'WAITING' | 'INACTIVE' | 'FAILED';

export interface SpeedProfile {
  id: string;
  name: string;
  /** RouterOS form: "512K", "1M". */
  up: string;
  down: string;
  upBps: number;
  downBps: number;
  price: number | null;
  /** e.g. "1h", "2d", "30m". */
  validity: string | null;
}

export interface SpeedProfileInput {
  name: string;
  up: string;
  down: string;
  price?: number | null;
  validity?: string | null;
}

export interface BandwidthAssignment {
  id: string;
  routerId: string;
  routerName: string;
  macAddress: string;
  userId: string | null;
  username: string | null;
  profileId: string | null;
  profileName: string | null;
  up: string;
  down: string;
  upBps: number;
  downBps: number;
  queueName: string;
  state: BandwidthState;
  lastError: string | null;
  attempts: number;
  nextAttemptAt: DateTime | null;
  appliedAt: DateTime | null;
  updatedAt: DateTime;
}

/** Exactly one of userId | macAddress; profileId or up + down. */
export interface BandwidthLimitInput {
  routerId: string;
  userId?: string;
  macAddress?: string;
  profileId?: string;
  up?: string;
  down?: string;
}

export interface BandwidthTargetInput {
  routerId: string;
  userId?: string;
  macAddress?: string;
}

/** One hotspot user online on a router, with its counters and its limit (if any). */
export interface ActiveSession {
  id: string;
  /** The hotspot login name. */
  user: string;
  /** Our user, when the MAC or login matches one. */
  userId: string | null;
  username: string | null;
  macAddress: string;
  address: string;
  uptimeSeconds: number;
  /** Client upload / download since login. */
  uploadBytes: Bytes;
  downloadBytes: Bytes;
  /** Bits per second now. */
  uploadRate: number;
  downloadRate: number;
  queueName: string | null;
  limitUp: string | null;
  limitDown: string | null;
  assignmentId: string | null;
  state: BandwidthState | null;
  /** Its user is over its line and held to the throttle speed (instead of being cut off). */
  throttled: boolean;
}

/** HOTSPOT (`/ip/hotspot/user`) or PPP (`/ppp/secret`). */
export type RouterLoginKind = 'HOTSPOT' | 'PPP';

/**
 * One of our users' logins on a router. `held` = WE disabled it (cut off: login disabled, session
 * kicked) because the user is over its line; only a held login is ever re-enabled by the API.
 */
export interface RouterLogin {
  id: string;
  routerId: string;
  routerName: string;
  kind: RouterLoginKind;
  /** The login name on the router. */
  name: string;
  userId: string;
  username: string;
  /** The user's status (why it is held: SUSPENDED, LIMITED, EXPIRED, DISABLED). */
  userStatus: string;
  /** Over its line and kept online at the throttle speed instead. */
  throttled: boolean;
  held: boolean;
  /** Created (and kept) by the portal, not only found on the router. */
  managed: boolean;
  /** PENDING / PRESENT / MISSING / FAILED: what the last pass over the router found or did. */
  state: string;
  lastError: string | null;
  /** Vouchers: the batch that made it. */
  batchId: string | null;
  /** When its state on the router last changed: for a held login, since when it is cut off. */
  updatedAt: string;
}
