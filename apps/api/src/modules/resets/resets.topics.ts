import type { PanelPushView } from './resets.ports';

/** Subscription contract of the resets module. */
export const RESET_PERFORMED = 'resets.performed';

/** A reset event as JSON (bytes as decimal strings), for pub/sub across instances. */
export interface SerializedResetEvent {
  id: number;
  scope: string;
  targetId: number | null;
  targetLabel: string | null;
  agentId: number | null;
  actorKind: string;
  actorId: number | null;
  actorLabel: string | null;
  reason: string | null;
  trigger: string;
  ok: boolean;
  error: string | null;
  affectedUsers: number;
  bytesCleared: string;
  scheduleId: number | null;
  reportId: number | null;
  at: string;
  /** Changes pushed to panels, with their answers. */
  panelPushes: PanelPushView[];
}
