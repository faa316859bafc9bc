import type { PanelCursor } from './panel-counter.policy';
import { PanelUserEntity } from './panel-user.entity';
import type { PanelUsage } from './panels';

export const PANEL_USER_KEYS = ['connector_id', 'inbound', 'panel_key'];
export const PANEL_USER_SETS = [
  'user_id', 'up_bytes', 'down_bytes', 'segment', 'read_at', 'lifetime', 'reset_pending',
  'present', 'enabled', 'panel_status', 'held', 'data_limit', 'expires_at', 'protocol',
];

export const rowKey = (inbound: string, key: string): string => `${inbound}\n${key}`;

/** A panel user's row after a poll read it: the panel's word on it, the new cursor, our own marks (held, pending reset) kept. */
export function panelUserRow(connectorId: number, u: PanelUsage, cursor: PanelCursor, at: Date, userId: number | null, prev: PanelUserEntity | null): PanelUserEntity {
  return Object.assign(new PanelUserEntity(), {
    connectorId,
    inbound: u.inbound,
    panelKey: u.key,
    userId,
    upBytes: cursor.up,
    downBytes: cursor.down,
    segment: cursor.segment,
    readAt: at,
    lifetime: u.lifetime,
    resetPending: prev?.resetPending ?? false,
    present: true,
    enabled: u.enabled,
    panelStatus: u.status.slice(0, 16),
    held: prev?.held ?? false,
    dataLimit: u.dataLimit,
    expiresAt: u.expiresAt,
    protocol: u.protocol.slice(0, 32),
  });
}
