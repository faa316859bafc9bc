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
