import cronstrue from 'cronstrue';
import { formatBytes } from '@tm/shared';
import type { ResetEvent, ResetEventFilter, ResetScope, ResetStrategy, ResetTrigger, UpdateUserInput } from './graphql/models';

/** The phrase `resetAllTraffic(confirm:)` needs, typed exactly. */
export const RESET_ALL_PHRASE = 'RESET ALL';
export const RESETS_PAGE_SIZE = 25;
export const REPORTS_PAGE_SIZE = 10;

export const RESET_SCOPES: ResetScope[] = ['USER', 'SERVER', 'AGENT', 'ALL', 'DEPLETED'];
export const RESET_TRIGGERS: ResetTrigger[] = ['MANUAL', 'SCHEDULED', 'BILLING'];
export const RESET_STRATEGIES: ResetStrategy[] = ['NONE', 'DAY', 'WEEK', 'MONTH', 'BILLING_MONTH', 'YEAR'];

const SCOPE_LABELS: Record<string, string> = {
  USER: 'User',
  SERVER: 'Server',
  AGENT: 'Agent',
  ALL: 'Everything',
  DEPLETED: 'Depleted users',
};

const TRIGGER_LABELS: Record<string, string> = { MANUAL: 'Manual', SCHEDULED: 'Scheduled', BILLING: 'Billing cycle' };

const ACTOR_KIND_LABELS: Record<string, string> = { ACCOUNT: 'Account', API_KEY: 'API key', SCHEDULE: 'Schedule', SYSTEM: 'System' };

const STRATEGY_LABELS: Record<string, string> = {
  NONE: 'None',
  DAY: 'Daily',
  WEEK: 'Weekly',
  MONTH: 'Calendar month (1st)',
  BILLING_MONTH: 'Billing month',
  YEAR: 'Yearly',
};

export const scopeLabel = (scope: string) => SCOPE_LABELS[scope] ?? scope;
export const triggerLabel = (trigger: string) => TRIGGER_LABELS[trigger] ?? trigger;
export const actorKindLabel = (kind: string) => ACTOR_KIND_LABELS[kind] ?? kind;
export const strategyLabel = (strategy: string) => STRATEGY_LABELS[strategy] ?? strategy;

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** A reset cycle in a few words: "Monthly on the 15th", "Weekly", "No cycle". */
export function cycleText(strategy: string, billingDay: number | null | undefined): string {
  switch (strategy) {
    case 'DAY':
      return 'Daily';
    case 'WEEK':
      return 'Weekly';
    case 'MONTH':
      return 'Monthly on the 1st';
    case 'BILLING_MONTH':
      return billingDay ? `Monthly on the ${ordinal(billingDay)}` : 'Billing month';
    case 'YEAR':
      return 'Yearly';
    case 'NONE':
      return 'No cycle';
    default:
      return strategy;
  }
}

/* ---------- The audit list's filters (?scope=&trigger=&outcome=) ---------- */

export interface ResetView {
  scope: ResetScope | null;
  trigger: ResetTrigger | null;
  outcome: 'ok' | 'failed' | null;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function resetViewFromParams(params: Record<string, string | string[] | undefined>): ResetView {
  const scope = one(params.scope);
  const trigger = one(params.trigger);
  const outcome = one(params.outcome);
  return {
    scope: scope && (RESET_SCOPES as string[]).includes(scope) ? (scope as ResetScope) : null,
    trigger: trigger && (RESET_TRIGGERS as string[]).includes(trigger) ? (trigger as ResetTrigger) : null,
    outcome: outcome === 'ok' || outcome === 'failed' ? outcome : null,
  };
}

export function resetFilterOf(view: ResetView): ResetEventFilter {
  const filter: ResetEventFilter = {};
  if (view.scope) filter.scope = view.scope;
  if (view.trigger) filter.trigger = view.trigger;
  if (view.outcome) filter.ok = view.outcome === 'ok';
  return filter;
}

/** Whether a live event belongs in the list under `view`. */
export function matchesResetView(e: ResetEvent, view: ResetView): boolean {
  if (view.scope && e.scope !== view.scope) return false;
  if (view.trigger && e.trigger !== view.trigger) return false;
  if (view.outcome && e.ok !== (view.outcome === 'ok')) return false;
  return true;
}

export function resetViewQuery(view: ResetView): string {
  const params = new URLSearchParams();
  if (view.scope) params.set('scope', view.scope);
  if (view.trigger) params.set('trigger', view.trigger);
  if (view.outcome) params.set('outcome', view.outcome);
  return params.toString();
}

/* ---------- Sentences ---------- */

const usersText = (n: number) => `${n} ${n === 1 ? 'user' : 'users'}`;

/** What a finished reset did, for the notice after it ("Reset alice: cleared 1.50 GB."). */
export function resetSummary(e: ResetEvent): string {
  if (!e.ok) return `The reset failed: ${e.error ?? 'unknown error'}. It is recorded in the audit log.`;
  const cleared = formatBytes(e.bytesCleared);
  const label = e.targetLabel ?? (e.targetId ? `#${e.targetId}` : null);
  switch (e.scope) {
    case 'USER':
      return `Reset ${label}: cleared ${cleared}.`;
    case 'SERVER':
      return `Reset ${label}: cleared ${cleared} from ${usersText(e.affectedUsers)}.`;
    case 'AGENT':
      return `Reset the charged usage of ${label}: cleared ${cleared}.`;
    case 'ALL':
      return `Reset everything: cleared ${cleared} from ${usersText(e.affectedUsers)}.`;
    case 'DEPLETED':
      return e.affectedUsers === 0
        ? `No depleted users${label ? ` on ${label}` : ''}: nothing was deleted.`
        : `Deleted ${usersText(e.affectedUsers)} past their data limit or expiry${label ? ` on ${label}` : ''}; their traffic stays counted.`;
    default:
      return `Reset done: cleared ${cleared}.`;
  }
}

/** The target column: what was reset. */
export function targetText(scope: string, targetLabel: string | null, targetId: string | null): string {
  if (scope === 'ALL') return 'Every user, server and agent';
  if (scope === 'DEPLETED') return targetLabel ? `On ${targetLabel}` : 'Everywhere';
  return targetLabel ?? (targetId ? `#${targetId}` : '—');
}

/* ---------- Cron and time zones ---------- */

/** A 5-field cron in words ("At 03:00, on day 1 of the month"), or null when cronstrue can't read it. */
export function describeCron(cron: string): string | null {
  const text = cron.trim();
  if (text.split(/\s+/).length !== 5) return null;
  try {
    return cronstrue.toString(text, { use24HourTimeFormat: true, throwExceptionOnParseError: true });
  } catch {
    return null;
  }
}

/** Whether the runtime knows this IANA zone. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone.trim() });
    return true;
  } catch {
    return false;
  }
}

/** IANA zones for a picker (the browser's list, UTC first). */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf?.('timeZone') ?? [];
  return list.includes('UTC') ? list : ['UTC', ...list];
}

const zoned = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(zone: string, time: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${time}`;
  let f = zoned.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        weekday: time ? 'short' : undefined,
        year: 'numeric',
        month: 'short',
        day: '2-digit',
        ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: '2-digit', ...(time ? { hour: '2-digit', minute: '2-digit' } : {}) });
    }
    zoned.set(key, f);
  }
  return f;
}

/** "Mon, 01 Dec 2025, 03:00" as a wall clock in `zone` reads it. */
export function formatInZone(iso: string | null | undefined, zone: string, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? empty : zonedFormat(zone, true).format(d);
}

/** "01 Dec 2025" in `zone` (a cycle boundary is local midnight there). */
export function formatDateInZone(iso: string | null | undefined, zone: string, empty = '—'): string {
  if (!iso) return empty;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? empty : zonedFormat(zone, false).format(d);
}

/* ---------- The reset cycle in user and agent forms ---------- */

export interface CycleInput {
  resetStrategy: ResetStrategy;
  billingDay: number | null;
  timeZone: string | null;
}

/** The reset-cycle fields, as the user and agent inputs (create and update) take them. */
export type CycleFields = Pick<UpdateUserInput, 'resetStrategy' | 'billingDay' | 'timeZone'>;

export type CycleErrors = Partial<Record<'billingDay' | 'timeZone', string>>;

/** The cycle fields of a form (names resetStrategy, billingDay, timeZone), checked. Empty zone = the default. */
export function cycleFromForm(f: FormData): { value: CycleInput } | { errors: CycleErrors } {
  const strategy = String(f.get('resetStrategy') ?? 'NONE') as ResetStrategy;
  const resetStrategy = RESET_STRATEGIES.includes(strategy) ? strategy : 'NONE';
  const errors: CycleErrors = {};
  let billingDay: number | null = null;
  if (resetStrategy === 'BILLING_MONTH') {
    const text = String(f.get('billingDay') ?? '').trim();
    const n = Number(text);
    if (!/^\d{1,2}$/.test(text) || n < 1 || n > 31) errors.billingDay = 'A day of the month from 1 to 31';
    else billingDay = n;
  }
  const zone = String(f.get('timeZone') ?? '').trim();
  if (zone && !isValidTimeZone(zone)) errors.timeZone = 'Pick a time zone from the list, e.g. Europe/Berlin or UTC';
  if (Object.keys(errors).length) return { errors };
  return { value: { resetStrategy, billingDay, timeZone: zone || null } };
}

/** Only what changed against the saved cycle (an empty zone keeps the saved one). */
export function cycleChanges(next: CycleInput, saved: { resetStrategy: string; billingDay: number | null; timeZone: string }): CycleFields {
  const input: CycleFields = {};
  if (next.resetStrategy !== saved.resetStrategy) input.resetStrategy = next.resetStrategy;
  if (next.resetStrategy === 'BILLING_MONTH' && (input.resetStrategy || next.billingDay !== saved.billingDay)) input.billingDay = next.billingDay;
  if (next.timeZone && next.timeZone !== saved.timeZone) input.timeZone = next.timeZone;
  return input;
}

/** The cycle for a create input: the zone only when one was given. */
export function cycleForCreate(next: CycleInput): CycleFields {
  const input: CycleFields = { resetStrategy: next.resetStrategy };
  if (next.resetStrategy === 'BILLING_MONTH') input.billingDay = next.billingDay;
  if (next.timeZone) input.timeZone = next.timeZone;
  return input;
}
