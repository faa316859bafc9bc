import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { USER_ACCESS_CHANGED, USER_CHANGED, USER_STATUS_CHANGED, type UserAccessChangedPayload, type UserChangedPayload, type UserStatusChangedPayload } from '../users';
import type { LoginReconciler, LoginResult } from './login-reconciler';
import { RouterPeople } from './router-people';
import { startVoucherClocks } from './voucher-clock';
import type { RouterLoginEntity } from './router-login.entity';
import type { BandwidthReconciler, ReconcileResult } from './bandwidth-reconciler';
import type { AccountingResult, RouterAccountingService } from './router-accounting.service';
import { RouterLinks, describeRouterError } from './router-links';
import { FullSnapshot, HotspotSession, readFullSnapshot, toSession } from './router-snapshot';
import { RouterEntity } from './router.entity';
import type { RoutersService } from './routers.service';
import { RouterError } from './routeros';

export type SyncOutcome =
  | { routerId: number; ok: true; reconcile: ReconcileResult; logins: LoginResult; accounting: AccountingResult | null }
  | { routerId: number; ok: false; error: string; nextAttemptAt: Date };

/** Routers polled at once by one tick; each waits at most ROUTER_TIMEOUT_MS per call. */
const PARALLEL_ROUTERS = 8;

/**
 * One pass over a router: read its sessions and queues, count the bytes (B5, when polling), make the
 * queues match the database (B3/B6), record contact or failure. Passes over one router never overlap
 * in a process. Run by the poll job, after every limit change, and when users' statuses change.
 */
export class RouterSyncService {
  private statusEvents: AsyncIterator<unknown>[] = [];
  /** Routers with a status-change pass waiting to start. */
  private readonly queued = new Set<number>();
  /** Status-change passes under way (awaited by close). */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly ds: DataSource,
    private readonly routers: RoutersService,
    private readonly links: RouterLinks,
    private readonly reconciler: BandwidthReconciler,
    private readonly accounting: RouterAccountingService,
    private readonly logins: LoginReconciler,
    private readonly logger: Logger,
  ) {}

  sync(routerId: number, opts: { account: boolean }): Promise<SyncOutcome | null> {
    return this.links.exclusive(routerId, async () => {
      const router = await this.ds.getRepository(RouterEntity).findOneBy({ id: routerId });
      if (!router) return null;
      try {
        const done = await this.links.use(this.routers.access(router), async (client) => {
          // Holds are read before the router: a hold another instance adds meanwhile then looks like an
          // operator's (left alone until the next pass), never like a login to release.
          const rows = await this.logins.known(router.id);
          const snapshot = await readFullSnapshot(client);
          // Counted before anyone is kicked: a removed session's counters are gone with it.
          const accounting = opts.account ? await this.accounting.record(router, snapshot) : null;
          if (opts.account) await startVoucherClocks(this.ds, router.id, snapshot.sessions, snapshot.at);
          const people = await peopleOf(this.ds, router.id, snapshot, rows);
          const { result: logins, kicked } = await this.logins.apply(router, client, snapshot, people, rows);
          const reconcile = await this.reconciler.apply(router, client, snapshot, { people, logins: rows, kicked });
          return { reconcile, logins, accounting };
        });
        await this.routers.markContact(routerId);
        return { routerId, ok: true as const, ...done };
      } catch (err) {
        if (!(err instanceof RouterError) && !isSecretError(err)) throw err;
        const error = err instanceof RouterError ? describeRouterError(err) : (err as Error).message;
        const nextAttemptAt = await this.routers.markFailure(router, error);
        await this.reconciler.routerFailed(routerId, error, nextAttemptAt);
        this.logger.warn({ routerId, err: error, nextAttemptAt }, 'router unreachable');
        return { routerId, ok: false as const, error, nextAttemptAt };
      }
    });
  }

  /** The hotspot session of a login name or a MAC on the router now; null when none or the router can't be asked. */
  async sessionOf(routerId: number, by: { user: string } | { macAddress: string }): Promise<HotspotSession | null> {
    const router = await this.ds.getRepository(RouterEntity).findOneBy({ id: routerId });
    if (!router) return null;
    const query: Record<string, string> = 'user' in by ? { user: by.user } : { 'mac-address': by.macAddress };
    try {
      const rows = await this.links.use(this.routers.access(router), (client) => client.print('/ip/hotspot/active', query));
      return rows.map(toSession).find((s) => s !== null) ?? null;
    } catch (err) {
      this.logger.debug({ routerId, err: describeRouterError(err) }, 'session lookup failed');
      return null;
    }
  }

  /** The poll job: every router whose backoff has passed, a few at a time. */
  async tick(now = new Date()): Promise<SyncOutcome[]> {
    const due = await this.routers.due(now);
    const outcomes: SyncOutcome[] = [];
    for (let i = 0; i < due.length; i += PARALLEL_ROUTERS) {
      const batch = due.slice(i, i + PARALLEL_ROUTERS);
      const settled = await Promise.allSettled(batch.map((r) => this.sync(r.id, { account: true })));
      settled.forEach((s, j) => {
        if (s.status === 'fulfilled') {
          if (s.value) outcomes.push(s.value);
        } else this.logger.error({ err: s.reason, routerId: batch[j].id }, 'router poll failed');
      });
    }
    return outcomes;
  }

  /**
   * What some users may get changed (status, over-limit choice): every reachable router is synced now,
   * because a user may be logged in on any of them; a router already waiting for a pass isn't queued
   * twice. The pass counts the bytes first, so a kicked session's last bytes are not lost.
   */
  async usersChanged(userIds: number[]): Promise<void> {
    if (!userIds.length) return;
    const routers = await this.routers.due(new Date());
    await Promise.allSettled(routers.filter((r) => !this.queued.has(r.id)).map((r) => this.queuedSync(r.id)));
  }

  private async queuedSync(routerId: number): Promise<void> {
    this.queued.add(routerId);
    try {
      await this.links.exclusive(routerId, async () => {
        this.queued.delete(routerId);
      });
      await this.sync(routerId, { account: true });
    } finally {
      this.queued.delete(routerId);
    }
  }

  /** Follows status changes (limits, expiry, admin edits) for as long as the process runs jobs. */
  listenForStatusChanges(pubsub: PubSub): void {
    if (this.statusEvents.length) return;
    const follow = (topic: string, userIds: (payload: never) => number[]) => {
      const it = (pubsub.subscribe(topic) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      this.statusEvents.push(it);
      void (async () => {
        // Not awaited: a burst of changes while a pass runs costs one more pass per router, not one each.
        for (let r = await it.next(); !r.done; r = await it.next()) {
          const pass = this.usersChanged(userIds(r.value as never)).catch((err: unknown) => this.logger.error({ err }, 'syncing routers after a status change failed'));
          this.inFlight.add(pass);
          void pass.finally(() => this.inFlight.delete(pass));
        }
      })();
    };
    follow(USER_STATUS_CHANGED, (p: UserStatusChangedPayload) => p.changes.map((c) => c.userId));
    follow(USER_CHANGED, (p: UserChangedPayload) => [p.userId]);
    // An agent's over-limit choice changed: no status moved, but throttle vs cut-off did. Any id will do.
    follow(USER_ACCESS_CHANGED, (p: UserAccessChangedPayload) => [p.agentId ?? 0]);
  }

  async close(): Promise<void> {
    await Promise.all(this.statusEvents.map((it) => it.return?.()));
    this.statusEvents = [];
    await Promise.allSettled([...this.inFlight]);
    await this.links.closeAll();
  }
}

/** A password sealed under another ROUTER_SECRET_KEY: reported on the router like a connection error. */
function isSecretError(err: unknown): boolean {
  return err instanceof Error && /ROUTER_SECRET_KEY|Not a sealed secret/.test(err.message);
}

/** Our users this pass deals with: session owners, logins named like them, stored limits' and logins' users. */
async function peopleOf(ds: DataSource, routerId: number, snapshot: FullSnapshot, logins: RouterLoginEntity[]): Promise<RouterPeople> {
  const assignments: { user_id: unknown }[] = await ds.query('SELECT user_id FROM bandwidth_assignments WHERE router_id = ? AND user_id IS NOT NULL', [routerId]);
  return RouterPeople.load(ds, {
    names: [
      ...snapshot.sessions.map((s) => s.user),
      ...snapshot.pppSessions.map((s) => s.name),
      ...snapshot.hotspotUsers.map((l) => l.name),
      ...snapshot.pppSecrets.map((l) => l.name),
    ],
    macs: [...snapshot.sessions.map((s) => s.macAddress), ...snapshot.pppSessions.flatMap((s) => (s.macAddress ? [s.macAddress] : []))],
    userIds: [...assignments.map((a) => Number(a.user_id)), ...logins.map((l) => l.userId)],
  });
}
