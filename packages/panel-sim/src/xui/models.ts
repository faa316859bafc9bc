/**
 * 3x-ui's rows (database/model/model.go `Inbound`, xray/client_traffic.go `ClientTraffic`) and how Go
 * writes them: struct fields in declaration order, int64 counters exact, `settings` a JSON string.
 */

/** Bytes and ids the panel keeps as int64 are bigint here, so counters past 2^53 stay exact on the wire. */
export interface XuiInbound {
  id: number;
  up: bigint;
  down: bigint;
  total: bigint;
  allTime: bigint;
  remark: string;
  enable: boolean;
  expiryTime: number;
  trafficReset: string;
  lastTrafficResetTime: number;
  listen: string;
  port: number;
  protocol: string;
  /** The inbound's settings as the panel stores them: a JSON string ({"clients": [...], ...}). */
  settings: string;
  streamSettings: string;
  tag: string;
  sniffing: string;
}

/** One row of client_traffics: the counters and the limits the panel's jobs check. */
export interface XuiClientTraffic {
  id: number;
  inboundId: number;
  enable: boolean;
  email: string;
  up: bigint;
  down: bigint;
  allTime: bigint;
  expiryTime: number;
  total: bigint;
  reset: number;
  lastOnline: number;
}

/** A client entry inside settings, as decoded into Go's map[string]any (numbers are float64). */
export type ClientEntry = Record<string, unknown>;

/** The field that identifies a client in URLs (`updateClient/:clientId`, `delClient/:clientId`), per protocol. */
export function clientKeyField(protocol: string): 'id' | 'password' | 'email' | 'auth' {
  if (protocol === 'trojan') return 'password';
  if (protocol === 'shadowsocks') return 'email';
  if (protocol === 'hysteria' || protocol === 'hysteria2') return 'auth';
  return 'id';
}

export const text = (v: unknown): string => (typeof v === 'string' ? v : '');
export const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
export const flag = (v: unknown): boolean => v === true;
export const int64 = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(int(v)));

/** Go's encoding/json escapes these inside strings; they only ever occur inside strings in JSON text. */
const goEscapeHtml = (json: string): string =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const BIG = '\u0000int64:';

/** gin's c.JSON: compact, HTML-escaped, bigint written as its exact digits. */
export function goJson(value: unknown): string {
  const raw = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${BIG}${v}` : v));
  return goEscapeHtml(raw.replace(/"\\u0000int64:(-?\d+)"/g, '$1'));
}

const sortKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
};

/** `json.MarshalIndent(map[string]any, "", "  ")`, how the panel rewrites settings: keys sorted, two-space indent. */
export const goIndent = (value: unknown): string => goEscapeHtml(JSON.stringify(sortKeys(value), null, 2));

/** A ClientTraffic as the API writes it; uuid and subId are filled in from the settings entry. v3.1 dropped `allTime`. */
export function clientTrafficJson(t: XuiClientTraffic, entry?: ClientEntry, withAllTime = true): Record<string, unknown> {
  return {
    id: t.id,
    inboundId: t.inboundId,
    enable: t.enable,
    email: t.email,
    uuid: text(entry?.id),
    subId: text(entry?.subId),
    up: t.up,
    down: t.down,
    ...(withAllTime ? { allTime: t.allTime } : {}),
    expiryTime: t.expiryTime,
    total: t.total,
    reset: t.reset,
    lastOnline: t.lastOnline,
  };
}

/** v3.1's Inbound.MarshalJSON: a JSON-text column written as the JSON it holds (null when empty, a string when not JSON). */
function nestedJson(column: string): unknown {
  if (column.trim() === '') return null;
  try {
    return JSON.parse(column);
  } catch {
    return column;
  }
}

/**
 * An Inbound as the API writes it; `clientStats` null when the query did not preload them. v3.1 on
 * (`nested`): no `allTime`, and Inbound.MarshalJSON writes settings, streamSettings and sniffing as the
 * JSON they hold, after the other fields (the wrapper struct's own fields come last).
 */
export function inboundJson(i: XuiInbound, clientStats: Record<string, unknown>[] | null, nested = false): Record<string, unknown> {
  const head = { id: i.id, up: i.up, down: i.down, total: i.total, ...(nested ? {} : { allTime: i.allTime }), remark: i.remark, enable: i.enable };
  const limits = { expiryTime: i.expiryTime, trafficReset: i.trafficReset, lastTrafficResetTime: i.lastTrafficResetTime, clientStats };
  const where = { listen: i.listen, port: i.port, protocol: i.protocol };
  if (nested) return { ...head, ...limits, ...where, tag: i.tag, settings: nestedJson(i.settings), streamSettings: nestedJson(i.streamSettings), sniffing: nestedJson(i.sniffing) };
  return { ...head, ...limits, ...where, settings: i.settings, streamSettings: i.streamSettings, tag: i.tag, sniffing: i.sniffing };
}

/** The settings a fresh inbound of this protocol gets from the panel's UI (clients added afterwards). */
export function emptySettings(protocol: string): Record<string, unknown> {
  if (protocol === 'vless') return { clients: [], decryption: 'none', encryption: 'none' };
  if (protocol === 'shadowsocks') return { method: '2022-blake3-aes-256-gcm', password: 'c2ltdWxhdG9yLXNoYWRvd3NvY2tzLWtleSE=', network: 'tcp,udp', clients: [] };
  if (protocol === 'trojan') return { clients: [], fallbacks: [] };
  return { clients: [] };
}

export const DEFAULT_STREAM = JSON.stringify({ network: 'tcp', security: 'none', externalProxy: [], tcpSettings: { acceptProxyProtocol: false, header: { type: 'none' } } }, null, 2);
export const DEFAULT_SNIFFING = JSON.stringify({ enabled: false, destOverride: ['http', 'tls', 'quic', 'fakedns'], metadataOnly: false, routeOnly: false }, null, 2);
