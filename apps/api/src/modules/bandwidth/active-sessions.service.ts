import type { DataSource } from 'typeorm';
import { createPubSub } from '@graphql-yoga/subscription';
import { ErrorCode, formatRate, parseRouterOsPair } from '@tm/shared';
import { Actor, isAdmin } from '../../platform/auth/actor';
import { DomainError } from '../../platform/errors/domain-error';
import type { Logger } from '../../platform/logger/logger';
import { BandwidthAssignmentEntity } from './bandwidth-assignment.entity';
import { queueName } from './bandwidth.policy';
import { RouterPeople } from './router-people';
import { RouterLinks, describeRouterError } from './router-links';
import { RouterSnapshot, readSnapshot } from './router-snapshot';
import type { RoutersService } from './routers.service';

export interface ActiveSessionView {
  id: string;
  user: string;
  userId: number | null;
  username: string | null;
  /** Owner of the matched user: agents see only theirs. */
  agentId: number | null;
  macAddress: string;
  address: string;
  uptimeSeconds: number;
  uploadBytes: bigint;
  downloadBytes: bigint;
  /** bits/s */
  uploadRate: number;
  downloadRate: number;
  queueName: string | null;
  limitUp: string | null;
  limitDown: string | null;
  assignmentId: number | null;
  state: string | null;
  /** Its user is over its line and held to the throttle speed. */
  throttled: boolean;
}

type LiveEvent = { sessions: ActiveSessionView[] } | { error: string };
/** What a viewer receives: the sessions, or (last) why the router can't be read. */
export type LiveSessions = ActiveSessionView[] | { unavailable: string };

interface Watch {
  viewers: number;
  timer: NodeJS.Timeout | null;
  polling: boolean;
  latest: ActiveSessionView[] | null;
}

/**
 * B4: who is on a router right now, with bytes, current rates and limits. While anyone in this process
 * watches a router, ONE poller reads it every ROUTER_LIVE_POLL_MS and fans the result out to every
 * viewer; when the last viewer leaves, the poller stops. Rates are the router's own queue rate when we
 * have a queue for the session, else the byte delta between two readings.
 */
export class ActiveSessionsService {
  private readonly watches = new Map<number, Watch>();
  private readonly local = createPubSub<Record<string, [LiveEvent]>>();
  /** Each router's last reading in this process: a one-off query's rates are measured against it. */
  private readonly lastRead = new Map<number, RouterSnapshot>();

  constructor(
    private readonly ds: DataSource,
    private readonly routers: RoutersService,
    private readonly links: RouterLinks,
    private readonly opts: { pollMs: number; logger: Logger },
  ) {}

  /** A fresh reading (or the live one, when someone watches this router). */
  async list(actor: Actor, routerId: number): Promise<ActiveSessionView[]> {
    await this.routers.get(actor, routerId);
    const watch = this.watches.get(routerId);
    if (watch?.latest) return visibleTo(actor, watch.latest);
    return visibleTo(actor, await this.read(routerId));
  }

  /** Live list for one viewer: now, then after every poll. An unreachable router ends it (its last event says why). */
  async watch(actor: Actor, routerId: number): Promise<AsyncIterableIterator<LiveSessions>> {
    // Checked before the stream exists, so a wrong id is an error of the subscribe itself (NOT_FOUND), not of its events.
    await this.routers.get(actor, routerId);
    let events: AsyncIterator<LiveEvent> | null = null;
    const stream = this.stream(actor, routerId, (e) => (events = e));
    const viewer: AsyncIterableIterator<LiveSessions> = {
      next: () => stream.next(),
      // Ending the event source first wakes the generator if it waits for the next poll, so the viewer leaves now.
      return: async () => {
        await events?.return?.();
        return stream.return(undefined);
      },
      throw: (err: unknown) => stream.throw(err),
      [Symbol.asyncIterator]: () => viewer,
    };
    return viewer;
  }

  private async *stream(actor: Actor, routerId: number, source: (e: AsyncIterator<LiveEvent>) => void): AsyncGenerator<LiveSessions> {
    const events = this.local.subscribe(topic(routerId))[Symbol.asyncIterator]();
    source(events);
    const watch = this.join(routerId);
    try {
      const first = watch.latest ?? (await this.poll(routerId, watch).catch((err: DomainError) => ({ unavailable: err.message })));
      yield Array.isArray(first) ? visibleTo(actor, first) : first;
      if (!Array.isArray(first)) return;
      for (let e = await events.next(); !e.done; e = await events.next()) {
        if ('error' in e.value) {
          yield { unavailable: e.value.error };
          return;
        }
        yield visibleTo(actor, e.value.sessions);
      }
    } finally {
      await events.return?.();
      this.leave(routerId);
    }
  }

  /** Routers being watched in this process, and by how many (for tests and /metrics). */
  viewers(): Map<number, number> {
    return new Map([...this.watches].map(([id, w]) => [id, w.viewers]));
  }

  close(): void {
    for (const w of this.watches.values()) if (w.timer) clearInterval(w.timer);
    this.watches.clear();
  }

  private join(routerId: number): Watch {
    let watch = this.watches.get(routerId);
    if (!watch) {
      watch = { viewers: 0, timer: null, polling: false, latest: null };
      const w = watch;
      w.timer = setInterval(() => void this.poll(routerId, w).catch(() => undefined), this.opts.pollMs);
      w.timer.unref?.();
      this.watches.set(routerId, watch);
    }
    watch.viewers++;
    return watch;
  }

  private leave(routerId: number): void {
    const watch = this.watches.get(routerId);
    if (!watch || --watch.viewers > 0) return;
    if (watch.timer) clearInterval(watch.timer);
    this.watches.delete(routerId);
  }

  private async poll(routerId: number, watch: Watch): Promise<ActiveSessionView[]> {
    if (watch.polling && watch.latest) return watch.latest;
    watch.polling = true;
    try {
      const views = await this.read(routerId);
      watch.latest = views;
      this.local.publish(topic(routerId), { sessions: views });
      return views;
    } catch (err) {
      watch.latest = null;
      const error = err instanceof DomainError ? err.message : describeRouterError(err);
      this.local.publish(topic(routerId), { error });
      throw err instanceof DomainError ? err : new DomainError(ErrorCode.UNAVAILABLE, error);
    } finally {
      watch.polling = false;
    }
  }

  private async read(routerId: number): Promise<ActiveSessionView[]> {
    const router = await this.routers.get({ kind: 'system', reason: 'live sessions' }, routerId);
    let snapshot: RouterSnapshot;
    try {
      snapshot = await this.links.use(this.routers.access(router), (client) => readSnapshot(client));
    } catch (err) {
      throw new DomainError(ErrorCode.UNAVAILABLE, `Router "${router.name}" can't be read: ${describeRouterError(err)}`);
    }
    const before = this.lastRead.get(routerId);
    this.lastRead.set(routerId, snapshot);
    const recent = before && snapshot.at.getTime() - before.at.getTime() <= RATE_WINDOW_MS ? before : null;
    return this.views(routerId, snapshot, recent);
  }

  private async views(routerId: number, snap: RouterSnapshot, previous: RouterSnapshot | null): Promise<ActiveSessionView[]> {
    const queues = new Map(snap.queues.map((q) => [q.name, q]));
    const before = new Map((previous?.sessions ?? []).map((s) => [s.macAddress, s]));
    const seconds = previous ? (snap.at.getTime() - previous.at.getTime()) / 1000 : 0;
    const assignments = new Map((await this.ds.getRepository(BandwidthAssignmentEntity).findBy({ routerId })).map((a) => [a.macAddress, a]));
    const people = await RouterPeople.ofSessions(this.ds, snap.sessions);
    return snap.sessions.map((s) => {
      const queue = queues.get(queueName(s.macAddress)) ?? null;
      const limit = queue ? parseRouterOsPair(queue.maxLimit) : null;
      const prev = before.get(s.macAddress);
      const delta = (now: bigint, then: bigint | undefined) =>
        prev && prev.id === s.id && then !== undefined && now >= then && seconds > 0 ? Math.round((Number(now - then) * 8) / seconds) : 0;
      const assignment = assignments.get(s.macAddress) ?? null;
      const user = people.ownerOf(s.user, s.macAddress);
      return {
        id: s.id,
        user: s.user,
        userId: user?.id ?? null,
        username: user?.username ?? null,
        agentId: user?.agentId ?? null,
        macAddress: s.macAddress,
        address: s.address,
        uptimeSeconds: s.uptimeSeconds,
        uploadBytes: s.up,
        downloadBytes: s.down,
        uploadRate: queue && (queue.rate[0] || queue.rate[1]) ? queue.rate[0] : delta(s.up, prev?.up),
        downloadRate: queue && (queue.rate[0] || queue.rate[1]) ? queue.rate[1] : delta(s.down, prev?.down),
        queueName: queue?.name ?? null,
        limitUp: limit && limit[0] ? formatRate(limit[0]) : null,
        limitDown: limit && limit[1] ? formatRate(limit[1]) : null,
        assignmentId: assignment?.id ?? null,
        state: assignment?.state ?? null,
        throttled: user?.access.kind === 'THROTTLED',
      };
    });
  }
}

const topic = (routerId: number) => `bandwidth.sessions.${routerId}`;
/** A reading older than this is too old to measure a current rate against. */
const RATE_WINDOW_MS = 60_000;

function visibleTo(actor: Actor, sessions: ActiveSessionView[]): ActiveSessionView[] {
  if (isAdmin(actor)) return sessions;
  const me = actor.kind === 'account' ? actor.accountId : -1;
  return sessions.filter((s) => s.agentId === me);
}
