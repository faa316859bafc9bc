import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { USER_ACCESS_CHANGED, USER_CHANGED, USER_STATUS_CHANGED, type UserChangedPayload, type UserStatusChangedPayload } from '../users';
import { placeholders } from '../../platform/db/rows';
import type { ConnectorLease } from './connector-lease';
import { ConnectorServerEntity } from './connector-server.entity';
import { ConnectorEntity } from './connector.entity';
import type { ConnectorsService } from './connectors.service';
import { CountersMoved, type PanelAccounting, type PanelReading } from './panel-accounting';
import type { PanelPusher, PushResult } from './panel-pusher';
import { PanelError, type PanelClient } from './panels';

export type ConnectorSyncOutcome =
  | { connectorId: number; ok: true; panelUsers: number; samples: number; up: bigint; down: bigint; restarted: number; unmapped: number; push: PushResult }
  | { connectorId: number; ok: false; error: string; nextAttemptAt: Date };

/** Panels polled at once by one tick. */
const PARALLEL_CONNECTORS = 4;

/**
 * One pass over a panel, holding its lease: read every user's counters, count them (exactly once),
 * then make the panel match our decisions. Run by the poll job, by `syncConnector`, whenever users'
 * statuses change (so a suspension reaches the panel at once, bytes counted first), and before a
 * reset is pushed to the panel.
 */
export class ConnectorSyncService {
  private statusEvents: AsyncIterator<unknown>[] = [];
  /** Connectors with a status-change pass waiting to start. */
  private readonly queued = new Set<number>();
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly ds: DataSource,
    private readonly connectors: ConnectorsService,
    private readonly lease: ConnectorLease,
    private readonly accounting: PanelAccounting,
    private readonly pusher: PanelPusher,
    private readonly logger: Logger,
    /** Waits for the status check the ingest starts (limits module), so a poll that crosses a line pushes its consequence itself. */
    private readonly settle: () => Promise<void> = async () => undefined,
  ) {}

  /** A pass now; null when the connector is gone or another instance is polling it right now (its pass counts). */
  sync(connectorId: number): Promise<ConnectorSyncOutcome | null> {
    return this.lease.tryRun(connectorId, () => this.pass(connectorId));
  }

  /**
   * Inside the lease (ConnectorLease.run): a pass, then `work` with the logged-in client. A panel that
   * can't be read throws its PanelError: nothing may be pushed on counters we couldn't count first.
   */
  async withFreshCounts<T>(connector: ConnectorEntity, work: (client: PanelClient) => Promise<T>): Promise<T> {
    const outcome = await this.pass(connector.id);
    if (outcome && !outcome.ok) throw new PanelError('UNREACHABLE', outcome.error);
    return work(this.connectors.clientOf(connector));
  }

  clientOf(connector: ConnectorEntity): PanelClient {
    return this.connectors.clientOf(connector);
  }

  /** Call holding the lease. `operatorsOff`: see PanelPusher.apply. */
  async pass(connectorId: number, operatorsOff?: Set<string>): Promise<ConnectorSyncOutcome | null> {
    const connector = await this.ds.getRepository(ConnectorEntity).findOneBy({ id: connectorId });
    if (!connector) return null;
    const client = this.connectors.clientOf(connector);
    const versions = new Map((await this.ds.getRepository(ConnectorServerEntity).findBy({ connectorId })).map((s) => [s.inbound, s.countersVersion]));
    let reading: PanelReading;
    const started = performance.now();
    try {
      const usages = await client.listUsage();
      const latencyMs = Math.round(performance.now() - started);
      reading = await this.accounting.record(connector, usages, new Date(), versions);
      if (reading.samples > 0) {
        // The bytes just counted may have put users (or their agent) over a line: decide, then push it now.
        await this.settle();
        reading.people = await this.accounting.people(usages);
      }
      const push = await this.pusher.apply(connector, client, reading, operatorsOff);
      // The version is read once (and again by testConnector): the list doesn't carry it.
      const version = connector.version === null ? await client.info().then((i) => i.version || null, () => undefined) : undefined;
      await this.connectors.markContact(connectorId, { panelUsers: usages.length, synced: new Date(), latencyMs, version });
      return { connectorId, ok: true, panelUsers: usages.length, samples: reading.samples, up: reading.up, down: reading.down, restarted: reading.restarted, unmapped: reading.unmapped, push };
    } catch (err) {
      if (err instanceof CountersMoved) {
        this.logger.debug({ connectorId }, 'panel counters already moved by another instance; reading dropped');
        return null;
      }
      if (!(err instanceof PanelError)) throw err;
      const nextAttemptAt = await this.connectors.markFailure(connector, err);
      this.logger.warn({ connectorId, err: err.message, kind: err.kind, nextAttemptAt }, 'panel poll failed');
      return { connectorId, ok: false, error: err.message, nextAttemptAt };
    }
  }

  /** The poll job: every connector whose interval has come and whose backoff has passed, a few at a time. */
  async tick(now = new Date()): Promise<ConnectorSyncOutcome[]> {
    const due = await this.connectors.due(now);
    const outcomes: ConnectorSyncOutcome[] = [];
    for (let i = 0; i < due.length; i += PARALLEL_CONNECTORS) {
      const batch = due.slice(i, i + PARALLEL_CONNECTORS);
      const settled = await Promise.allSettled(batch.map((c) => this.sync(c.id)));
      settled.forEach((s, j) => {
        if (s.status === 'fulfilled') {
          if (s.value) outcomes.push(s.value);
        } else this.logger.error({ err: s.reason, connectorId: batch[j].id }, 'panel poll failed');
      });
    }
    return outcomes;
  }

  /**
   * Users' statuses changed: each reachable panel they live in gets a pass now (null: every panel, e.g. an
   * agent's over-limit choice changed). One waiting pass per panel covers a burst.
   */
  async usersChanged(userIds: number[] | null): Promise<void> {
    if (userIds && !userIds.length) return;
    const ids = userIds === null ? undefined : await this.connectorsOf(userIds);
    if (ids && !ids.length) return;
    const connectors = await this.connectors.reachable(new Date(), ids);
    await Promise.allSettled(connectors.filter((c) => !this.queued.has(c.id)).map((c) => this.queuedSync(c.id)));
  }

  /** The panels these users live in (matched at an earlier poll). */
  private async connectorsOf(userIds: number[]): Promise<number[]> {
    const found = new Set<number>();
    for (let i = 0; i < userIds.length; i += 1000) {
      const part = userIds.slice(i, i + 1000);
      const rows: { id: unknown }[] = await this.ds.query(`SELECT DISTINCT connector_id AS id FROM panel_users WHERE user_id IN (${placeholders(part.length)})`, part);
      for (const r of rows) found.add(Number(r.id));
    }
    return [...found];
  }

  private async queuedSync(connectorId: number): Promise<void> {
    this.queued.add(connectorId);
    try {
      await this.lease.tryRun(connectorId, async () => {
        this.queued.delete(connectorId);
        return this.pass(connectorId);
      });
    } finally {
      this.queued.delete(connectorId);
    }
  }

  /** Follows status changes (limits, expiry, admin edits, deletions) for as long as the process runs jobs. */
  listenForStatusChanges(pubsub: PubSub): void {
    if (this.statusEvents.length) return;
    const follow = (topic: string, userIds: (payload: never) => number[] | null) => {
      const it = (pubsub.subscribe(topic) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      this.statusEvents.push(it);
      void (async () => {
        for (let r = await it.next(); !r.done; r = await it.next()) {
          const pass = this.usersChanged(userIds(r.value as never)).catch((err: unknown) => this.logger.error({ err }, 'syncing panels after a status change failed'));
          this.inFlight.add(pass);
          void pass.finally(() => this.inFlight.delete(pass));
        }
      })();
    };
    follow(USER_STATUS_CHANGED, (p: UserStatusChangedPayload) => p.changes.map((c) => c.userId));
    follow(USER_CHANGED, (p: UserChangedPayload) => [p.userId]);
    // An agent's over-limit choice changed (throttle vs cut-off): its users may be in any panel.
    follow(USER_ACCESS_CHANGED, () => null);
  }

  /** Stops following status changes and waits for passes under way. */
  async close(): Promise<void> {
    for (const it of this.statusEvents) await it.return?.();
    this.statusEvents = [];
    await Promise.allSettled([...this.inFlight]);
  }
}
