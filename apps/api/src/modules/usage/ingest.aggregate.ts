import { hourOf } from './ingest.policy';

/** A sample ready to count: its user resolved. */
export interface ResolvedSample {
  key: string | null;
  userId: number;
  agentId: number | null;
  protocol: string;
  up: bigint;
  down: bigint;
  at: Date;
}

export interface Sums {
  up: bigint;
  down: bigint;
  samples: number;
  lastSeen: Date;
}

export interface BatchTotals {
  perUser: Map<number, Sums>;
  perAgent: Map<number, Sums>;
  /** user|protocol|hourMs → sums (server is the batch's). */
  perHour: Map<string, Sums & { userId: number; protocol: string; hour: Date }>;
  /** agentKey|hourMs → sums; agentKey 0 = admin-owned users. */
  perAgentHour: Map<string, Sums & { agentKey: number; hour: Date }>;
  total: Sums;
}

const empty = (at: Date): Sums => ({ up: 0n, down: 0n, samples: 0, lastSeen: at });

function add(s: Sums, x: ResolvedSample): void {
  s.up += x.up;
  s.down += x.down;
  s.samples += 1;
  if (x.at > s.lastSeen) s.lastSeen = x.at;
}

/** Folds a batch into the sums every counter table needs, so each table gets one set-based write. */
export function aggregate(samples: ResolvedSample[]): BatchTotals {
  const t: BatchTotals = { perUser: new Map(), perAgent: new Map(), perHour: new Map(), perAgentHour: new Map(), total: empty(new Date(0)) };
  for (const x of samples) {
    const u = t.perUser.get(x.userId) ?? empty(x.at);
    add(u, x);
    t.perUser.set(x.userId, u);
    if (x.agentId !== null) {
      const a = t.perAgent.get(x.agentId) ?? empty(x.at);
      add(a, x);
      t.perAgent.set(x.agentId, a);
    }
    const hour = hourOf(x.at);
    const hk = `${x.userId}|${x.protocol}|${hour.getTime()}`;
    const h = t.perHour.get(hk) ?? { ...empty(x.at), userId: x.userId, protocol: x.protocol, hour };
    add(h, x);
    t.perHour.set(hk, h);
    const agentKey = x.agentId ?? 0;
    const ak = `${agentKey}|${hour.getTime()}`;
    const ah = t.perAgentHour.get(ak) ?? { ...empty(x.at), agentKey, hour };
    add(ah, x);
    t.perAgentHour.set(ak, ah);
    add(t.total, x);
  }
  return t;
}
