/** Types of the resets API (resets, cycles, schedules, reports), beside the rest in types.ts. */
import type { Bytes, DateTime, PageInfo } from './types';

export type ResetScope = 'USER' | 'SERVER' | 'AGENT' | 'ALL' | 'DEPLETED';
export type ResetTrigger = 'MANUAL' | 'SCHEDULED' | 'BILLING';
/** MONTH = calendar month (the 1st); BILLING_MONTH = on billingDay, clamped to the month's end. */
export type ResetStrategy = 'NONE' | 'DAY' | 'WEEK' | 'MONTH' | 'BILLING_MONTH' | 'YEAR';
export type ResetActorKind = 'ACCOUNT' | 'API_KEY' | 'SCHEDULE' | 'SYSTEM';

/** One reset, as audited (`resetEvents`, `resetPerformed`, and every reset mutation). */
export interface ResetEvent {
  id: string;
  /** A ResetScope value. */
  scope: ResetScope | string;
  /** User / server / agent id; null for ALL and for DEPLETED everywhere. */
  targetId: string | null;
  /** The target's name at the time of the reset. */
  targetLabel: string | null;
  actorId: string | null;
  actorKind: ResetActorKind | string;
  /** Account username, schedule name, "billing cycle", "cli". */
  actorLabel: string | null;
  reason: string | null;
  trigger: ResetTrigger | string;
  ok: boolean;
  error: string | null;
  /** Users reset (DEPLETED: users deleted). */
  affectedUsers: number;
  bytesCleared: Bytes;
  reportId: string | null;
  scheduleId: string | null;
  at: DateTime;
}

export interface SnapshotCounter {
  id: string;
  label: string;
  up: Bytes;
  down: Bytes;
}

export interface SnapshotUserServer {
  userId: string;
  serverId: string;
  /** "alice @ vpn-1" */
  label: string;
  up: Bytes;
  down: Bytes;
}

export interface SnapshotAgent {
  id: string;
  label: string;
  charged: Bytes;
}

/** The before-values of every counter a reset zeroed (lists cut at `first` each; `counts` are full). */
export interface ResetSnapshot {
  users?: SnapshotCounter[];
  userServers?: SnapshotUserServer[];
  servers?: SnapshotCounter[];
  agents?: SnapshotAgent[];
  system?: { up: Bytes; down: Bytes } | null;
  counts?: { users?: number; userServers?: number; servers?: number; agents?: number };
  truncated?: boolean;
}

export interface ResetEventConnection {
  nodes: ResetEvent[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface ResetEventFilter {
  scope?: ResetScope;
  trigger?: ResetTrigger;
  ok?: boolean;
  agentId?: string;
  userId?: string;
}

export interface ResetSchedule {
  id: string;
  name: string;
  scope: ResetScope;
  targetId: string | null;
  targetLabel: string | null;
  /** 5-field cron, e.g. "0 3 1 * *". */
  cron: string;
  /** IANA zone the cron is read in. */
  timeZone: string;
  enabled: boolean;
  reason: string | null;
  /** null when disabled. */
  nextRunAt: DateTime | null;
  lastRunAt: DateTime | null;
  lastEventId: string | null;
  lastOk: boolean | null;
  nextRuns: DateTime[];
  createdAt: DateTime;
}

export interface ResetScheduleInput {
  name: string;
  scope: ResetScope;
  targetId?: string | null;
  cron: string;
  timeZone?: string;
  enabled?: boolean;
  reason?: string | null;
}

export type ResetSchedulePatch = Partial<Pick<ResetScheduleInput, 'name' | 'cron' | 'timeZone' | 'enabled' | 'reason' | 'targetId'>>;

/** Counters as they stood before a (scheduled) reset, downloadable as CSV / JSON. */
export interface TrafficReport {
  id: string;
  createdAt: DateTime;
  trigger: ResetTrigger | string;
  scope: ResetScope | string;
  targetId: string | null;
  targetLabel: string | null;
  resetEventId: string | null;
  scheduleId: string | null;
  users: number;
  agents: number;
  servers: number;
  up: Bytes;
  down: Bytes;
  lifetime: Bytes;
  /** API paths ("/api/v1/reports/<id>.csv"); they need the API token, so the portal proxies them. */
  csvUrl: string;
  jsonUrl: string;
}

export interface TrafficReportConnection {
  nodes: TrafficReport[];
  totalCount: number;
  pageInfo: PageInfo;
}
