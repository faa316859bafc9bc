/** Subscription contract of the alerts module. */
export const ALERT_RAISED = 'alerts.raised';

/** An alert as JSON (bytes as decimal strings), for pub/sub across instances and the outgoing webhook. */
export interface SerializedAlert {
  id: number;
  kind: string;
  subjectId: number;
  subjectName: string;
  agentId: number | null;
  threshold: number;
  used: string;
  limit: string;
  percent: number;
  at: string;
  acknowledgedAt: string | null;
  delivery: string;
  /** At 100 %: SUSPEND (cut off) or THROTTLE; null below. */
  overLimitAction: string | null;
}
