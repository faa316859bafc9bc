/** Bytes moving through the router: one-off transfers and continuous flows shaped by the queues. */
import { HotspotActiveTable } from './hotspot';
import { QueueTable } from './queues';
import { Pair } from './ros-values';

const TICK_MS = 250;
/** Roughly one packet per 1000 bytes. */
const packets = (bytes: bigint): bigint => (bytes + 999n) / 1000n;

type Session = ReturnType<HotspotActiveTable['all']>[number];

/** Counts a transfer on every simple queue shaping this address: upload first, as `bytes` prints it. */
export function countOnQueues(queues: QueueTable, address: string, up: bigint, down: bigint): void {
  for (const q of queues.shaping(address)) {
    q.bytes = [q.bytes[0] + up, q.bytes[1] + down];
    q.packets = [q.packets[0] + packets(up), q.packets[1] + packets(down)];
  }
}

/** Counts a transfer on the session (bytes-in = client upload) and on every queue shaping its address. */
export function account(queues: QueueTable, session: Session, up: bigint, down: bigint, now: number): void {
  session.bytesIn += up;
  session.bytesOut += down;
  session.packetsIn += packets(up);
  session.packetsOut += packets(down);
  if (up + down > 0n) session.lastActivityAt = now;
  countOnQueues(queues, session.address, up, down);
}

interface Flow {
  wanted: Pair<number>;
  /** fractions of a byte carried to the next tick so slow flows still add up */
  carry: Pair<number>;
}

/** Flows belong to one session (by `.id`): once it is kicked or logs out, its flow is over for good. */
export class TrafficPump {
  private readonly flows = new Map<string, Flow>();
  private timer?: NodeJS.Timeout;
  private lastTick = 0;

  constructor(
    private readonly queues: QueueTable,
    private readonly hotspot: HotspotActiveTable,
    private readonly now: () => number,
  ) {}

  /** Continuous traffic for a session in bits per second; null (or 0/0) stops it. */
  set(mac: string, bps: Pair<number> | null): void {
    const session = this.hotspot.byMac(mac);
    if (!session) throw new Error(`no active hotspot session for ${mac}`);
    if (!bps || (bps[0] <= 0 && bps[1] <= 0)) this.flows.delete(session.id);
    else this.flows.set(session.id, { wanted: bps, carry: [0, 0] });
    if (this.flows.size > 0 && !this.timer) {
      this.lastTick = this.now();
      this.timer = setInterval(() => this.tick(), TICK_MS);
      this.timer.unref();
    }
    if (this.flows.size === 0) this.stop();
  }

  /** The session ended: its flow stops now, not at the next tick. */
  drop(sessionId: string): void {
    if (this.flows.delete(sessionId) && this.flows.size === 0) this.stop();
  }

  stop(): void {
    this.flows.clear();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.zeroRates();
  }

  private tick(): void {
    const now = this.now();
    const seconds = (now - this.lastTick) / 1000;
    this.lastTick = now;
    this.zeroRates();
    for (const [id, flow] of this.flows) {
      const session = this.hotspot.byId(id);
      if (!session) {
        this.flows.delete(id);
        continue;
      }
      // the first enabled queue for the address shapes it, as in RouterOS
      const queue = this.queues.shaping(session.address)[0];
      const shaped = flow.wanted.map((bps, i) => {
        const limit = queue?.maxLimit[i] ?? 0;
        return limit > 0 ? Math.min(bps, limit) : bps;
      }) as Pair<number>;
      const bytes = shaped.map((bps, i) => (bps * seconds) / 8 + flow.carry[i]);
      flow.carry = [bytes[0] % 1, bytes[1] % 1];
      account(this.queues, session, BigInt(Math.floor(bytes[0])), BigInt(Math.floor(bytes[1])), now);
      session.rate = shaped;
      if (queue) queue.rate = [queue.rate[0] + shaped[0], queue.rate[1] + shaped[1]];
    }
    if (this.flows.size === 0) this.stop();
  }

  private zeroRates(): void {
    for (const q of this.queues.all()) q.rate = [0, 0];
    for (const s of this.hotspot.all()) s.rate = [0, 0];
  }
}
