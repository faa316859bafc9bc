const DAY_MS = 86_400_000;

/** Raw samples before this time are past retention; null when retention is 0 (keep forever). Pure. */
export const retentionCutoff = (days: number, now: Date): Date | null => (days > 0 ? new Date(now.getTime() - days * DAY_MS) : null);
