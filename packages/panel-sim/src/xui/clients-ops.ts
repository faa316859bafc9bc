/**
 * v3.1's client service, keyed by email (web/service/client.go; from v3.4.0 client_crud.go,
 * client_traffic.go, client_bulk.go): update, delete, traffic resets and bulk enable/disable, with
 * their checks and error texts. A client's change reaches every inbound it is attached to.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { attachments, bindModelClient } from './client-records';
import { goError, recordNotFound } from './messages';
import { type ClientEntry, int, text } from './models';
import type { XuiState } from './state';
import type { XuiFeatures } from './versions';

/** fillProtocolDefaults: a credential the body left empty is made anew. */
function fillProtocolDefaults(protocol: string, c: ClientEntry): void {
  if ((protocol === 'vless' || protocol === 'vmess') && !text(c.id)) c.id = randomUUID();
  if (protocol === 'trojan' && !text(c.password)) c.password = randomUUID().replace(/-/g, '');
  if (protocol === 'shadowsocks' && !text(c.password)) c.password = randomBytes(32).toString('base64');
  if ((protocol === 'hysteria' || protocol === 'hysteria2') && !text(c.auth)) c.auth = randomUUID().replace(/-/g, '');
}

/** inboundCanEnableTlsFlow: only VLESS over TCP with TLS or REALITY keeps a client's flow. */
function canCarryFlow(state: XuiState, protocol: string, streamSettings: string): boolean {
  if (protocol !== 'vless') return false;
  const stream = state.parseObject(streamSettings);
  return stream?.network === 'tcp' && (stream.security === 'tls' || stream.security === 'reality');
}

/** Update: the body, as model.Client, replaces the client's entry in every inbound it is attached to. */
export function updateByEmail(state: XuiState, features: XuiFeatures, email: string, body: Record<string, unknown>): void {
  const sent = bindModelClient(body);
  if (!email) throw goError('client email is required');
  const atts = attachments(state, email);
  if (atts.length === 0) throw recordNotFound();
  const existing = atts[0].entry;
  const next = text(sent.email);
  if (next.trim() === '') throw goError('client email is required');
  if (next !== email && state.emailTaken(next)) throw goError('Duplicate email:', next);
  if (!text(sent.subId)) sent.subId = text(existing.subId) || randomUUID();
  if (features.keepsCredentials) for (const k of ['id', 'password', 'auth', 'secret']) if (!text(sent[k]) && text(existing[k])) sent[k] = existing[k];

  const now = state.now();
  for (const { inbound } of atts) {
    const entry: ClientEntry = { ...sent };
    fillProtocolDefaults(inbound.protocol, entry);
    if (features.flowNeedsTls && !canCarryFlow(state, inbound.protocol, inbound.streamSettings)) delete entry.flow;
    const clients = state.clientsOf(inbound).map((c) => (text(c.email) === email ? { ...entry, created_at: c.created_at ?? now, updated_at: now } : c));
    state.writeClients(inbound, clients);
  }
  const row = state.traffics.get(email);
  if (row) {
    // UpdateClientStat: enable, email, total, expiry and reset follow the entry; the counters stay.
    Object.assign(row, { enable: sent.enable === true, email: next, total: BigInt(int(sent.totalGB)), expiryTime: int(sent.expiryTime), reset: int(sent.reset) });
    state.traffics.delete(email);
    state.traffics.set(next, row);
  }
}

/** Delete: the client leaves every inbound (its last one included); its counters go too unless `keepTraffic`. */
export function deleteByEmail(state: XuiState, features: XuiFeatures, email: string, keepTraffic: boolean): void {
  if (!email) throw goError('client email is required');
  const atts = attachments(state, email);
  if (atts.length === 0) {
    if (features.deleteLooksInInbounds) throw goError(`client ${JSON.stringify(email)} not found in any inbound or client record`);
    throw recordNotFound();
  }
  for (const { inbound } of atts) state.writeClients(inbound, state.clientsOf(inbound).filter((c) => text(c.email) !== email));
  if (!keepTraffic) state.traffics.delete(email);
}

/** Sets `enable` on the client's entries and counters row, nothing else. */
function setEnable(state: XuiState, email: string, enable: boolean): void {
  const now = state.now();
  for (const { inbound, entry } of attachments(state, email)) {
    if (entry.enable === enable) continue;
    state.writeClients(inbound, state.clientsOf(inbound).map((c) => (text(c.email) === email ? { ...c, enable, updated_at: now } : c)));
  }
  const row = state.traffics.get(email);
  if (row) row.enable = enable;
}

/** ResetTrafficByEmail: counters zeroed (and, from v3.4.0, a disabled client enabled) in each inbound it is attached to. */
export function resetTrafficByEmail(state: XuiState, features: XuiFeatures, email: string): void {
  if (!email) throw goError('client email is required');
  const atts = attachments(state, email);
  if (atts.length === 0) throw recordNotFound();
  // v3.4.0 on: a full Update from the client record, with enable set.
  if (features.resetEnables && atts[0].entry.enable !== true) updateByEmail(state, features, email, { ...atts[0].entry, enable: true });
  const row = state.traffics.get(email);
  if (!row) return;
  Object.assign(row, { up: 0n, down: 0n, enable: true });
  for (const { inbound } of atts) inbound.lastTrafficResetTime = state.now();
}

/** ResetAllTraffics of the client service: every counters row zeroed and enabled; entries untouched. */
export function resetAllClientsTraffic(state: XuiState): void {
  for (const t of state.traffics.values()) Object.assign(t, { up: 0n, down: 0n, enable: true });
}

const cleanEmails = (emails: unknown): string[] => [...new Set((Array.isArray(emails) ? emails : []).map((e) => (typeof e === 'string' ? e.trim() : '')).filter(Boolean))];

/** BulkResetTraffic: the rows of these emails zeroed (unknown ones skipped); answers how many rows changed. */
export function bulkResetTraffic(state: XuiState, features: XuiFeatures, emails: unknown): number {
  const list = cleanEmails(emails);
  if (features.resetEnables) {
    for (const email of list) {
      const entry = attachments(state, email)[0]?.entry;
      if (entry && entry.enable !== true) updateByEmail(state, features, email, { ...entry, enable: true });
    }
  }
  let affected = 0;
  for (const email of list) {
    const row = state.traffics.get(email);
    if (!row) continue;
    Object.assign(row, { up: 0n, down: 0n, enable: true });
    affected++;
  }
  return affected;
}

/** BulkSetEnable: `enable` changed on each client found, the others reported as skipped. */
export function bulkSetEnable(state: XuiState, emails: unknown, enable: boolean): { changed: number; skipped?: Array<{ email: string; reason: string }> } {
  const skipped: Array<{ email: string; reason: string }> = [];
  let changed = 0;
  for (const email of cleanEmails(emails)) {
    if (attachments(state, email).length === 0) {
      skipped.push({ email, reason: 'client not found' });
      continue;
    }
    setEnable(state, email, enable);
    changed++;
  }
  return skipped.length ? { changed, skipped } : { changed };
}
