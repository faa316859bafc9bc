export interface UserCountsData {
  total: { totalCount: number };
  active: { totalCount: number };
  disabled: { totalCount: number };
  limited: { totalCount: number };
  expired: { totalCount: number };
  suspended: { totalCount: number };
}

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
