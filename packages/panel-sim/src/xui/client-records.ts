/**
 * v3.1's view of a client: one record per email (database/model ClientRecord, table `clients`) attached
 * to one or more inbounds, whose settings each hold an entry for it. The simulator keeps no separate
 * table: the record is read from the client's entries and its client_traffics row. Also the typed
 * `model.Client` that `clients/update` binds its JSON body into.
 */
import { XuiFailure } from './messages';
import { type ClientEntry, clientTrafficJson, int, text, type XuiInbound } from './models';
import type { XuiState } from './state';

export interface Attachment {
  inbound: XuiInbound;
  entry: ClientEntry;
}

/** Every inbound whose settings list this email, in id order (the client_inbounds rows). */
export function attachments(state: XuiState, email: string): Attachment[] {
  const out: Attachment[] = [];
  for (const inbound of [...state.inbounds.values()].sort((a, b) => a.id - b.id)) {
    const entry = state.clientsOf(inbound).find((c) => text(c.email) === email);
    if (entry) out.push({ inbound, entry });
  }
  return out;
}

/** model.Client's fields with their Go kinds, in declaration order (v3.6.0); `omit`: `omitempty`. */
const CLIENT_FIELDS: Array<[name: string, kind: 'string' | 'int' | 'bool' | 'object' | 'strings', omit: boolean]> = [
  ['id', 'string', true],
  ['security', 'string', false],
  ['password', 'string', true],
  ['flow', 'string', true],
  ['reverse', 'object', true],
  ['auth', 'string', true],
  ['privateKey', 'string', true],
  ['publicKey', 'string', true],
  ['allowedIPs', 'strings', true],
  ['preSharedKey', 'string', true],
  ['keepAlive', 'int', true],
  ['secret', 'string', true],
  ['adTag', 'string', true],
  ['email', 'string', false],
  ['limitIp', 'int', false],
  ['totalGB', 'int', false],
  ['expiryTime', 'int', false],
  ['enable', 'bool', false],
  ['tgId', 'int', false],
  ['subId', 'string', false],
  ['group', 'string', true],
  ['comment', 'string', false],
  ['reset', 'int', false],
  ['created_at', 'int', true],
  ['updated_at', 'int', true],
];

const GO_TYPE = { string: 'string', int: 'int64', bool: 'bool', object: 'model.ClientReverse', strings: '[]string' } as const;
const jsonKind = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'boolean' ? 'bool' : typeof v);

/**
 * ShouldBindJSON into model.Client and back out with json.Marshal: unknown keys are gone, a missing
 * field is its zero value, and the `omitempty` ones disappear when empty. A wrong JSON type is the
 * decoder's error.
 */
export function bindModelClient(body: Record<string, unknown>): ClientEntry {
  const out: ClientEntry = {};
  for (const [name, kind, omit] of CLIENT_FIELDS) {
    const v = body[name];
    const ok =
      v === undefined || v === null || (kind === 'string' && typeof v === 'string') || (kind === 'int' && Number.isInteger(v)) || (kind === 'bool' && typeof v === 'boolean') || (kind === 'object' && typeof v === 'object' && !Array.isArray(v)) || (kind === 'strings' && Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (!ok) throw new XuiFailure(`json: cannot unmarshal ${jsonKind(v)} into Go struct field Client.${name} of type ${GO_TYPE[kind]}`);
    const zero = kind === 'string' ? '' : kind === 'int' ? 0 : kind === 'bool' ? false : null;
    const value = v ?? zero;
    const empty = value === '' || value === 0 || value === false || value === null || (Array.isArray(value) && value.length === 0);
    if (!(omit && empty)) out[name] = value;
  }
  return out;
}

/** A ClientRecord as the API writes it (v3.6.0 columns), from the client's first entry and its counters row. */
export function clientRecordJson(state: XuiState, email: string, entry: ClientEntry): Record<string, unknown> {
  const s = (k: string) => text(entry[k]);
  return {
    id: state.traffics.get(email)?.id ?? 0,
    email,
    subId: s('subId'),
    uuid: s('id'),
    password: s('password'),
    auth: s('auth'),
    flow: s('flow'),
    security: s('security'),
    reverse: entry.reverse && typeof entry.reverse === 'object' ? entry.reverse : null,
    privateKey: s('privateKey'),
    publicKey: s('publicKey'),
    allowedIPs: Array.isArray(entry.allowedIPs) ? entry.allowedIPs.join(',') : '',
    preSharedKey: s('preSharedKey'),
    keepAlive: int(entry.keepAlive),
    secret: s('secret'),
    adTag: s('adTag'),
    limitIp: int(entry.limitIp),
    totalGB: int(entry.totalGB),
    expiryTime: int(entry.expiryTime),
    enable: entry.enable === true,
    tgId: int(entry.tgId),
    group: s('group'),
    comment: s('comment'),
    reset: int(entry.reset),
    createdAt: int(entry.created_at),
    updatedAt: int(entry.updated_at),
  };
}

/** `clients/list`: ClientWithAttachments, the record with its inbound ids and (when it has one) its counters row. */
export function clientsListJson(state: XuiState): Record<string, unknown>[] {
  const emails = new Set<string>();
  for (const inbound of [...state.inbounds.values()].sort((a, b) => a.id - b.id)) for (const c of state.clientsOf(inbound)) if (text(c.email)) emails.add(text(c.email));
  return [...emails]
    .map((email) => ({ email, atts: attachments(state, email) }))
    .sort((a, b) => (state.traffics.get(a.email)?.id ?? 0) - (state.traffics.get(b.email)?.id ?? 0))
    .map(({ email, atts }) => {
      const row = state.traffics.get(email);
      return { ...clientRecordJson(state, email, atts[0].entry), inboundIds: atts.map((a) => a.inbound.id), ...(row ? { traffic: clientTrafficJson(row, atts[0].entry, false) } : {}) };
    });
}
