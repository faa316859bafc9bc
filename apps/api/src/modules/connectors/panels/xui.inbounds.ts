/**
 * Reading 3x-ui inbounds (`inbounds/list`, `inbounds/get/:id`): the client entries inside `settings` (a
 * JSON string up to v3.0.x, the JSON object itself from v3.1.0), their counters in `clientStats`, and
 * the usage rows we count from.
 */
import { PanelError, type PanelUsage, type PanelUserRef } from './panel-client';
import { parseJsonExact, toBigInt } from './xui.json';
import type { XuiSession } from './xui.session';

export interface XuiInboundView {
  id: number;
  remark: string;
  protocol: string;
  /** The client entries exactly as the panel stores them (every field, ours or an operator's). */
  clients: Record<string, unknown>[];
  stats: Record<string, unknown>[];
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The field a client is named by in `updateClient/:clientId` and `delClient/:clientId`. */
export function clientKeyField(protocol: string): string {
  if (protocol === 'trojan') return 'password';
  if (protocol === 'shadowsocks') return 'email';
  if (protocol === 'hysteria' || protocol === 'hysteria2') return 'auth';
  return 'id';
}

function settingsOf(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'string') return asRecord(raw);
  try {
    return asRecord(parseJsonExact(raw));
  } catch {
    return {};
  }
}

export function readInbound(raw: unknown): XuiInboundView {
  const inbound = asRecord(raw);
  const hasSettings = typeof inbound.settings === 'string' || (inbound.settings !== null && typeof inbound.settings === 'object');
  if (typeof inbound.id !== 'number' || !hasSettings) throw new PanelError('PROTOCOL', 'an inbound without id or settings in the 3x-ui answer');
  const settings = settingsOf(inbound.settings);
  return {
    id: inbound.id,
    remark: asString(inbound.remark),
    protocol: asString(inbound.protocol),
    clients: Array.isArray(settings.clients) ? settings.clients.map(asRecord) : [],
    stats: Array.isArray(inbound.clientStats) ? inbound.clientStats.map(asRecord) : [],
  };
}

/** Our inbound reference ('1') as the panel's inbound id. */
export function inboundIdOf(inbound: string): number {
  if (!/^\d+$/.test(inbound)) throw new PanelError('REFUSED', `"${inbound}" is not a 3x-ui inbound id`);
  return Number(inbound);
}

/** The client's entry read fresh from its inbound (`inbounds/get/:id`), every field as the panel stores it. */
export async function findClient(session: XuiSession, user: PanelUserRef): Promise<{ inbound: XuiInboundView; entry: Record<string, unknown> }> {
  const inboundId = inboundIdOf(user.inbound);
  const inbound = readInbound((await session.call('GET', `panel/api/inbounds/get/${inboundId}`)).obj);
  const entry = inbound.clients.find((c) => c.email === user.key);
  if (!entry) throw new PanelError('REFUSED', `client ${user.key} is not in 3x-ui inbound ${inboundId}`);
  return { inbound, entry };
}

export function readInbounds(obj: unknown): XuiInboundView[] {
  if (obj === null) return [];
  if (!Array.isArray(obj)) throw new PanelError('PROTOCOL', 'inbounds/list did not answer with a list');
  return obj.map(readInbound);
}

function status(enabled: boolean, used: bigint, limit: bigint, expiry: bigint, now: number): string {
  if (enabled) return 'enabled';
  if (limit > 0n && used >= limit) return 'depleted';
  if (expiry > 0n && expiry <= BigInt(now)) return 'expired';
  return 'disabled';
}

/**
 * Where each client is listed: from v3.1.0 one client (one email, one counters row) can be attached to
 * several inbounds, and counting it in each would count its bytes twice. It is listed under the inbound
 * its counters row names, or the first that holds it.
 */
function homeInbounds(inbounds: XuiInboundView[]): Map<string, number> {
  const owner = new Map<string, unknown>();
  for (const inbound of inbounds) for (const s of inbound.stats) owner.set(asString(s.email).toLowerCase(), s.inboundId);
  const home = new Map<string, number>();
  for (const inbound of inbounds) {
    for (const client of inbound.clients) {
      const key = asString(client.email).toLowerCase();
      if (key && (!home.has(key) || owner.get(key) === inbound.id)) home.set(key, inbound.id);
    }
  }
  return home;
}

/**
 * One row per client. Counters come from clientStats; limits from the entry. A client is enabled when
 * its entry says so and the panel's depletion job has not switched its stats row off.
 */
export function usageOf(inbounds: XuiInboundView[], now: number): PanelUsage[] {
  const rows: PanelUsage[] = [];
  const home = homeInbounds(inbounds);
  const stats = new Map(inbounds.flatMap((i) => i.stats.map((s) => [asString(s.email).toLowerCase(), s] as const)));
  for (const inbound of inbounds) {
    for (const client of inbound.clients) {
      const key = asString(client.email);
      if (!key || home.get(key.toLowerCase()) !== inbound.id) continue;
      const stat = stats.get(key.toLowerCase());
      const up = toBigInt(stat?.up);
      const down = toBigInt(stat?.down);
      const limit = toBigInt(client.totalGB ?? stat?.total);
      const expiry = toBigInt(client.expiryTime ?? stat?.expiryTime);
      const enabled = client.enable === true && stat?.enable !== false;
      rows.push({
        key,
        inbound: String(inbound.id),
        inboundName: inbound.remark,
        protocol: inbound.protocol,
        up,
        down,
        lifetime: false,
        used: up + down,
        enabled,
        status: status(enabled, up + down, limit, expiry, now),
        dataLimit: limit > 0n ? limit : null,
        // Negative: a duration that starts with the first connection, so no date yet.
        expiresAt: expiry > 0n ? new Date(Number(expiry)) : null,
      });
    }
  }
  return rows;
}
