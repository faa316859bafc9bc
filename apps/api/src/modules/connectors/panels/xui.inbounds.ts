/**
 * Reading 3x-ui inbounds (`inbounds/list`, `inbounds/get/:id`): the client entries inside the `settings`
 * JSON string, their counters in `clientStats`, and the usage rows we count from.
 */
import { PanelError, type PanelUsage } from './panel-client';
import { parseJsonExact, toBigInt } from './xui.json';

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

export function readInbound(raw: unknown): XuiInboundView {
  const inbound = asRecord(raw);
  if (typeof inbound.id !== 'number' || typeof inbound.settings !== 'string') throw new PanelError('PROTOCOL', 'an inbound without id or settings in the 3x-ui answer');
  let settings: Record<string, unknown> = {};
  try {
    settings = asRecord(parseJsonExact(inbound.settings));
  } catch {
    settings = {};
  }
  return {
    id: inbound.id,
    remark: asString(inbound.remark),
    protocol: asString(inbound.protocol),
    clients: Array.isArray(settings.clients) ? settings.clients.map(asRecord) : [],
    stats: Array.isArray(inbound.clientStats) ? inbound.clientStats.map(asRecord) : [],
  };
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
 * One row per client of every inbound. Counters come from clientStats; limits from the entry. A client
 * is enabled when its entry says so and the panel's depletion job has not switched its stats row off.
 */
export function usageOf(inbounds: XuiInboundView[], now: number): PanelUsage[] {
  const rows: PanelUsage[] = [];
  for (const inbound of inbounds) {
    const stats = new Map(inbound.stats.map((s) => [asString(s.email).toLowerCase(), s]));
    for (const client of inbound.clients) {
      const key = asString(client.email);
      if (!key) continue;
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
