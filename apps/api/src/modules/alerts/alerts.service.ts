import { DataSource, EntityManager, In, IsNull, Repository, SelectQueryBuilder } from 'typeorm';
import { QuotaMode } from '@tm/shared';
import { Actor, actorId, isAdmin } from '../../platform/auth/actor';
import { bytesOf, placeholders } from '../../platform/db/rows';
import { inTransaction } from '../../platform/db/transaction';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { AccountEntity } from '../accounts/account.entity';
import type { SettingsService } from '../settings/settings.service';
import { UserEntity } from '../users/user.entity';
import { AlertEntity } from './alert.entity';
import { postAlert } from './alert-webhook';
import { AlertDelivery, AlertKind, newlyCrossed } from './alerts.policy';
import { ALERT_RAISED, SerializedAlert } from './alerts.topics';

/** Which figures to look at: everything (the periodic check) or what just moved. */
export type AlertScope = { all: true } | { userIds: number[]; agentIds: number[] };

export interface AlertFilter {
  acknowledged?: boolean;
  kind?: AlertKind;
}

export interface AlertPage {
  nodes: AlertEntity[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

interface Crossing {
  kind: AlertKind;
  subjectId: number;
  subjectName: string;
  agentId: number | null;
  used: bigint;
  limit: bigint;
  from: number;
  thresholds: number[];
}

const CHUNK = 1000;
export const WEBHOOK_TIMEOUT_MS = 5000;

/**
 * Alerts at 75, 90 and 100 % of a user's data limit and of an agent's limit, once per threshold per
 * period. "Once" is held by the subject's `alert_level`, moved by compare-and-set in the same
 * transaction that stores the alert, so two checks racing (two API instances) raise it once.
 */
export class AlertsService {
  private readonly alerts: Repository<AlertEntity>;

  constructor(
    private readonly ds: DataSource,
    private readonly pubsub: PubSub,
    private readonly settings: SettingsService,
    private readonly opts: { enqueueDelivery: (alertId: number) => Promise<void>; logger: Logger },
  ) {
    this.alerts = ds.getRepository(AlertEntity);
  }

  /** Raises what the figures in scope have crossed; returns the alerts raised. */
  async raiseDue(scope: AlertScope): Promise<AlertEntity[]> {
    const crossings = [...(await this.userCrossings(scope)), ...(await this.agentCrossings(scope))];
    if (!crossings.length) return [];
    const { alertWebhookUrl } = await this.settings.get();
    const delivery = alertWebhookUrl ? AlertDelivery.PENDING : AlertDelivery.NONE;
    const raised = await inTransaction(this.ds, async (m) => {
      const out: AlertEntity[] = [];
      for (const c of crossings) out.push(...(await this.claim(m, c, delivery)));
      return out;
    });
    for (const alert of raised) {
      await this.pubsub.publish(ALERT_RAISED, serializeAlert(alert));
      if (delivery === AlertDelivery.PENDING) {
        await this.opts.enqueueDelivery(alert.id).catch((err: unknown) => this.opts.logger.error({ err, alertId: alert.id }, 'could not queue the alert webhook'));
      }
    }
    return raised;
  }

  async list(actor: Actor, filter: AlertFilter = {}, first?: number | null, after?: string | null): Promise<AlertPage> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const base = this.scoped(actor, this.alerts.createQueryBuilder('al'));
    if (filter.acknowledged === true) base.andWhere('al.acknowledged_at IS NOT NULL');
    if (filter.acknowledged === false) base.andWhere('al.acknowledged_at IS NULL');
    if (filter.kind) base.andWhere('al.kind = :kind', { kind: filter.kind });
    const totalCount = await base.clone().getCount();
    const page = base.clone().orderBy('al.id', 'DESC').take(size + 1);
    if (cursor !== null) page.andWhere('al.id < :cursor', { cursor });
    const rows = await page.getMany();
    const nodes = rows.slice(0, size);
    return { nodes, totalCount, hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null };
  }

  unacknowledgedCount(actor: Actor): Promise<number> {
    return this.scoped(actor, this.alerts.createQueryBuilder('al')).andWhere('al.acknowledged_at IS NULL').getCount();
  }

  async acknowledge(actor: Actor, id: number, now = new Date()): Promise<AlertEntity> {
    const alert = await this.scoped(actor, this.alerts.createQueryBuilder('al')).andWhere('al.id = :id', { id }).getOne();
    if (!alert) throw notFound('Alert');
    if (!alert.acknowledgedAt) {
      await inTransaction(this.ds, (m) =>
        m.update(AlertEntity, { id, acknowledgedAt: IsNull() }, { acknowledgedAt: now, acknowledgedById: actorId(actor) }),
      );
    }
    return (await this.alerts.findOneBy({ id }))!;
  }

  /** Acknowledges every open alert the actor can see; returns how many. */
  async acknowledgeAll(actor: Actor, now = new Date()): Promise<number> {
    const q = this.ds.createQueryBuilder().update(AlertEntity).set({ acknowledgedAt: now, acknowledgedById: actorId(actor) }).where('acknowledged_at IS NULL');
    if (!isAdmin(actor)) {
      if (actor.kind !== 'account') throw forbidden();
      q.andWhere('agent_id = :own', { own: actor.accountId });
    }
    const result = await inTransaction(this.ds, () => q.execute());
    return result.affected ?? 0;
  }

  /**
   * One delivery attempt of the outgoing webhook (run by the `alerts.deliver` job). A failure is
   * recorded and rethrown so the job retries with backoff; the last attempt marks it FAILED.
   */
  async deliver(alertId: number, attempt: number, maxAttempts: number): Promise<void> {
    const alert = await this.alerts.findOneBy({ id: alertId });
    if (!alert || alert.delivery === AlertDelivery.SENT) return;
    const { alertWebhookUrl: url, alertWebhookSecret: secret } = await this.settings.get();
    if (!url || !secret) {
      await this.setDelivery(alertId, { delivery: AlertDelivery.NONE, deliveryError: 'The webhook was switched off before delivery' });
      return;
    }
    try {
      await postAlert({ url, secret, timeoutMs: WEBHOOK_TIMEOUT_MS }, serializeAlert(alert));
      await this.setDelivery(alertId, { delivery: AlertDelivery.SENT, deliveryAttempts: attempt, deliveryError: null });
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 250);
      const last = attempt >= maxAttempts;
      await this.setDelivery(alertId, { delivery: last ? AlertDelivery.FAILED : AlertDelivery.PENDING, deliveryAttempts: attempt, deliveryError: message });
      this.opts.logger.warn({ alertId, attempt, last, error: message }, 'alert webhook delivery failed');
      if (!last) throw err;
    }
  }

  private async setDelivery(id: number, patch: Partial<AlertEntity>): Promise<void> {
    await inTransaction(this.ds, (m) => m.update(AlertEntity, { id }, patch));
  }

  /** Moves the subject's alert level from what was read to the highest new threshold; stores the alerts only if it won. */
  private async claim(m: EntityManager, c: Crossing, delivery: AlertDelivery): Promise<AlertEntity[]> {
    const top = c.thresholds[c.thresholds.length - 1];
    const moved = await m
      .createQueryBuilder()
      .update(c.kind === AlertKind.USER ? UserEntity : AccountEntity)
      .set({ alertLevel: top })
      .where('id = :id AND alert_level = :from', { id: c.subjectId, from: c.from })
      .execute();
    if (!moved.affected) return [];
    const rows = c.thresholds.map((threshold) =>
      m.create(AlertEntity, {
        kind: c.kind,
        subjectId: c.subjectId,
        subjectName: c.subjectName,
        agentId: c.agentId,
        threshold,
        usedBytes: c.used,
        limitBytes: c.limit,
        acknowledgedAt: null,
        acknowledgedById: null,
        delivery,
        deliveryAttempts: 0,
        deliveryError: null,
      }),
    );
    for (const row of rows) await m.insert(AlertEntity, row);
    return m.findBy(AlertEntity, { id: In(rows.map((r) => r.id)) });
  }

  /** Users with a data limit at 75 % or more and an alert still to raise (the SQL bound is loose; bigint decides). */
  private async userCrossings(scope: AlertScope): Promise<Crossing[]> {
    const q = (extra: string, params: unknown[]) =>
      this.ds.query(
        `SELECT id, agent_id, username, up_bytes, down_bytes, data_limit, alert_level FROM users
         WHERE data_limit IS NOT NULL AND alert_level < 100 AND up_bytes + down_bytes >= data_limit * 0.7499${extra}`,
        params,
      ) as Promise<Record<string, unknown>[]>;
    const rows = await this.inChunks(scope, 'userIds', q);
    return rows.flatMap((r) => {
      const used = bytesOf(r.up_bytes) + bytesOf(r.down_bytes);
      const limit = bytesOf(r.data_limit);
      const from = Number(r.alert_level);
      const thresholds = newlyCrossed(used, limit, from);
      if (!thresholds.length) return [];
      const agentId = r.agent_id === null ? null : Number(r.agent_id);
      return [{ kind: AlertKind.USER, subjectId: Number(r.id), subjectName: String(r.username), agentId, used, limit, from, thresholds }];
    });
  }

  /** Agents against their limit: charged bytes in USAGE mode, granted bytes in ALLOCATION mode (as the gauge shows). */
  private async agentCrossings(scope: AlertScope): Promise<Crossing[]> {
    const q = (extra: string, params: unknown[]) =>
      this.ds.query(
        `SELECT id, username, quota_mode, charged_bytes, allocated_bytes, traffic_limit, alert_level FROM accounts
         WHERE role = 'AGENT' AND traffic_limit IS NOT NULL AND alert_level < 100${extra}`,
        params,
      ) as Promise<Record<string, unknown>[]>;
    const rows = await this.inChunks(scope, 'agentIds', q);
    return rows.flatMap((r) => {
      const used = bytesOf(r.quota_mode === QuotaMode.ALLOCATION ? r.allocated_bytes : r.charged_bytes);
      const limit = bytesOf(r.traffic_limit);
      const from = Number(r.alert_level);
      const thresholds = newlyCrossed(used, limit, from);
      if (!thresholds.length) return [];
      return [{ kind: AlertKind.AGENT, subjectId: Number(r.id), subjectName: String(r.username), agentId: Number(r.id), used, limit, from, thresholds }];
    });
  }

  private async inChunks(
    scope: AlertScope,
    key: 'userIds' | 'agentIds',
    q: (extra: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
  ): Promise<Record<string, unknown>[]> {
    if ('all' in scope) return q('', []);
    const ids = scope[key];
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      out.push(...(await q(` AND id IN (${placeholders(part.length)})`, part)));
    }
    return out;
  }

  private scoped(actor: Actor, q: SelectQueryBuilder<AlertEntity>): SelectQueryBuilder<AlertEntity> {
    if (isAdmin(actor)) return q.where('1 = 1');
    if (actor.kind !== 'account') throw forbidden();
    return q.where('al.agent_id = :ownAgent', { ownAgent: actor.accountId });
  }
}

export function serializeAlert(a: AlertEntity): SerializedAlert {
  return {
    id: a.id,
    kind: a.kind,
    subjectId: a.subjectId,
    subjectName: a.subjectName,
    agentId: a.agentId,
    threshold: a.threshold,
    used: a.usedBytes.toString(),
    limit: a.limitBytes.toString(),
    percent: a.limitBytes === 0n ? 100 : Number((a.usedBytes * 10000n) / a.limitBytes) / 100,
    at: a.createdAt.toISOString(),
    acknowledgedAt: a.acknowledgedAt ? a.acknowledgedAt.toISOString() : null,
    delivery: a.delivery,
  };
}
