/** Error codes carried in GraphQL `extensions.code` (API.md). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  CONFLICT: 'CONFLICT',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const Role = { ADMIN: 'ADMIN', AGENT: 'AGENT' } as const;
export type Role = (typeof Role)[keyof typeof Role];

export const AccountStatus = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

export const UserStatus = {
  ACTIVE: 'ACTIVE',
  DISABLED: 'DISABLED',
  LIMITED: 'LIMITED',
  EXPIRED: 'EXPIRED',
  SUSPENDED: 'SUSPENDED',
} as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

/** Statuses an operator may set by hand; the rest are set by enforcement. */
export const MANUAL_USER_STATUSES: readonly UserStatus[] = [UserStatus.ACTIVE, UserStatus.DISABLED];

export const QuotaMode = { USAGE: 'USAGE', ALLOCATION: 'ALLOCATION' } as const;
export type QuotaMode = (typeof QuotaMode)[keyof typeof QuotaMode];

/** What a reset covers: one user, the users of one server, one agent's charged usage, everything; DEPLETED = the cleanup. */
export const ResetScope = { USER: 'USER', SERVER: 'SERVER', AGENT: 'AGENT', ALL: 'ALL', DEPLETED: 'DEPLETED' } as const;
export type ResetScope = (typeof ResetScope)[keyof typeof ResetScope];

export const ResetTrigger = { MANUAL: 'MANUAL', SCHEDULED: 'SCHEDULED', BILLING: 'BILLING' } as const;
export type ResetTrigger = (typeof ResetTrigger)[keyof typeof ResetTrigger];

/** A user's or an agent's reset cycle. MONTH = the 1st; BILLING_MONTH = the billing day, clamped to the month's end. */
export const ResetStrategy = { NONE: 'NONE', DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', BILLING_MONTH: 'BILLING_MONTH', YEAR: 'YEAR' } as const;
export type ResetStrategy = (typeof ResetStrategy)[keyof typeof ResetStrategy];

/** What `resetAllTraffic` needs as `confirm`, exactly. */
export const RESET_ALL_PHRASE = 'RESET ALL';

/**
 * What happens to a user over its line (its own data limit, or its agent's limit): SUSPEND cuts it off
 * (the router disables its login and kicks its session), THROTTLE keeps it online at a throttle speed
 * profile ("unlimited after quota at low speed").
 */
export const OverLimitAction = { SUSPEND: 'SUSPEND', THROTTLE: 'THROTTLE' } as const;
export type OverLimitAction = (typeof OverLimitAction)[keyof typeof OverLimitAction];

/** A login on a router: a hotspot user (`/ip/hotspot/user`) or a PPP secret (`/ppp/secret`). */
export const RouterLoginKind = { HOTSPOT: 'HOTSPOT', PPP: 'PPP' } as const;
export type RouterLoginKind = (typeof RouterLoginKind)[keyof typeof RouterLoginKind];

/** A VPN panel we log into and poll (I1/I2): Marzban, PasarGuard (Marzban's successor) or 3x-ui. */
export const ConnectorKind = { MARZBAN: 'MARZBAN', PASARGUARD: 'PASARGUARD', XUI: 'XUI' } as const;
export type ConnectorKind = (typeof ConnectorKind)[keyof typeof ConnectorKind];

/** UNKNOWN until the first poll; OFFLINE can't be reached (retried with backoff); FAILED the panel refused us (its message in lastError). */
export const ConnectorStatus = { UNKNOWN: 'UNKNOWN', ONLINE: 'ONLINE', OFFLINE: 'OFFLINE', FAILED: 'FAILED' } as const;
export type ConnectorStatus = (typeof ConnectorStatus)[keyof typeof ConnectorStatus];
