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

/** What one batch adds to the counters written in its transaction (hourly rollups are folded later). */
export interface BatchTotals {
  perUser: Map<number, Sums>;
  perAgent: Map<number, Sums>;
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
  const t: BatchTotals = { perUser: new Map(), perAgent: new Map(), total: empty(new Date(0)) };
  for (const x of samples) {
    let u = t.perUser.get(x.userId);
    if (!u) t.perUser.set(x.userId, (u = empty(x.at)));
    add(u, x);
    if (x.agentId !== null) {
      let a = t.perAgent.get(x.agentId);
      if (!a) t.perAgent.set(x.agentId, (a = empty(x.at)));
      add(a, x);
    }
    add(t.total, x);
  }
  return t;
}
