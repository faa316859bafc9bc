import type { ActiveSession, BandwidthAssignment, BandwidthTargetInput, Router } from '@/lib/graphql/models';

/** Whose speed a dialog changes: a device (MAC) on a router, and the portal user when known. */
export interface LimitTarget {
  routerId: string;
  routerName: string;
  macAddress: string;
  userId: string | null;
  /** Who it is, for titles: the username or the hotspot login. */
  label: string;
  /** The limit it has now, if any. */
  current: { up: string; down: string; profileId: string | null } | null;
}

export function targetOfSession(router: Router, s: ActiveSession, assignments: BandwidthAssignment[]): LimitTarget {
  const a = s.assignmentId ? assignments.find((x) => x.id === s.assignmentId) : undefined;
  return {
    routerId: router.id,
    routerName: router.name,
    macAddress: s.macAddress,
    userId: s.userId,
    label: s.username ?? s.user,
    current: a ? { up: a.up, down: a.down, profileId: a.profileId } : s.limitUp && s.limitDown && s.assignmentId ? { up: s.limitUp, down: s.limitDown, profileId: null } : null,
  };
}

export function targetOfAssignment(a: BandwidthAssignment): LimitTarget {
  return {
    routerId: a.routerId,
    routerName: a.routerName,
    macAddress: a.macAddress,
    userId: a.userId,
    label: a.username ?? a.macAddress,
    current: { up: a.up, down: a.down, profileId: a.profileId },
  };
}

/**
 * How the API is told whose limit it is: admins by MAC (the queue is per device); agents by their
 * user when known, since the API checks ownership through the user.
 */
export function targetInput(t: LimitTarget, isAdmin: boolean): BandwidthTargetInput {
  if (!isAdmin && t.userId) return { routerId: t.routerId, userId: t.userId };
  return { routerId: t.routerId, macAddress: t.macAddress };
}
