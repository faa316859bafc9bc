const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION =
  /^(\d+(?:\.\d+)?)\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?$/i;

function unitOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (w.startsWith('ms') || w.startsWith('milli')) return UNITS.ms;
  return UNITS[w[0]];
}

/**
 * Milliseconds from "200 ms", "200", "0.5 seconds", "5 seconds", "10 minutes", "1 hour", "2 days".
 * Agenda's own parser (human-interval) reads "200 ms" as NaN and "200 milliseconds" as 200 000,
 * and processEvery then silently falls back to 5 seconds; this one throws instead.
 */
export function parseDuration(text: string): number {
  const m = DURATION.exec(text.trim());
  const value = m ? Number(m[1]) * unitOf(m[2]) : NaN;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`not a duration: "${text}"`);
  return Math.round(value);
}

/**
 * For `every`: cron expressions and words Agenda reads right ("5 minutes") stay text, so the System
 * page shows them as written; other durations ("200 ms", "5 min") become milliseconds.
 */
export function normalizeInterval(interval: string): string | number {
  const m = DURATION.exec(interval.trim());
  if (!m) return interval;
  return m[2] && /^(seconds?|minutes?|hours?|days?)$/i.test(m[2]) ? interval.trim() : parseDuration(interval);
}
