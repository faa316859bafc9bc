/** Usage alerts: what kind they are and how far their delivery got (thresholds: ../alert-levels). */

export const AlertKind = { USER: 'USER', AGENT: 'AGENT' } as const;
export type AlertKind = (typeof AlertKind)[keyof typeof AlertKind];

export const AlertDelivery = { NONE: 'NONE', PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type AlertDelivery = (typeof AlertDelivery)[keyof typeof AlertDelivery];
