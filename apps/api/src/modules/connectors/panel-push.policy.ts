/** A panel user as the push step sees it after a poll. */
export interface PanelUserState {
  key: string;
  inbound: string;
  /** Enabled in the panel now. */
  enabled: boolean;
  /** We disabled it (and it has not been enabled since). */
  held: boolean;
  /** Our user of that name now, and whether it may be online; null: none. */
  ours: { userId: number; online: boolean } | null;
  /** It was one of ours and that user has since been deleted. */
  gone: boolean;
}

export interface PanelPush {
  kind: 'disable' | 'enable';
  key: string;
  inbound: string;
  userId: number | null;
}

export interface PushPlan {
  pushes: PanelPush[];
  /** Held users someone enabled while they may be online again: no push, the hold just ends. */
  released: { key: string; inbound: string }[];
}

/**
 * The panel made to match our decisions, as desired state: a user of ours who may not be online is
 * disabled and held; back online, only a user WE hold is enabled again, so one an operator disabled by
 * hand stays so. Someone enabling a held user while it may not be online is undone on the next poll. A
 * user of ours that was deleted is disabled too (its service ends with it); panel users that were never
 * ours are never touched. A panel that already matches gets no push.
 */
export function planPanelPushes(users: PanelUserState[]): PushPlan {
  const pushes: PanelPush[] = [];
  const released: PushPlan['released'] = [];
  for (const u of users) {
    const ref = { key: u.key, inbound: u.inbound };
    if (u.ours?.online) {
      if (u.held && !u.enabled) pushes.push({ kind: 'enable', ...ref, userId: u.ours.userId });
      else if (u.held) released.push(ref);
      continue;
    }
    const mustBeOff = u.ours !== null || u.gone || u.held;
    if (mustBeOff && u.enabled) pushes.push({ kind: 'disable', ...ref, userId: u.ours?.userId ?? null });
  }
  return { pushes, released };
}
