import type { UserCounts } from './graphql/models';

/** The `UserCounts` fragment the dashboards select. */
export type UserCountsData = UserCounts;

export interface StatusCount {
  status: 'ACTIVE' | 'DISABLED' | 'LIMITED' | 'EXPIRED' | 'SUSPENDED';
  count: number;
}

export function statusCounts(d: UserCountsData): StatusCount[] {
  return [
    { status: 'ACTIVE', count: d.active.totalCount },
    { status: 'LIMITED', count: d.limited.totalCount },
    { status: 'EXPIRED', count: d.expired.totalCount },
    { status: 'SUSPENDED', count: d.suspended.totalCount },
    { status: 'DISABLED', count: d.disabled.totalCount },
  ];
}
