/**
 * The shapes components pass around, derived from the generated operation and fragment types
 * (./generated, from apps/api/schema.graphql): nothing here is written by hand against the
 * schema, so a schema change shows up as a type error where the portal uses it.
 */
import type * as G from './generated/graphql';

/* ---------- Enums and inputs, as the schema defines them ---------- */

export type {
  AlertDelivery,
  AlertFilter,
  AlertKind,
  BandwidthLimitInput,
  BandwidthState,
  BandwidthTargetInput,
  CreateAgentInput,
  CreateRouterInput,
  CreateUserInput,
  GenerateVouchersInput,
  OverLimitAction,
  ResetEventFilter,
  ResetScheduleInput,
  ResetSchedulePatch,
  ResetScope,
  ResetStrategy,
  ResetTrigger,
  RouterLoginKind,
  RouterStatus,
  ServerKind,
  ServerStatus,
  SettingsInput,
  SpeedProfileInput,
  UpdateAgentInput,
  UpdateRouterInput,
  UpdateSpeedProfileInput,
  UpdateUserInput,
  UsageBucket,
  UsageScope,
  UserChangeKind,
  UserFilter,
} from './generated/graphql';

/** The `DateTime` scalar: an ISO 8601 string at UTC. */
export type DateTime = string;
/** The `Bytes` scalar: a decimal string (64-bit); use BigInt for arithmetic. */
export type Bytes = string;

/* ---------- Accounts and agents ---------- */

export type Account = G.AccountFieldsFragment;
/** An agent's standing against its limit (`agentTraffic`, `agentsTraffic`, `checkAgent`). */
export type AgentTraffic = G.TrafficFieldsFragment;
/** An agent's over-limit choice, for the user forms and rows ("as agent"). */
export type AgentChoice = G.AgentChoiceFieldsFragment;
export type AuthPayload = G.LoginMutation['login'];
/** Counts of users by status (the dashboards). */
export type UserCounts = G.UserCountsFragment;

/* ---------- Users ---------- */

export type User = G.UserFieldsFragment;
export type UserConnection = G.UsersQuery['users'];
export type PageInfo = UserConnection['pageInfo'];
export type UserChange = G.UserChangedSubscription['userChanged'];
/** A status enforcement changed (`userStatusChanged`). */
export type UserStatusChange = G.UserStatusChangedSubscription['userStatusChanged'][number];
/** What the user picker shows of a user. */
export type UserSearchHit = G.UserSearchQuery['users']['nodes'][number];

/* ---------- Traffic and sources ---------- */

export type GlobalStats = G.GlobalStatsFieldsFragment;
export type UsagePoint = G.UsagePointFieldsFragment;
export type UsageUpdate = G.UsageUpdatedSubscription['usageUpdated'];
export type ServerUsage = G.UserUsageQuery['userUsage'][number];
export type DatabaseInfo = G.DatabaseInfoQuery['databaseInfo'];
export type CleanupResult = G.CleanupSamplesMutation['cleanupSamples'];
export type Server = G.ServerFieldsFragment;
export type ServerWithToken = G.CreateServerMutation['createServer'];

/* ---------- System ---------- */

export type Settings = G.SettingsFieldsFragment;
export type SystemInfo = G.SystemQuery['systemInfo'];
export type JobInfo = SystemInfo['jobs'][number];
export type ApiKey = G.ApiKeyFieldsFragment;
export type CreatedApiKey = G.CreateApiKeyMutation['createApiKey'];

/* ---------- Alerts ---------- */

export type Alert = G.AlertFieldsFragment;
export type AlertConnection = G.AlertsQuery['alerts'];

/* ---------- Resets ---------- */

export type ResetEvent = G.ResetEventFieldsFragment;
export type ResetEventConnection = G.ResetEventsQuery['resetEvents'];
export type ResetSchedule = G.ResetScheduleFieldsFragment;
export type TrafficReport = G.TrafficReportFieldsFragment;
export type TrafficReportConnection = G.TrafficReportsQuery['trafficReports'];
/** Targets for the schedule form. */
export type ResetTargets = G.ResetTargetsQuery;

/* ---------- Bandwidth ---------- */

/** What agents read of a router. */
export type RouterSummary = G.AgentRouterFieldsFragment;
/** A router as admins see it; the connection details are ADMIN only (absent for agents). */
export type Router = RouterSummary & Partial<Omit<G.RouterFieldsFragment, keyof RouterSummary>>;
export type RouterTestResult = G.TestRouterMutation['testRouter'];
export type SpeedProfile = G.SpeedProfileFieldsFragment;
export type BandwidthAssignment = G.AssignmentFieldsFragment;
/** One hotspot user online on a router, with its counters and its limit (if any). */
export type ActiveSession = G.SessionFieldsFragment;
/** One of our users' logins on a router; `held` = cut off by us. */
export type RouterLogin = G.RouterLoginFieldsFragment;

/* ---------- Vouchers ---------- */

export type Voucher = G.VoucherFieldsFragment;
export type VoucherBatch = G.VoucherBatchFieldsFragment;

/* ---------- JSON the schema leaves open ---------- */

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

/**
 * `ResetEvent.snapshot` (a `JSON` scalar): the before-values of every counter a reset zeroed
 * (lists cut at `first` each; `counts` are full).
 */
export interface ResetSnapshot {
  users?: SnapshotCounter[];
  userServers?: SnapshotUserServer[];
  servers?: SnapshotCounter[];
  agents?: SnapshotAgent[];
  system?: { up: Bytes; down: Bytes } | null;
  counts?: { users?: number; userServers?: number; servers?: number; agents?: number };
  truncated?: boolean;
}
