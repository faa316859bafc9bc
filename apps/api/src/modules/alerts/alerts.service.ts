import { DataSource, EntityManager, IsNull, Repository, SelectQueryBuilder } from 'typeorm';
import { OverLimitAction, QuotaMode, UserStatus } from '@tm/shared';
import { Actor, actorId, isAdmin } from '../../platform/auth/actor';
import { bytesOf, placeholders } from '../../platform/db/rows';
import { inTransaction, isMysqlFamily } from '../../platform/db/transaction';
import { forbidden, notFound } from '../../platform/errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import type { Logger } from '../../platform/logger/logger';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { SettingsService } from '../settings';
import { networkAccess, type NetworkAccess } from '../users';
import { AlertEntity } from './alert.entity';
import { postAlert } from './alert-webhook';
import { newlyCrossed } from '../alert-levels';
import { AlertDelivery, AlertKind } from './alerts.policy';
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
  /** What the line does to the subject's users: recorded on the 100 % alert. */
  action: OverLimitAction;
}

const idOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** THROTTLE only where there is a profile to throttle to (as on the router); anything else cuts off. */
const actionOf = (access: NetworkAccess): OverLimitAction => (access.kind === 'THROTTLED' ? OverLimitAction.THROTTLE : OverLimitAction.SUSPEND);

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
    const raised = await inTransaction(this.ds, async (m) => this.store(m, await this.claim(m, crossings), delivery));
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

  /**
   * Moves each subject's alert level from what was read to its highest new threshold, set-based per
   * (kind, from, to); only the subjects whose level was still `from` win. On MySQL the rows are locked
   * first (ascending ids, as the ingest locks them) so the winners are known exactly; SQLite's writes
   * are serialized already.
   */
  private async claim(m: EntityManager, crossings: Crossing[]): Promise<Crossing[]> {
    const groups = new Map<string, Crossing[]>();
    for (const c of crossings) {
      const key = `${c.kind}:${c.from}:${c.thresholds[c.thresholds.length - 1]}`;
      const g = groups.get(key);
      if (g) g.push(c);
      else groups.set(key, [c]);
    }
    const won: Crossing[] = [];
    for (const group of groups.values()) {
      const { kind, from, thresholds } = group[0];
      const table = kind === AlertKind.USER ? 'users' : 'accounts';
      const sorted = [...group].sort((a, b) => a.subjectId - b.subjectId);
      for (let i = 0; i < sorted.length; i += CHUNK) {
        let part = sorted.slice(i, i + CHUNK);
        if (isMysqlFamily(m.connection)) {
          const rows: { id: unknown; alert_level: unknown }[] = await m.query(
            `SELECT id, alert_level FROM ${table} WHERE id IN (${placeholders(part.length)}) ORDER BY id FOR UPDATE`,
            part.map((c) => c.subjectId),
          );
          const still = new Set(rows.filter((r) => Number(r.alert_level) === from).map((r) => Number(r.id)));
          part = part.filter((c) => still.has(c.subjectId));
          if (!part.length) continue;
        }
        await m.query(`UPDATE ${table} SET alert_level = ? WHERE alert_level = ? AND id IN (${placeholders(part.length)})`, [
          thresholds[thresholds.length - 1],
          from,
          ...part.map((c) => c.subjectId),
        ]);
        won.push(...part);
      }
    }
    return won;
  }

  /** One row per crossed threshold, inserted in chunks; read back by the (kind, subject, threshold) keys only this transaction can hold. */
  private async store(m: EntityManager, won: Crossing[], delivery: AlertDelivery): Promise<AlertEntity[]> {
    if (!won.length) return [];
    const rows = won.flatMap((c) =>
      c.thresholds.map((threshold) => ({
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
        overLimitAction: threshold >= 100 ? c.action : null,
      })),
    );
    const before = Number((await m.query('SELECT MAX(id) AS id FROM alerts'))[0]?.id ?? 0);
    for (let i = 0; i < rows.length; i += 500) await m.insert(AlertEntity, rows.slice(i, i + 500));
    const keys = new Set(rows.map((r) => `${r.kind}:${r.subjectId}:${r.threshold}`));
    const found = await m.createQueryBuilder(AlertEntity, 'al').where('al.id > :before', { before }).orderBy('al.id').getMany();
    return found.filter((a) => keys.has(`${a.kind}:${a.subjectId}:${a.threshold}`));
  }

  /** Users with a data limit at 75 % or more and an alert still to raise (the SQL bound is loose; bigint decides). */
  private async userCrossings(scope: AlertScope): Promise<Crossing[]> {
    const q = (extra: string, params: unknown[]) =>
      this.ds.query(
        `SELECT id, agent_id, username, up_bytes, down_bytes, data_limit, alert_level, over_limit_action, throttle_profile_id,
           (SELECT a.over_limit_action FROM accounts a WHERE a.id = users.agent_id) AS agent_action,
           (SELECT a.throttle_profile_id FROM accounts a WHERE a.id = users.agent_id) AS agent_profile
         FROM users WHERE data_limit IS NOT NULL AND alert_level < 100 AND up_bytes + down_bytes >= data_limit * 0.7499${extra}`,
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
      const agent = agentId === null ? null : { action: r.agent_action as OverLimitAction | null, throttleProfileId: idOrNull(r.agent_profile) };
      const own = { action: r.over_limit_action as OverLimitAction | null, throttleProfileId: idOrNull(r.throttle_profile_id) };
      const action = actionOf(networkAccess(UserStatus.LIMITED, own, agent));
      return [{ kind: AlertKind.USER, subjectId: Number(r.id), subjectName: String(r.username), agentId, used, limit, from, thresholds, action }];
    });
  }

  /** Agents against their limit: charged bytes in USAGE mode, granted bytes in ALLOCATION mode (as the gauge shows). */
  private async agentCrossings(scope: AlertScope): Promise<Crossing[]> {
    const q = (extra: string, params: unknown[]) =>
      this.ds.query(
        `SELECT id, username, quota_mode, charged_bytes, allocated_bytes, traffic_limit, alert_level, over_limit_action, throttle_profile_id FROM accounts
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
      const choice = { action: r.over_limit_action as OverLimitAction | null, throttleProfileId: idOrNull(r.throttle_profile_id) };
      const action = actionOf(networkAccess(UserStatus.SUSPENDED, { action: null, throttleProfileId: null }, choice));
      return [{ kind: AlertKind.AGENT, subjectId: Number(r.id), subjectName: String(r.username), agentId: Number(r.id), used, limit, from, thresholds, action }];
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
    overLimitAction: a.overLimitAction,
  };
}
