/** The menus the simulator knows and what each command answers (reply sentences without `.tag`). */
import { HotspotActiveTable } from './hotspot';
import { HotspotProfileTable } from './hotspot-profiles';
import { HotspotUserTable } from './hotspot-users';
import { InterfaceTable } from './interfaces';
import { Fields } from './items';
import { PppActiveTable } from './ppp-active';
import { PppProfileTable } from './ppp-profiles';
import { PppSecretTable } from './ppp-secrets';
import { matches, project, Row } from './queries';
import { QueueTable } from './queues';
import { formatDuration } from './ros-values';
import { TrapCategory, TrapError } from './trap';
import { ParsedSentence } from './words';

export type Reply = string[][];

export interface RouterState {
  queues: QueueTable;
  hotspot: HotspotActiveTable;
  hotspotUsers: HotspotUserTable;
  hotspotProfiles: HotspotProfileTable;
  pppSecrets: PppSecretTable;
  pppProfiles: PppProfileTable;
  pppActive: PppActiveTable;
  interfaces: InterfaceTable;
  identity: string;
  version: string;
  /** RouterOS 7.18+ answers a print without rows with `!empty` before `!done`. */
  emptyReplies: boolean;
  uptimeSeconds(): number;
}

type Outcome = { rows: Row[] } | { ret?: string };
type Handler = (state: RouterState, s: ParsedSentence) => Outcome;

function requiredId(s: ParsedSentence): string {
  const id = s.attributes.get('.id') ?? s.attributes.get('numbers');
  if (id === undefined) throw new TrapError('missing =.id=', TrapCategory.missingItemOrCommand);
  return id;
}

function fieldsOf(s: ParsedSentence): Map<string, string> {
  const fields = new Map(s.attributes);
  for (const key of ['.id', 'numbers', '.proplist']) fields.delete(key);
  return fields;
}

function print(rows: (state: RouterState) => Row[]): Handler {
  return (state) => ({ rows: rows(state) });
}

/** A menu of named items: print, add (answers `=ret=<.id>`), set and remove by `.id`/name lists. */
interface ItemMenu {
  rows(): Row[];
  add(fields: Fields): string;
  set(ref: string, fields: Fields): void;
  remove(ref: string): void;
}

function items(path: string, table: (state: RouterState) => ItemMenu): Record<string, Handler> {
  return {
    [`${path}/print`]: print((st) => table(st).rows()),
    [`${path}/add`]: (st, s) => ({ ret: table(st).add(fieldsOf(s)) }),
    [`${path}/set`]: (st, s) => (table(st).set(requiredId(s), fieldsOf(s)), {}),
    [`${path}/remove`]: (st, s) => (table(st).remove(requiredId(s)), {}),
  };
}

function resourceRow(state: RouterState): Row {
  return {
    uptime: formatDuration(state.uptimeSeconds()), version: state.version, 'build-time': '2025-03-20 08:23:44',
    'factory-software': '7.1', 'free-memory': '910163968', 'total-memory': '1073741824', cpu: 'QEMU',
    'cpu-count': '1', 'cpu-frequency': '2400', 'cpu-load': '1', 'free-hdd-space': '84590592',
    'total-hdd-space': '134217728', 'architecture-name': 'x86_64', 'board-name': 'CHR', platform: 'MikroTik',
  };
}

const HANDLERS: Record<string, Handler> = {
  '/queue/simple/print': print((st) => st.queues.rows()),
  '/queue/simple/add': (st, s) => ({ ret: st.queues.add(fieldsOf(s)) }),
  '/queue/simple/set': (st, s) => (st.queues.set(requiredId(s), fieldsOf(s)), {}),
  '/queue/simple/remove': (st, s) => (st.queues.remove(requiredId(s)), {}),
  '/queue/simple/reset-counters': (st, s) => (st.queues.resetCounters(requiredId(s)), {}),
  '/queue/simple/reset-counters-all': (st) => (st.queues.resetCounters(), {}),
  '/ip/hotspot/active/print': print((st) => st.hotspot.rows()),
  '/ip/hotspot/active/remove': (st, s) => (st.hotspot.removeById(requiredId(s)), {}),
  ...items('/ip/hotspot/user', (st) => st.hotspotUsers),
  '/ip/hotspot/user/reset-counters': (st, s) => (st.hotspotUsers.resetCounters(requiredId(s)), {}),
  ...items('/ip/hotspot/user/profile', (st) => st.hotspotProfiles),
  ...items('/ppp/secret', (st) => st.pppSecrets),
  ...items('/ppp/profile', (st) => st.pppProfiles),
  '/ppp/active/print': print((st) => st.pppActive.rows()),
  '/ppp/active/remove': (st, s) => (st.pppActive.removeById(requiredId(s)), {}),
  '/interface/print': print((st) => st.interfaces.rows()),
  '/system/identity/print': print((st) => [{ name: st.identity }]),
  '/system/identity/set': (st, s) => {
    const name = s.attributes.get('name');
    if (name !== undefined) st.identity = name;
    return {};
  },
  '/system/resource/print': print((st) => [resourceRow(st)]),
  '/cancel': () => ({}),
};
for (const path of Object.keys(HANDLERS).filter((p) => p.endsWith('/print'))) {
  HANDLERS[path.replace(/\/print$/, '/getall')] = HANDLERS[path];
}

function attributeWords(row: Row): string[] {
  return Object.entries(row).map(([k, v]) => `=${k}=${v}`);
}

export function trapReply(message: string, category?: number): Reply {
  const trap = ['!trap', ...(category === undefined ? [] : [`=category=${category}`]), `=message=${message}`];
  return [trap, ['!done']];
}

export function runCommand(state: RouterState, s: ParsedSentence): Reply {
  const handler = HANDLERS[s.command];
  if (!handler) return trapReply('no such command prefix');
  try {
    const outcome = handler(state, s);
    if ('rows' in outcome) return printReply(state, s, outcome.rows);
    return [outcome.ret === undefined ? ['!done'] : ['!done', `=ret=${outcome.ret}`]];
  } catch (e) {
    if (e instanceof TrapError) return trapReply(e.message, e.category);
    throw e;
  }
}

function printReply(state: RouterState, s: ParsedSentence, all: Row[]): Reply {
  const rows = all.filter((row) => matches(row, s.queries));
  if (s.attributes.has('count-only')) return [['!done', `=ret=${rows.length}`]];
  const proplist = s.attributes.get('.proplist');
  const reply: Reply = rows.map((row) => ['!re', ...attributeWords(project(row, proplist))]);
  if (rows.length === 0 && state.emptyReplies) reply.push(['!empty']);
  reply.push(['!done']);
  return reply;
}
