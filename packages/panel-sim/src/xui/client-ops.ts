/**
 * The panel's client edits (web/service/inbound.go: AddInboundClient, UpdateInboundClient,
 * DelInboundClient, DelInboundClientByEmail, DelDepletedClients, AddInbound) with their checks and
 * error texts. `major` picks the v3.0.x additions (an email is required on add and update).
 */
import { type ClientEntry, clientKeyField, int, text, type XuiInbound } from './models';
import { goError, goParse, recordNotFound, XuiPanic } from './messages';
import type { XuiState } from './state';

/** The body of addClient / updateClient: model.Inbound with `id` and the `settings` string. */
export interface InboundPatch {
  id: number;
  settings: string;
}

/** settings["clients"].([]any): anything else is a panic in the panel. */
function clientsIn(settings: string): ClientEntry[] {
  const parsed = goParse(settings) as Record<string, unknown> | null;
  const clients = parsed?.clients;
  if (!Array.isArray(clients)) throw new XuiPanic('interface conversion: interface {} is nil, not []interface {}');
  return clients.map((c) => (c && typeof c === 'object' ? (c as ClientEntry) : {}));
}

function checkClientId(protocol: string, c: ClientEntry): void {
  if (text(c[clientKeyField(protocol)]) === '') throw goError('empty client ID');
}

export function addClients(state: XuiState, major: 2 | 3, data: InboundPatch): void {
  const now = state.now();
  const clients = clientsIn(data.settings).map((c): ClientEntry => ({ ...c, created_at: c.created_at ?? now, updated_at: now }));
  const seen = new Set<string>();
  for (const c of clients) {
    const email = text(c.email);
    if (!email) continue;
    if (seen.has(email.toLowerCase()) || state.emailTaken(email)) throw goError('Duplicate email:', email);
    seen.add(email.toLowerCase());
  }
  const inbound = state.getInbound(data.id);
  for (const c of clients) {
    if (major === 3 && text(c.email).trim() === '') throw goError('client email is required');
    checkClientId(inbound.protocol, c);
  }
  state.writeClients(inbound, [...state.clientsOf(inbound), ...clients]);
  for (const c of clients) if (text(c.email)) state.addTrafficRow(inbound.id, c);
}

/** Replaces the whole entry found by :clientId with the one sent; only created_at survives from the old one. */
export function updateClient(state: XuiState, major: 2 | 3, data: InboundPatch, clientId: string): void {
  const sent = clientsIn(data.settings);
  const inbound = state.getInbound(data.id);
  const old = state.clientsOf(inbound);
  const key = clientKeyField(inbound.protocol);
  const index = old.findIndex((c) => text(c[key]) === clientId);
  if (index >= 0 && sent.length === 0) throw new XuiPanic('index out of range [0] with length 0');
  if (index === -1 || text(sent[0]?.[key]) === '') throw goError('empty client ID');
  const next = sent[0];
  const email = text(next.email);
  const oldEmail = text(old[index].email);
  if (major === 3 && email.trim() === '') throw goError('client email is required');
  if ((major === 3 || email) && email !== oldEmail && state.emailTaken(email)) throw goError('Duplicate email:', email);

  const now = state.now();
  old[index] = { ...next, created_at: old[index].created_at ?? now, updated_at: now };
  state.writeClients(inbound, old);

  const row = state.traffics.get(oldEmail);
  if (!email) {
    state.traffics.delete(oldEmail);
  } else if (!oldEmail) {
    state.addTrafficRow(inbound.id, next);
  } else if (row) {
    // UpdateClientStat: enable, email, total, expiry and reset follow the entry; the counters stay.
    Object.assign(row, { enable: next.enable === true, email, total: BigInt(int(next.totalGB)), expiryTime: int(next.expiryTime), reset: int(next.reset) });
    state.traffics.delete(oldEmail);
    state.traffics.set(email, row);
  }
}

export function delClient(state: XuiState, inboundId: number, clientId: string): void {
  const inbound = state.getInbound(inboundId);
  const key = clientKeyField(inbound.protocol);
  const clients = state.clientsOf(inbound);
  const gone = clients.find((c) => text(c[key]) === clientId);
  if (!gone) throw goError('Client Not Found In Inbound For ID:', clientId);
  const rest = clients.filter((c) => c !== gone);
  if (rest.length === 0) throw goError('no client remained in Inbound');
  const email = text(gone.email);
  if (email) {
    if (!state.traffics.has(email)) throw recordNotFound();
    state.traffics.delete(email);
  }
  state.writeClients(inbound, rest);
}

export function delClientByEmail(state: XuiState, inboundId: number, email: string): void {
  const inbound = state.getInbound(inboundId);
  const clients = state.clientsOf(inbound);
  const rest = clients.filter((c) => text(c.email) !== email);
  if (rest.length === clients.length) throw goError(`client with email ${email} not found`);
  if (rest.length === 0) throw goError('no client remained in Inbound');
  if (state.traffics.has(email)) state.trafficWithClient(email);
  state.traffics.delete(email);
  state.writeClients(inbound, rest);
}

/** Clients over their total or past their expiry (and without a periodic reset) leave; an emptied inbound goes too. */
export function delDepletedClients(state: XuiState, id: number): void {
  const depleted = [...state.traffics.values()].filter((t) => t.reset === 0 && (id < 0 || t.inboundId === id) && state.isDepleted(t));
  const byInbound = new Map<number, Set<string>>();
  for (const t of depleted) byInbound.set(t.inboundId, (byInbound.get(t.inboundId) ?? new Set()).add(t.email));
  for (const [inboundId, emails] of byInbound) {
    const inbound = state.getInbound(inboundId);
    const rest = state.clientsOf(inbound).filter((c) => !emails.has(text(c.email)));
    if (rest.length > 0) state.writeClients(inbound, rest);
    else state.deleteInbound(inboundId);
  }
  for (const t of depleted) state.traffics.delete(t.email);
}

/** AddInbound from the API: port and email checks, clients stamped and stats rows created. */
export function addInbound(state: XuiState, fields: Partial<XuiInbound> & { protocol: string; settings: string }): XuiInbound {
  const clients = (() => {
    try {
      return clientsIn(fields.settings);
    } catch {
      return [];
    }
  })();
  const seen = new Set<string>();
  for (const c of clients) {
    const email = text(c.email).toLowerCase();
    if (email && (seen.has(email) || state.emailTaken(email))) throw goError('Duplicate email:', text(c.email));
    if (email) seen.add(email);
    checkClientId(fields.protocol, c);
  }
  const inbound = state.createInbound(fields);
  if (clients.length > 0) {
    const now = state.now();
    state.writeClients(inbound, clients.map((c) => ({ ...c, created_at: c.created_at ?? now, updated_at: now })));
    for (const c of state.clientsOf(inbound)) if (text(c.email)) state.addTrafficRow(inbound.id, c);
  }
  return inbound;
}
